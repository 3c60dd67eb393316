package org.gongkai.site;

import java.util.Optional;

/**
 * 有效性, derived as of the build date; each label also has a stable slug for its URL and CSS class.
 */
public enum Validity {
    PENDING("尚未生效", "pending"),
    VALID("有效", "valid"),
    AMENDED("已修改", "amended"),
    REPEALED("已废止", "repealed"),
    EXPIRED("已失效", "expired");

    private final String label;
    private final String slug;

    Validity(String label, String slug) {
        this.label = label;
        this.slug = slug;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return slug;
    }

    /** The heading of its category page: 现行有效 rather than a bare 有效. */
    public String pageTitle() {
        return this == VALID ? "现行有效" : label;
    }

    public static Optional<Validity> parse(String text) {
        String t = text.strip();
        for (Validity v : values()) {
            if (v.label.equals(t)
                    || v.slug.equalsIgnoreCase(t)
                    || (v == VALID && t.equals("现行有效"))) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
