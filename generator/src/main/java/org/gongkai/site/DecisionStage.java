package org.gongkai.site;

import java.util.List;
import java.util.Optional;
import org.gongkai.content.DecisionStatus;
import org.gongkai.content.Labelled;

/**
 * The stages of a 重大行政决策 in the order the year's catalog lists them. {@code doneBy} is the status
 * from which the stage must have happened: a missing stage before that is 尚未进行, after it 未公开.
 */
public enum DecisionStage implements Labelled {
    DRAFT("决策草案全文", DecisionStatus.CONSULTING),
    EXPLANATION("草案说明", DecisionStatus.CONSULTING),
    BACKGROUND("决策背景", DecisionStatus.CONSULTING),
    CONSULTATION("征求意见", DecisionStatus.CONSULTING),
    ADOPTION("采纳情况", DecisionStatus.DECIDED),
    ATTENDANCE("列席情况", DecisionStatus.DECIDED),
    RESULT("决策结果", DecisionStatus.DECIDED),
    RISK("风险评估", DecisionStatus.DECIDED),
    EXPERTS("专家论证", DecisionStatus.DECIDED),
    EVALUATION("效果评估", DecisionStatus.EVALUATED);

    private final String label;
    private final DecisionStatus doneBy;

    DecisionStage(String label, DecisionStatus doneBy) {
        this.label = label;
        this.doneBy = doneBy;
    }

    @Override
    public String label() {
        return label;
    }

    public static List<String> labels() {
        return Labelled.labels(DecisionStage.class);
    }

    /** A stage named by its label or its slug ({@code stages:} keys may use either). */
    public static Optional<DecisionStage> parse(String text) {
        return Labelled.byLabelOrSlug(DecisionStage.class, text);
    }

    /** What a catalog cell says when the stage has nothing to link to. */
    public String absentLabel(Optional<DecisionStatus> status) {
        return status.map(s -> s.compareTo(doneBy) >= 0).orElse(true) ? "未公开" : "尚未进行";
    }
}
