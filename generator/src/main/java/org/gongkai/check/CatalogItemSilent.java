package org.gongkai.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.StandardCatalog;
import org.gongkai.site.SiteModel;

/**
 * An item of the 标准目录 with nothing published, or nothing within its 更新周期: inspectors count it as an
 * empty or stale column. A published statement that the township has no such matters (a title with
 * 未涉及, as real columns publish) fulfils the item for good.
 */
public final class CatalogItemSilent extends Rule {

    static final String NOT_CONCERNED = "未涉及";

    public CatalogItemSilent() {
        super("catalog-item-silent", "标准目录事项没有任何已公开的内容，或超过更新周期（cycle）没有新内容；确无此类事项的应发布“未涉及”说明");
    }

    @Override
    public void check(SiteModel model, List<Finding> out) {
        // published() is newest first: the first that fulfils an item is its latest
        List<List<Document>> fulfillingAll = model.fulfilling();
        for (int i = 0; i < model.catalog().items().size(); i++) {
            StandardCatalog.Item item = model.catalog().items().get(i);
            List<Document> fulfilling = fulfillingAll.get(i);
            if (fulfilling.stream().anyMatch(d -> d.title().contains(NOT_CONCERNED))) {
                continue;
            }
            if (fulfilling.isEmpty()) {
                if (model.catalog().builtIn()) {
                    // the built-in 目录 lists every 领域 a township may have; which concern this one
                    // only the township knows, and says by writing its own catalog.yaml
                    continue;
                }
                out.add(
                        warning(
                                item,
                                "还没有公开任何内容：请发布"
                                        + "（文件写 catalog_item: "
                                        + item.id()
                                        + "），本镇确无此类事项的，发布一份标题含“未涉及”的说明"));
                continue;
            }
            Optional<Integer> months = item.cycleMonths();
            Document latest = fulfilling.get(0);
            Optional<LocalDate> latestDay = latest.published();
            if (months.isPresent()
                    && latestDay.isPresent()
                    && latestDay.get().plusMonths(months.get()).isBefore(model.asOf())) {
                out.add(
                        warning(
                                item,
                                "最近一次公开是 "
                                        + latestDay.get()
                                        + "（"
                                        + latest.title()
                                        + "），已超过更新周期“"
                                        + item.written().cycle()
                                        + "”：请发布本期内容，本期确无此类事项的，发布“未涉及”说明"));
            }
        }
    }

    /** A warning at the item: 标准目录事项“name”… */
    private Finding warning(StandardCatalog.Item item, String what) {
        return warning(item.where(), "标准目录事项“" + item.name() + "”" + what);
    }
}
