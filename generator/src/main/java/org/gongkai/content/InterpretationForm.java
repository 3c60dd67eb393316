package org.gongkai.content;

import java.util.Optional;

/** A 政策解读's {@code form:} (解读形式), one of the four the scaffold offers. */
public enum InterpretationForm implements Labelled {
    TEXT("文字解读"),
    GRAPHIC("图解"),
    QA("问答"),
    MEDIA("音视频");

    /**
     * The loader's finding for a form naming none: a warning, since the form is only shown on the
     * page (and then left out), nothing else depends on it.
     */
    public static final String RULE = "interpretation-form";

    private final String label;

    InterpretationForm(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    static Finding invalid(String text, SourceRef where) {
        return Finding.warning(
                RULE, where, Labelled.unknown("解读形式", text, InterpretationForm.class) + "（页面上不显示）");
    }

    public static Optional<InterpretationForm> parse(String text) {
        return Labelled.byLabel(InterpretationForm.class, text);
    }
}
