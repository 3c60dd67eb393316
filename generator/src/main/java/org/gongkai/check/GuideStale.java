package org.gongkai.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.site.FixedPage;
import org.gongkai.site.SiteModel;

/**
 * 条例 第十二条: the 政府信息公开指南 is kept up to date (办公地址、电话、受理渠道 change). One not reviewed for twelve
 * months ({@code reviewed:}, else its {@code published} date) is due for review.
 */
public final class GuideStale extends Rule {

    public GuideStale() {
        super("guide-stale", "政府信息公开指南超过12个月未复核更新（条例第十二条）");
    }

    @Override
    public void check(SiteModel model, List<Finding> out) {
        // the guide is the page with its id (pages/guide.md), whatever its title says
        FixedPage.GUIDE.in(model).ifPresent(d -> check(d, model.asOf(), out));
    }

    private void check(Document d, LocalDate asOf, List<Finding> out) {
        Optional<LocalDate> reviewed =
                d.details() instanceof Details.Page p ? p.reviewed() : Optional.empty();
        Optional<LocalDate> last = reviewed.isPresent() ? reviewed : d.published();
        String key = reviewed.isPresent() ? "reviewed" : "published";
        if (last.isEmpty()) {
            out.add(warning(d.source(), "信息公开指南没有写复核日期：核对内容后请加一行 reviewed: " + asOf));
        } else if (last.get().isBefore(asOf.minusMonths(12))) {
            out.add(
                    warning(
                            d.at(key),
                            "信息公开指南最近一次更新是 "
                                    + last.get()
                                    + "，已超过12个月："
                                    + "请核对机构、地址、电话、受理渠道和办理程序，更新后写 reviewed: 核对日期"));
        }
    }
}
