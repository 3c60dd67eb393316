package org.gongkai.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * 预算法 第十四条 and 条例 第二十条第（七）项: a 预算 or 决算 is published within 20 days (calendar days) of its approval
 * by the 人大 or the government above.
 */
public final class BudgetLate extends DetailsRule<Details.Budget> {

    static final int LIMIT_DAYS = 20;

    public BudgetLate() {
        super("budget-late", "财政预算、决算应在批复后 20 日内公开（预算法第十四条）", Details.Budget.class);
    }

    @Override
    void check(Document d, Details.Budget b, Setting setting, List<Finding> out) {
        if (b.approved().isEmpty() || d.published().isEmpty() || !d.isPublic()) {
            return;
        }
        LocalDate approved = b.approved().get();
        LocalDate published = d.published().get();
        long days = ChronoUnit.DAYS.between(approved, published);
        if (days > LIMIT_DAYS) {
            out.add(
                    warning(
                            d.at("published"),
                            "%s批复于 %s，发布于 %s，相隔 %s 日，超过预算法第十四条规定的批复后 %s 日内公开：请及时公开；approved 写错的请改为批复日期"
                                    .formatted(
                                            b.kindLabel(), approved, published, days, LIMIT_DAYS)));
        }
    }
}
