package org.gongkai.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Table;

/** The 财政预决算 page: the document, its 三公经费 item by item, and each table with its note when empty. */
final class BudgetViews {

    private BudgetViews() {}

    /** One table of the 预决算; {@code note} says why a table has no rows. */
    public record BudgetTable(ReportViews.SimpleTable table, String note, String csvHref) {}

    /** {@code meta}: the document's 文件信息 rows and, when given, its 批复日期. */
    public record BudgetPage(
            PageViews.DocPage page,
            String kind,
            String year,
            List<Views.Row> meta,
            ReportViews.SimpleTable threePublic,
            List<BudgetTable> tables) {}

    static BudgetPage page(Document d, Details.Budget b, PageViews.DocPage page) {
        String kind = b.kindLabel();
        String year = b.year().map(String::valueOf).orElse("");
        List<List<String>> rows = new ArrayList<>();
        b.threePublic().forEach((item, amount) -> rows.add(List.of(item, amount)));
        total(b).ifPresent(t -> rows.add(List.of("合计", t.toPlainString())));
        ReportViews.SimpleTable threePublic =
                new ReportViews.SimpleTable(
                        "three-public",
                        year + "年“三公”经费" + kind + "（万元）",
                        List.of("项目", "金额"),
                        rows);
        List<BudgetTable> tables = new ArrayList<>();
        int n = 0;
        for (Table t : b.tables()) {
            String file = ViewFactory.fileName(t.file());
            String caption =
                    d.attachments().stream()
                            .filter(a -> a.path().equals(t.file()))
                            .map(a -> a.title())
                            .findFirst()
                            .orElse(file);
            tables.add(
                    new BudgetTable(
                            new ReportViews.SimpleTable(
                                    "budget-table-" + ++n,
                                    caption,
                                    t.header(),
                                    t.rows().stream().map(Table.Row::cells).toList()),
                            b.emptyNotes().getOrDefault(file, ""),
                            SitePaths.documentFolder(d) + file));
        }
        List<Views.Row> meta = new ArrayList<>(page.meta());
        b.approved().ifPresent(a -> meta.add(new Views.Row("批复日期", a.toString(), "")));
        return new BudgetPage(page, kind, year, meta, threePublic, tables);
    }

    /**
     * The sum of the items when every one is a number; none when one is not (the page then shows no
     * total).
     */
    static Optional<BigDecimal> total(Details.Budget b) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String v : b.threePublic().values()) {
            try {
                sum = sum.add(new BigDecimal(v.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return b.threePublic().isEmpty() ? Optional.empty() : Optional.of(sum);
    }
}
