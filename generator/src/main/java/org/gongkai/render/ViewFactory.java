package org.gongkai.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongkai.content.Attachment;
import org.gongkai.content.Details;
import org.gongkai.content.DocNumber;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Stated;
import org.gongkai.content.Table;
import org.gongkai.content.Table.Row;
import org.gongkai.content.Validity;
import org.gongkai.site.ConsultationStatus;
import org.gongkai.site.PublicityStatus;
import org.gongkai.site.Relation;
import org.gongkai.site.SiteModel;

/** Turns documents into the view records templates print. */
public final class ViewFactory {

    private final SiteModel model;
    private final Map<Document, Views.Item> items;
    private final ViewMemo memo;

    public ViewFactory(SiteModel model) {
        this(model, Map.of(), null);
    }

    /**
     * @param items list entries made already, by document identity
     * @param memo views of single documents kept from the last plan, or null (see {@link ViewMemo})
     */
    ViewFactory(SiteModel model, Map<Document, Views.Item> items, ViewMemo memo) {
        this.model = model;
        this.items = items;
        this.memo = memo;
    }

    /** A document's body as its page shows it, cut at its headings; made once per body and kept. */
    BodySections sections(Document d, String bodyHtml) {
        return memo == null
                ? BodySections.of(bodyHtml)
                : memo.sections(d, () -> BodySections.of(bodyHtml));
    }

    /** The totals row of a document's table (summed columns), made once per document and kept. */
    List<String> totals(Document d, Table t) {
        Supplier<List<String>> sum =
                () -> Totals.of(t.header(), t.rows().stream().map(Row::cells).toList());
        return memo == null ? sum.get() : memo.totals(d, sum);
    }

    public SiteModel model() {
        return model;
    }

    public Views.Item item(Document d) {
        Views.Item made = items.get(d);
        if (made != null) {
            return made;
        }
        Optional<Validity> v = model.validityOf(d.id());
        Optional<PublicityStatus> status = publicityStatus(d, model.asOf());
        return new Views.Item(
                d.id(),
                d.title(),
                SitePaths.document(d),
                d.published().map(LocalDate::toString).orElse(""),
                columnOf(d),
                d.policy().flatMap(Details.Policy::docNumber).map(DocNumber::written).orElse(""),
                v.map(Validity::label).orElse(""),
                v.map(Validity::slug).orElse(""),
                d.summaryText(),
                status.map(PublicityStatus::label).orElse(""),
                status.map(PublicityStatus::slug).orElse(""));
    }

    /** The column a document is listed in: its type's, or 工作动态 for a notice of that kind. */
    static String columnOf(Document d) {
        return d.details() instanceof Details.Notice n ? n.column() : d.type().label();
    }

    static boolean isNews(Document d) {
        return d.details() instanceof Details.Notice n && n.isNews();
    }

    /** A 公示's status as of {@code asOf}; nothing for other documents. */
    static Optional<PublicityStatus> publicityStatus(Document d, LocalDate asOf) {
        return d.details() instanceof Details.Publicity p
                ? Optional.of(PublicityStatus.of(p, asOf))
                : Optional.empty();
    }

    public List<Views.Item> items(List<Document> docs) {
        List<Views.Item> out = new ArrayList<>(docs.size());
        for (Document d : docs) {
            out.add(item(d));
        }
        return out;
    }

    /** The metadata table at the top of a document page (政府信息公开目录的必备项). */
    public List<Views.Row> metadata(Document d) {
        List<Views.Row> rows = new ArrayList<>();
        d.indexNo().ifPresent(v -> rows.add(row("索引号", v)));
        if (!d.subjects().topics().isEmpty()) {
            rows.add(row("主题分类", String.join("；", d.subjects().topics())));
        }
        if (d.details() instanceof Details.Policy p) {
            d.issuer()
                    .ifPresent(
                            v ->
                                    rows.add(
                                            new Views.Row(
                                                    "发布机构", v, SitePaths.term("issuers", v, 1))));
            p.docNumber().ifPresent(v -> rows.add(row("文号", v.written())));
            p.written().ifPresent(v -> rows.add(row("成文日期", v.toString())));
            d.published().ifPresent(v -> rows.add(row("发布日期", v.toString())));
            model.validityOf(d.id())
                    .ifPresent(
                            v ->
                                    rows.add(
                                            new Views.Row(
                                                    "有效性", v.label(), SitePaths.validity(v, 1))));
            if (p.validFrom().isPresent() || p.validUntil().isPresent()) {
                rows.add(row("有效期", period(p.validFrom(), p.validUntil(), "长期")));
            }
            if (p.normative()) {
                rows.add(row("文件类型", "行政规范性文件"));
            }
        } else if (d.details() instanceof Details.Interpretation i) {
            i.form().flatMap(Stated::known).ifPresent(v -> rows.add(row("解读形式", v.label())));
            i.author().ifPresent(v -> rows.add(row("起草科室", v)));
            d.published().ifPresent(v -> rows.add(row("发布日期", v.toString())));
            i.interprets()
                    .flatMap(model::findPublished)
                    .ifPresent(
                            p -> rows.add(new Views.Row("解读文件", p.title(), SitePaths.document(p))));
        } else if (d.details() instanceof Details.Decision dec) {
            dec.year().ifPresent(v -> rows.add(row("目录年度", v + "年")));
            dec.catalogNo().ifPresent(v -> rows.add(row("目录编号", v)));
            dec.leadUnit().ifPresent(v -> rows.add(row("承办单位", v)));
            dec.status().flatMap(Stated::known).ifPresent(v -> rows.add(row("决策状态", v.label())));
            d.published().ifPresent(v -> rows.add(row("发布日期", v.toString())));
        } else if (d.details() instanceof Details.Consultation c) {
            rows.add(row("征集期", ConsultationViews.period(c)));
            rows.add(row("征集状态", ConsultationStatus.of(c, model.asOf()).label()));
            d.published().ifPresent(v -> rows.add(row("发布日期", v.toString())));
        } else if (d.details() instanceof Details.Publicity p) {
            p.village()
                    .ifPresent(
                            v -> rows.add(new Views.Row("村", v, SitePaths.term("villages", v, 1))));
            p.periodEnd().ifPresent(v -> rows.add(row("公示截止", v.toString())));
            rows.add(row("公示状态", PublicityStatus.of(p, model.asOf()).label()));
            d.issuer().ifPresent(v -> rows.add(row("发布机构", v)));
            d.published().ifPresent(v -> rows.add(row("发布日期", v.toString())));
        } else if (d.details() instanceof Details.Report r) {
            r.year().ifPresent(v -> rows.add(row("报告年度", v + "年")));
            d.published().ifPresent(v -> rows.add(row("发布日期", v.toString())));
        } else if (d.details() instanceof Details.None
                || d.details() instanceof Details.Notice
                || d.details() instanceof Details.Page) {
            if (d.type() != DocumentType.PAGE) {
                d.issuer()
                        .ifPresent(
                                v ->
                                        rows.add(
                                                new Views.Row(
                                                        "发布机构",
                                                        v,
                                                        SitePaths.term("issuers", v, 1))));
                d.published().ifPresent(v -> rows.add(row("发布日期", v.toString())));
            }
        }
        if (!d.subjects().themes().isEmpty()) {
            rows.add(row("特色主题", String.join("；", d.subjects().themes())));
        }
        if (d.type() != DocumentType.PAGE) {
            // 内容概述, one of the 政府信息公开目录's items (条例 第十二条): as written, or the body's first sentence
            String summary = d.summaryText();
            if (!summary.isBlank()) {
                rows.add(row("内容概述", summary));
            }
        }
        return rows;
    }

    /** “from 至 until”, a missing start left blank and a missing end written {@code openEnd}. */
    static String period(Optional<LocalDate> from, Optional<LocalDate> until, String openEnd) {
        return from.map(LocalDate::toString).orElse("")
                + " 至 "
                + until.map(LocalDate::toString).orElse(openEnd);
    }

    private static Views.Row row(String label, String value) {
        return new Views.Row(label, value, "");
    }

    public List<Views.File> attachments(Document d) {
        List<Views.File> out = new ArrayList<>();
        for (Attachment a : d.attachments()) {
            if (a.exists()) {
                out.add(
                        new Views.File(
                                a.title(), attachmentHref(d, a), a.kind(), humanSize(a.size())));
            }
        }
        return out;
    }

    public static String attachmentHref(Document d, Attachment a) {
        return SitePaths.documentFolder(d) + fileName(a.path());
    }

    static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 512) / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    /** Relations shown on both sides: interpretations, amended/repealed by, amends/repeals. */
    public List<Views.Relation> relations(Document d) {
        List<Views.Relation> out = new ArrayList<>();
        for (Relation r : Relation.values()) {
            add(out, r.heading(), model.relations().of(r, d.id()));
        }
        return out;
    }

    private void add(List<Views.Relation> out, String label, List<String> ids) {
        if (ids.isEmpty()) {
            return; // most documents have no relations: no stream for them
        }
        List<Views.Item> items =
                ids.stream()
                        .map(model::findPublished)
                        .flatMap(Optional::stream)
                        .map(this::item)
                        .toList();
        if (!items.isEmpty()) {
            out.add(new Views.Relation(label, items));
        }
    }
}
