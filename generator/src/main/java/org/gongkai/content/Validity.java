package org.gongkai.content;

import java.util.Optional;

/**
 * 有效性, derived as of the build date; each label also has a stable slug for its URL and CSS class.
 * In {@code content} because an editor may also write one ({@code validity:}), typed at load.
 */
public enum Validity implements Labelled {
    @Label("尚未生效")
    PENDING,
    // its category page's title, which editors may also write
    @Label(value = "有效", also = "现行有效")
    VALID,
    @Label("已修改")
    AMENDED,
    @Label("已废止")
    REPEALED,
    @Label("已失效")
    EXPIRED;

    /** The rule that reports a written {@code validity:} naming none, or not the derived one. */
    public static final String RULE = "validity-mismatch";

    /** The heading of its category page: 现行有效 rather than a bare 有效. */
    public String pageTitle() {
        return this == VALID ? "现行有效" : label();
    }

    /** The finding for a written {@code validity:} that names none. */
    static Finding invalid(String text, SourceRef where) {
        return Finding.error(
                RULE,
                where,
                "有效性“"
                        + text
                        + "”无效，只能是 "
                        + String.join("、", Labelled.labels(Validity.class))
                        + "；通常不必手写，系统会自动推算");
    }

    public static Optional<Validity> parse(String text) {
        return Labelled.byLabelOrSlug(Validity.class, text);
    }
}
