package org.gongkai.check;

import java.util.List;
import org.gongkai.content.DisclosureAttribute;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * 行政规范性文件 bind the public and must be published (国办发〔2018〕37号: 未经公开发布的，不得作为行政管理依据; 条例 第二十条 requires
 * 行政规范性文件 to be disclosed proactively). One marked 依申请公开 or 不予公开 is either not normative or wrongly
 * marked.
 */
public final class NormativeNotPublic extends DocumentRule {

    public NormativeNotPublic() {
        super("normative-not-public", "行政规范性文件必须主动公开，不能标为依申请公开或不予公开");
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        DisclosureAttribute a = d.disclosure().stated().orElse(null);
        if (a == null || a.isPublic() || d.policy().map(p -> !p.normative()).orElse(true)) {
            return;
        }
        out.add(
                error(
                        d.at("disclosure"),
                        "行政规范性文件必须主动公开（条例第二十条；未经公布的不得作为"
                                + "行政管理依据），这里写的是“"
                                + a.label()
                                + "”：请改为 disclosure: 主动公开；如果它不是规范性文件，"
                                + "请改为 normative: false"));
    }
}
