package org.gongkai.content;

/** A 财政预决算 document's {@code kind:}: the 预算 of a year or its 决算. */
public enum BudgetKind implements Labelled {
    @Label("预算")
    BUDGET,
    @Label("决算")
    ACCOUNTS
}
