package org.gongkai.check;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.Predicate;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Finding;
import org.gongkai.site.SiteModel;

/**
 * 国办秘函〔2019〕19号 counts 通知公告 and 政策文件 columns not updated for six months, and 动态、要闻 columns not
 * updated for two weeks, as stale (enough stale columns fail a site outright). A column with no
 * published document is not emitted at all, so it is not reported.
 */
public final class ColumnStale extends Rule {

    /** A watched column: which documents it lists and how long it may go without a new one. */
    record Column(String label, Predicate<Document> lists, Period limit, String limitText) {}

    static final List<Column> WATCHED =
            List.of(
                    new Column(
                            "通知公告",
                            d -> d.type() == DocumentType.NOTICE && !isNews(d),
                            Period.ofMonths(6),
                            "六个月"),
                    new Column(
                            "工作动态",
                            d -> d.type() == DocumentType.NOTICE && isNews(d),
                            Period.ofWeeks(2),
                            "两周"),
                    new Column(
                            "政策文件",
                            d -> d.type() == DocumentType.POLICY,
                            Period.ofMonths(6),
                            "六个月"));

    private static boolean isNews(Document d) {
        return d.details() instanceof Details.Notice n && n.isNews();
    }

    public ColumnStale() {
        super("column-stale", "通知公告、政策文件栏目超过六个月未更新，工作动态栏目超过两周未更新（政府网站检查视为不更新栏目）");
    }

    @Override
    public void check(SiteModel model, List<Finding> out) {
        for (Column column : WATCHED) {
            LocalDate limit = model.asOf().minus(column.limit());
            // published() is newest first: the first document the column lists is its newest (three
            // walks of all 10,000 documents in the interpreter, which a loop run once never leaves,
            // were 7 ms of every check)
            Document newest = null;
            for (Document d : model.published()) {
                if (column.lists().test(d)) {
                    newest = d;
                    break;
                }
            }
            if (newest != null
                    && newest.published().isPresent()
                    && newest.published().get().isBefore(limit)) {
                out.add(
                        warning(
                                newest.at("published"),
                                "“"
                                        + column.label()
                                        + "”栏目最新一篇发布于 "
                                        + newest.published().get()
                                        + "，截至 "
                                        + model.asOf()
                                        + " 已超过"
                                        + column.limitText()
                                        + "未更新：检查时会被认定为不更新栏目，请及时发布新内容"));
            }
        }
    }
}
