package org.gongkai.content;

import java.util.Optional;

/** 决策状态, in the order a decision passes through them. */
public enum DecisionStatus implements Labelled {
    @Label("拟决策")
    PLANNED,
    @Label("征求意见中")
    CONSULTING,
    @Label("已决策")
    DECIDED,
    @Label("已实施评估")
    EVALUATED;

    /** The rule that reports a status naming none of these (with the decision's other names). */
    public static final String RULE = "decision-stage-unknown";

    public boolean decided() {
        return this == DECIDED || this == EVALUATED;
    }

    /** The finding for a {@code status:} that names none, with the nearest one as a hint. */
    static Finding invalid(String text, SourceRef where) {
        return Finding.error(RULE, where, Labelled.unknown("决策状态", text, DecisionStatus.class));
    }

    public static Optional<DecisionStatus> parse(String text) {
        return Labelled.byLabel(DecisionStatus.class, text);
    }
}
