package org.gongkai.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.site.SiteModel;

/**
 * The column's 政府信息公开目录 (条例 art. 12: 索引、名称、内容概述、生成日期), with the 发布机构: every published document,
 * newest first, as paginated pages a reader without JavaScript searches with the browser's
 * find-in-page, and the same rows as CSV and JSON to download.
 */
public final class Catalog {

    /** Rows per page: enough that find-in-page covers a year of a township's documents. */
    static final int PAGE_SIZE = 50;

    static final List<String> COLUMNS = List.of("索引号", "名称", "内容概述", "发布机构", "生成日期", "链接");

    private Catalog() {}

    /**
     * One document in the 目录. {@code date} is the 生成日期: the 成文日期 where there is one, else the 发布日期.
     */
    public record Row(
            String indexNo,
            String title,
            String href,
            String summary,
            String issuer,
            String date) {}

    public record Page(
            String title,
            List<Row> rows,
            Views.Pager pager,
            int total,
            int first,
            String csvHref,
            String jsonHref) {
        public Page {
            rows = List.copyOf(rows);
        }
    }

    /** {@code d}'s row: the 发布机构 is the site's name where the document names none. */
    static Row row(SiteModel model, Document d) {
        LocalDate made = d.policy().flatMap(Details.Policy::written).or(d::published).orElse(null);
        return new Row(
                d.indexNo().orElse(""),
                d.title(),
                SitePaths.document(d),
                d.summaryText(),
                d.issuer().orElse(model.site().name()),
                made == null ? "" : made.toString());
    }

    static List<Page> pages(List<Row> rows) {
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        List<Page> out = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            List<Row> slice =
                    rows.subList((p - 1) * PAGE_SIZE, Math.min(rows.size(), p * PAGE_SIZE));
            out.add(
                    new Page(
                            p == 1 ? "政府信息公开目录" : "政府信息公开目录（第" + p + "页）",
                            slice,
                            pages == 1 ? null : ListPages.pager(p, pages, SitePaths::catalog),
                            rows.size(),
                            (p - 1) * PAGE_SIZE + 1,
                            SitePaths.CATALOG_CSV,
                            SitePaths.CATALOG_JSON));
        }
        return out;
    }
}
