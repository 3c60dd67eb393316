package org.gongkai.check;

import java.util.List;
import org.gongkai.content.DecisionStatus;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.NearestName;
import org.gongkai.content.Stated;
import org.gongkai.site.DecisionProcess;
import org.gongkai.site.DecisionStage;

/**
 * Stage names, the decision status and stage attachments must be ones the catalog knows; a misspelt
 * stage would silently drop out of the year's catalog. A stray {@code ##} heading is only a warning
 * (its text still shows on the page); a misspelt {@code stages:} key or status loses a link, so it
 * is an error.
 */
public final class DecisionStageUnknown extends DocumentRule {

    public DecisionStageUnknown() {
        super(DecisionStatus.RULE, "重大行政决策的环节名称、决策状态和环节附件必须有效");
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        List<String> names = DecisionStage.labels();
        DecisionProcess.of(d)
                .ifPresent(
                        p -> {
                            for (DecisionProcess.UnknownName u : p.unknown()) {
                                String msg =
                                        "“"
                                                + u.name()
                                                + "”不是重大行政决策的环节名称"
                                                + NearestName.hint(u.name(), names)
                                                        .replace("。", "；")
                                                + "可用的环节："
                                                + String.join("、", names);
                                out.add(
                                        u.fromStagesKey()
                                                ? error(u.where(), "stages 中的" + msg)
                                                : warning(u.where(), "标题" + msg + "（不会列入决策目录）"));
                            }
                            // a status naming none was found at load, where it is typed
                            p.details().status().flatMap(Stated::problem).ifPresent(out::add);
                            for (DecisionProcess.Stage s : p.stages()) {
                                s.missingFile()
                                        .ifPresent(
                                                f ->
                                                        out.add(
                                                                error(
                                                                        d.at("stages"),
                                                                        "决策环节“"
                                                                                + s.kind().label()
                                                                                + "”指向的附件“"
                                                                                + f
                                                                                + "”不在本文件的 attachments 中（或文件不存在）；"
                                                                                + "请在 attachments 中列出它，并把文件放在本文件旁边")));
                            }
                        });
    }
}
