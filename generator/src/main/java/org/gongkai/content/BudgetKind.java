package org.gongkai.content;

import java.util.Optional;

/** A 财政预决算 document's {@code kind:}: the 预算 of a year or its 决算. */
public enum BudgetKind implements Labelled {
    BUDGET("预算"),
    ACCOUNTS("决算");

    private final String label;

    BudgetKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The loader's finding for a {@code kind:} naming neither. */
    static Finding invalid(String text, SourceRef where) {
        return Finding.error("budget-kind", where, "kind“" + text.strip() + "”无效：只能是 预算 或 决算");
    }

    public static Optional<BudgetKind> parse(String text) {
        return Labelled.byLabel(BudgetKind.class, text);
    }
}
