package org.gongkai.content;

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
}
