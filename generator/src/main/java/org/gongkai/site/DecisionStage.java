package org.gongkai.site;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.DecisionStatus;

/**
 * The stages of a 重大行政决策 in the order the year's catalog lists them. {@code doneBy} is the status
 * from which the stage must have happened: a missing stage before that is 尚未进行, after it 未公开.
 */
public enum DecisionStage {
    DRAFT("决策草案全文", "draft", DecisionStatus.CONSULTING),
    EXPLANATION("草案说明", "explanation", DecisionStatus.CONSULTING),
    BACKGROUND("决策背景", "background", DecisionStatus.CONSULTING),
    CONSULTATION("征求意见", "consultation", DecisionStatus.CONSULTING),
    ADOPTION("采纳情况", "adoption", DecisionStatus.DECIDED),
    ATTENDANCE("列席情况", "attendance", DecisionStatus.DECIDED),
    RESULT("决策结果", "result", DecisionStatus.DECIDED),
    RISK("风险评估", "risk", DecisionStatus.DECIDED),
    EXPERTS("专家论证", "experts", DecisionStatus.DECIDED),
    EVALUATION("效果评估", "evaluation", DecisionStatus.EVALUATED);

    private final String label;
    private final String slug;
    private final DecisionStatus doneBy;

    DecisionStage(String label, String slug, DecisionStatus doneBy) {
        this.label = label;
        this.slug = slug;
        this.doneBy = doneBy;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return slug;
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(DecisionStage::label).toList();
    }

    public static Optional<DecisionStage> parse(String text) {
        String t = text.strip();
        for (DecisionStage s : values()) {
            if (s.label.equals(t) || s.slug.equalsIgnoreCase(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** What a catalog cell says when the stage has nothing to link to. */
    public String absentLabel(Optional<DecisionStatus> status) {
        return status.map(s -> s.compareTo(doneBy) >= 0).orElse(true) ? "未公开" : "尚未进行";
    }
}
