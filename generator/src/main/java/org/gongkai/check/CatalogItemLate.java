package org.gongkai.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.StandardCatalog;
import org.gongkai.content.WorkingDays;
import org.gongkai.site.SiteModel;

/**
 * 基层政务公开标准目录: a document that says when its information was formed ({@code formed}) is published
 * within its item's 时限 (社会救助 10个工作日, 预决算 批复后20日 …); without an item, within 条例 第二十六条's 20 working
 * days. Working days follow site.yaml's holidays and 调休 workdays.
 */
public final class CatalogItemLate extends Rule {

    /** 条例 第二十六条: the limit when the document names no item, or its item has none. */
    static final StandardCatalog.TimeLimit STATUTORY = new StandardCatalog.TimeLimit(20, true);

    public CatalogItemLate() {
        super(
                "catalog-item-late",
                "写了 formed（信息形成或变更日期）的文件，发布晚于标准目录事项的公开时限（未写事项的按条例第二十六条 20 个工作日）");
    }

    @Override
    public void check(SiteModel model, List<Finding> out) {
        WorkingDays calendar = model.site().workingDays();
        for (Document d : model.documents()) {
            if (d.formed().isEmpty() || d.published().isEmpty() || !d.isPublic()) {
                continue;
            }
            Optional<StandardCatalog.Item> item = d.catalogItem().flatMap(model.catalog()::find);
            StandardCatalog.TimeLimit limit =
                    item.flatMap(StandardCatalog.Item::timeLimit).orElse(STATUTORY);
            LocalDate formed = d.formed().get();
            LocalDate published = d.published().get();
            long taken =
                    limit.working()
                            ? calendar.between(formed, published)
                            : ChronoUnit.DAYS.between(formed, published);
            if (taken > limit.days()) {
                String rule =
                        item.map(i -> "标准目录“" + i.name() + "”规定的" + limit.text())
                                .orElse("条例第二十六条规定的" + limit.text());
                out.add(
                        warning(
                                d.at("published"),
                                "信息形成于 "
                                        + formed
                                        + "，发布 "
                                        + published
                                        + "，间隔 "
                                        + taken
                                        + (limit.working() ? " 个工作日" : " 日")
                                        + "，超过"
                                        + rule
                                        + "：请及时发布；"
                                        + "formed 写错的请改为信息形成或变更的日期"));
            }
        }
    }
}
