package org.gongkai.site;

import java.util.List;
import java.util.Optional;
import org.gongkai.content.DecisionStatus;
import org.gongkai.content.Label;
import org.gongkai.content.Labelled;

/**
 * The stages of a 重大行政决策 in the order the year's catalog lists them. {@code doneBy} is the status
 * from which the stage must have happened: a missing stage before that is 尚未进行, after it 未公开.
 */
public enum DecisionStage implements Labelled {
    @Label("决策草案全文")
    DRAFT(DecisionStatus.CONSULTING),
    @Label("草案说明")
    EXPLANATION(DecisionStatus.CONSULTING),
    @Label("决策背景")
    BACKGROUND(DecisionStatus.CONSULTING),
    @Label("征求意见")
    CONSULTATION(DecisionStatus.CONSULTING),
    @Label("采纳情况")
    ADOPTION(DecisionStatus.DECIDED),
    @Label("列席情况")
    ATTENDANCE(DecisionStatus.DECIDED),
    @Label("决策结果")
    RESULT(DecisionStatus.DECIDED),
    @Label("风险评估")
    RISK(DecisionStatus.DECIDED),
    @Label("专家论证")
    EXPERTS(DecisionStatus.DECIDED),
    @Label("效果评估")
    EVALUATION(DecisionStatus.EVALUATED);

    private final DecisionStatus doneBy;

    DecisionStage(DecisionStatus doneBy) {
        this.doneBy = doneBy;
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
