package org.gongkai.check;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;
import org.gongkai.site.SiteModel;

/**
 * 重大行政决策程序暂行条例 第十条 and 国办发〔2019〕54号: the year's 重大行政决策事项目录 is published, usually in the first
 * quarter. From 1 April on, a site that keeps decisions and has none catalogued for this year is
 * missing its catalog.
 */
public final class DecisionCatalogMissing extends Rule {

    public DecisionCatalogMissing() {
        super("decision-catalog-missing", "本年度重大行政决策事项目录应在第一季度公开");
    }

    @Override
    public void check(SiteModel model, List<Finding> out) {
        int year = model.asOf().getYear();
        LocalDate due = LocalDate.of(year, 3, 31);
        if (!model.asOf().isAfter(due) || model.published(DocumentType.DECISION).isEmpty()) {
            return;
        }
        boolean catalogued =
                model.published(DocumentType.DECISION).stream()
                        .anyMatch(
                                d ->
                                        d.details() instanceof Details.Decision dec
                                                && dec.year()
                                                        .map(y -> y == year)
                                                        .orElse(d.year() == year));
        if (!catalogued) {
            out.add(
                    warning(
                            SourceRef.file("decisions"),
                            "没有"
                                    + year
                                    + "年重大行政决策事项目录：目录应在 "
                                    + due
                                    + " 前（第一季度）公开；请在 decisions/"
                                    + year
                                    + "/ 下为每个事项新建文件并写 year: "
                                    + year
                                    + "。本年度确无重大行政决策事项的，也应发布通知说明"));
        }
    }
}
