package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/** 有效期 must run forwards: valid_from ≤ valid_until, or the derived validity is nonsense. */
public final class ValidityPeriodOrder extends DetailsRule<Details.Policy> {

    public ValidityPeriodOrder() {
        super(
                "validity-period-order",
                "有效期的开始日期（valid_from）不得晚于截止日期（valid_until）",
                Details.Policy.class);
    }

    @Override
    void check(Document d, Details.Policy p, Setting setting, List<Finding> out) {
        if (p.validFrom().isPresent()
                && p.validUntil().isPresent()
                && p.validFrom().get().isAfter(p.validUntil().get())) {
            out.add(
                    error(
                            d.at("valid_until"),
                            "有效期截止日期 %s 早于开始日期 %s：请核对 valid_from 和 valid_until"
                                    .formatted(p.validUntil().get(), p.validFrom().get())));
        }
    }
}
