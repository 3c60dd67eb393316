package org.gongkai.site;

import java.util.Optional;

/**
 * 有效性, derived as of the build date; each label also has a stable slug for its URL and CSS class.
 */
public enum Validity implements Labelled {
    PENDING,
    VALID,
    AMENDED,
    REPEALED,
    EXPIRED;

    @Override
    public String label() {
        return switch (this) {
            case PENDING -> "尚未生效";
            case VALID -> "有效";
            case AMENDED -> "已修改";
            case REPEALED -> "已废止";
            case EXPIRED -> "已失效";
        };
    }

    /** The heading of its category page: 现行有效 rather than a bare 有效. */
    public String pageTitle() {
        return this == VALID ? "现行有效" : label();
    }

    public static Optional<Validity> parse(String text) {
        String t = text.strip();
        for (Validity v : values()) {
            if (v.label().equals(t)
                    || v.slug().equalsIgnoreCase(t)
                    || (v == VALID && t.equals("现行有效"))) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
