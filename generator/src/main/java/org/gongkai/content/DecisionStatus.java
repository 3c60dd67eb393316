package org.gongkai.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** 决策状态, in the order a decision passes through them. */
public enum DecisionStatus {
    PLANNED("拟决策"),
    CONSULTING("征求意见中"),
    DECIDED("已决策"),
    EVALUATED("已实施评估");

    /** The rule that reports a status naming none of these (with the decision's other names). */
    public static final String RULE = "decision-stage-unknown";

    private final String label;

    DecisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean decided() {
        return this == DECIDED || this == EVALUATED;
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(DecisionStatus::label).toList();
    }

    /** The finding for a {@code status:} that names none, with the nearest one as a hint. */
    static Finding invalid(String text, SourceRef where) {
        return Finding.error(
                RULE,
                where,
                "决策状态“"
                        + text
                        + "”无效"
                        + NearestName.hint(text, labels()).replace("。", "；")
                        + "只能是 "
                        + String.join("、", labels()));
    }

    public static Optional<DecisionStatus> parse(String text) {
        String t = text.strip();
        return Arrays.stream(values()).filter(s -> s.label.equals(t)).findFirst();
    }
}
