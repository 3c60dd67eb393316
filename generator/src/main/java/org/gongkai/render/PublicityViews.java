package org.gongkai.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Table;
import org.gongkai.site.PublicityStatus;
import org.gongkai.site.SiteModel;

/**
 * View records for 公示: the table page (split into pages of {@link #ROWS_PER_PAGE}) and the page per
 * village.
 */
public final class PublicityViews {

    private PublicityViews() {}

    /**
     * Rows per page. A masked subsidy row is about 60 bytes of HTML, so 200 rows stay well inside
     * the theme's 14 KB (gzip) budget for one page, with room for a long body text.
     */
    public static final int ROWS_PER_PAGE = 200;

    /**
     * One page of a publicity table; the 合计 row always sums the whole table, not just this page.
     */
    public record TablePage(
            PageViews.TableView table,
            Views.Pager pager,
            int firstRow,
            int lastRow,
            int totalRows) {}

    /**
     * {@code firstPage} is false on …/page/N/: those carry only the table, the period and the way
     * back.
     */
    public record PublicityPage(
            PageViews.DocPage page,
            boolean firstPage,
            String village,
            String villageHref,
            String periodEnd,
            String status,
            String statusSlug,
            TablePage table,
            Summary summary) {}

    /**
     * What an ended 公示 keeps once its names are off line ({@link #namesOffline}): rows counted per
     * 村民小组 (or per village) and the column totals; no cell of a name or a per-person row.
     */
    public record Summary(String offlineDate, List<Figure> counts, List<Figure> totals) {}

    /** One line of a {@link Summary}: a 村民小组 and its row count, or a column and its total. */
    public record Figure(String label, String value) {}

    public record YearGroup(String heading, List<Views.Item> items) {}

    public record VillagePage(
            String title, String village, String intro, List<YearGroup> years, int total) {}

    static String tablePagePath(Document d, int page) {
        return page <= 1
                ? SitePaths.document(d)
                : SitePaths.documentFolder(d) + "page/" + page + "/index.html";
    }

    static int pages(Table t) {
        return Math.max(1, (t.rows().size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
    }

    /**
     * Whether {@code d}'s names are off line as of the build date: its period ended more than
     * site.yaml's {@code publicity: names_offline_after} days ago. The page then shows only {@link
     * Summary}, and the data file is not copied. A 公示 without period_end keeps its table (the
     * loader reports the missing date).
     */
    public static boolean namesOffline(SiteModel model, Document d) {
        return d.details() instanceof Details.Publicity p
                && p.periodEnd()
                        .map(
                                end ->
                                        model.asOf()
                                                .isAfter(
                                                        end.plusDays(
                                                                model.site()
                                                                        .publicityNamesOfflineAfter())))
                        .orElse(false);
    }

    /**
     * Every page of one publicity: the first with the body, then the continuation pages. The totals
     * are summed once over the whole table and shown on each page.
     */
    static List<PublicityPage> pages(
            SiteModel model, ViewFactory views, Document d, PageViews.DocPage docPage) {
        Details.Publicity p = (Details.Publicity) d.details();
        PublicityStatus status = PublicityStatus.of(p, model.asOf());
        String village = p.village().orElse("");
        String villageHref = village.isEmpty() ? "" : SitePaths.term("villages", village, 1);
        String periodEnd = p.periodEnd().map(Object::toString).orElse("");
        if (p.table().isEmpty() || namesOffline(model, d)) {
            Summary summary =
                    p.table().isEmpty() ? null : summary(model, views, d, p.table().get(), village);
            return List.of(
                    new PublicityPage(
                            docPage,
                            true,
                            village,
                            villageHref,
                            periodEnd,
                            status.label(),
                            status.slug(),
                            null,
                            summary));
        }
        Table t = p.table().get();
        List<List<String>> all = t.rows().stream().map(Table.Row::cells).toList();
        List<String> totals = views.totals(d, t);
        String csv = SitePaths.documentFolder(d) + ViewFactory.fileName(t.file());
        int pages = pages(t);
        List<PublicityPage> out = new ArrayList<>(pages);
        for (int n = 1; n <= pages; n++) {
            int from = (n - 1) * ROWS_PER_PAGE;
            int to = Math.min(all.size(), n * ROWS_PER_PAGE);
            String caption =
                    d.title()
                            + (pages == 1
                                    ? ""
                                    : "（第 " + (from + 1) + "—" + to + " 行，共 " + all.size() + " 行）");
            TablePage table =
                    new TablePage(
                            new PageViews.TableView(
                                    caption, t.header(), all.subList(from, to), totals, csv),
                            pages == 1 ? null : ListPages.pager(n, pages, k -> tablePagePath(d, k)),
                            from + 1,
                            to,
                            all.size());
            out.add(
                    new PublicityPage(
                            docPage,
                            n == 1,
                            village,
                            villageHref,
                            periodEnd,
                            status.label(),
                            status.slug(),
                            table,
                            null));
        }
        return out;
    }

    /**
     * Counts per 村民小组 when the table has such a column (a 组 or 村 in its header), else one count for
     * the village; totals are {@link Totals}' sums, which never include a text column.
     */
    private static Summary summary(
            SiteModel model, ViewFactory views, Document d, Table t, String village) {
        int group = -1;
        for (int c = 0; c < t.header().size() && group < 0; c++) {
            String h = t.header().get(c);
            group = h.contains("组") || h.endsWith("村") ? c : -1;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table.Row r : t.rows()) {
            String key =
                    group >= 0 && group < r.cells().size()
                            ? r.cells().get(group).strip()
                            : (village.isEmpty() ? "合计" : village);
            counts.merge(key, 1, Integer::sum);
        }
        List<Figure> countLinks = new ArrayList<>();
        counts.forEach((k, n) -> countLinks.add(new Figure(k.isEmpty() ? "未写小组" : k, n + " 条")));
        List<String> totals = views.totals(d, t);
        List<Figure> totalLinks = new ArrayList<>();
        for (int c = 1; c < totals.size() && c < t.header().size(); c++) {
            if (!totals.get(c).isEmpty()) {
                totalLinks.add(new Figure(t.header().get(c), totals.get(c)));
            }
        }
        Details.Publicity p = (Details.Publicity) d.details();
        String offline =
                p.periodEnd()
                        .map(e -> e.plusDays(model.site().publicityNamesOfflineAfter() + 1L))
                        .map(Object::toString)
                        .orElse("");
        return new Summary(offline, countLinks, totalLinks);
    }

    /** Published publicity by village name (sorted), each list newest first. */
    static Map<String, List<Document>> byVillage(SiteModel model) {
        Map<String, List<Document>> out = new TreeMap<>();
        for (Document d : model.published(DocumentType.PUBLICITY)) {
            if (d.details() instanceof Details.Publicity p && p.village().isPresent()) {
                out.computeIfAbsent(p.village().get(), k -> new ArrayList<>()).add(d);
            }
        }
        return out;
    }

    /** 以村为单位公开: one village's publicity grouped by year, newest year first. */
    static VillagePage village(ViewFactory views, String village, List<Document> docs) {
        Map<Integer, List<Document>> years = new TreeMap<>(Comparator.reverseOrder());
        docs.forEach(d -> years.computeIfAbsent(d.year(), k -> new ArrayList<>()).add(d));
        List<YearGroup> groups = new ArrayList<>();
        years.forEach(
                (y, list) ->
                        groups.add(
                                new YearGroup(
                                        y + "年（" + list.size() + " 条）",
                                        views.items(
                                                list.stream()
                                                        .sorted(SiteModel.NEWEST_FIRST)
                                                        .toList()))));
        return new VillagePage(
                village + "公示", village, "按年份列出" + village + "的公示信息，最新的在前。", groups, docs.size());
    }
}
