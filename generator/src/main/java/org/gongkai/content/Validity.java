package org.gongkai.content;

import java.util.Optional;

/**
 * 有效性, derived as of the build date; each label also has a stable slug for its URL and CSS class.
 * In {@code content} because an editor may also write one ({@code validity:}), typed at load.
 */
public enum Validity implements Labelled {
    PENDING,
    VALID,
    AMENDED,
    REPEALED,
    EXPIRED;

    /** The rule that reports a written {@code validity:} naming none, or not the derived one. */
    public static final String RULE = "validity-mismatch";

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

    /** The finding for a written {@code validity:} that names none. */
    static Finding invalid(String text, SourceRef where) {
        return Finding.error(
                RULE, where, "有效性“" + text + "”无效，只能是 尚未生效、有效、已修改、已废止、已失效；通常不必手写，系统会自动推算");
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
