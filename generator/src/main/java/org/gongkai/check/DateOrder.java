package org.gongkai.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * 成文日期 ≤ 发布日期 ≤ today (the as-of date). A document cannot be published before it is written: an
 * error. A publication date after the as-of date is a warning, not an error: the site model holds
 * such a document back until that day (scheduled publication), but it is often a typo and the
 * editor should know it is not on the site yet.
 */
public final class DateOrder extends DocumentRule {

    public DateOrder() {
        super("date-order", "成文日期不得晚于发布日期；发布日期晚于构建日期（--as-of）时提示：该文件本次不会发布");
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        Optional<LocalDate> written = d.policy().flatMap(Details.Policy::written);
        if (written.isPresent()
                && d.published().isPresent()
                && written.get().isAfter(d.published().get())) {
            out.add(
                    error(
                            d.at("written"),
                            "成文日期 "
                                    + written.get()
                                    + " 晚于发布日期 "
                                    + d.published().get()
                                    + "：文件不能在成文之前发布，请核对这两个日期"));
        }
        if (d.published().isPresent() && d.published().get().isAfter(setting.asOf())) {
            out.add(
                    warning(
                            d.at("published"),
                            "发布日期 "
                                    + d.published().get()
                                    + " 晚于今天（"
                                    + setting.asOf()
                                    + "）：本次不会发布，到该日期后重新构建才会出现在网站上；如是笔误请改为实际发布日期"));
        }
    }
}
