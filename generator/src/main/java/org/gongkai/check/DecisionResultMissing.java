package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.site.DecisionProcess;
import org.gongkai.site.DecisionStage;

/** 决策事项、依据和结果 are published: a decision marked as decided must show its 决策结果. */
public final class DecisionResultMissing extends DocumentRule {

    public DecisionResultMissing() {
        super("decision-result-missing", "状态为已决策（或已实施评估）的重大行政决策必须公开决策结果");
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        DecisionProcess.of(d)
                .ifPresent(
                        p -> {
                            if (p.status().isPresent()
                                    && p.status().get().decided()
                                    && !p.stage(DecisionStage.RESULT).present()) {
                                out.add(
                                        error(
                                                d.at("status"),
                                                "决策状态为“"
                                                        + p.status().get().label()
                                                        + "”，但没有公开决策结果：请在正文中加一节“## 决策结果”，或在 stages 中写 决策结果: 文件编号"));
                            }
                        });
    }
}
