package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/** 行政规范性文件 state how long they run (usually five years); without it, 已失效 can never be shown. */
public final class ValidityPeriodMissing extends DetailsRule<Details.Policy> {

    public ValidityPeriodMissing() {
        super(
                "validity-period-missing",
                "行政规范性文件应写明有效期（valid_from、valid_until，通常为五年）",
                Details.Policy.class);
    }

    @Override
    void check(Document d, Details.Policy p, Setting setting, List<Finding> out) {
        if (p.normative() && (p.validFrom().isEmpty() || p.validUntil().isEmpty())) {
            String missing =
                    p.validFrom().isEmpty() && p.validUntil().isEmpty()
                            ? "valid_from 和 valid_until"
                            : p.validFrom().isEmpty() ? "valid_from" : "valid_until";
            out.add(
                    warning(
                            d.at("normative"),
                            "行政规范性文件未写有效期（缺少 " + missing + "）：请按文件规定补上，例如“本办法自印发之日起施行，有效期五年”"));
        }
    }
}
