package org.gongkai.content;

import java.util.Optional;

/** A 政策解读's {@code form:} (解读形式), one of the four the scaffold offers. */
public enum InterpretationForm implements Labelled {
    @Label("文字解读")
    TEXT,
    @Label("图解")
    GRAPHIC,
    @Label("问答")
    QA,
    @Label("音视频")
    MEDIA;

    /**
     * The loader's finding for a form naming none: a warning, since the form is only shown on the
     * page (and then left out), nothing else depends on it.
     */
    public static final String RULE = "interpretation-form";

    static Finding invalid(String text, SourceRef where) {
        return Finding.warning(
                RULE, where, Labelled.unknown("解读形式", text, InterpretationForm.class) + "（页面上不显示）");
    }

    public static Optional<InterpretationForm> parse(String text) {
        return Labelled.byLabel(InterpretationForm.class, text);
    }
}
