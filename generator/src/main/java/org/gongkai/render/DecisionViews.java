package org.gongkai.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gongkai.content.DecisionStatus;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.site.DecisionProcess;
import org.gongkai.site.DecisionStage;
import org.gongkai.site.SiteModel;

/** View records and their construction for 重大行政决策: the decision page and the year's catalog. */
public final class DecisionViews {

    private DecisionViews() {}

    /**
     * One stage on the decision page: its section HTML when the body has it, links to a document or
     * an attachment when {@code stages:} names one, else the {@code absent} label (尚未进行 / 未公开).
     */
    public record StageView(
            String label,
            String anchor,
            String sectionHtml,
            Views.Link document,
            Views.File file,
            String absent,
            ConsultationViews.Summary consultation) {
        public boolean hasSection() {
            return !sectionHtml.isEmpty();
        }
    }

    public record DecisionPage(
            PageViews.DocPage page,
            String status,
            String introHtml,
            List<StageView> stages,
            String otherHtml,
            Views.Link catalog) {}

    /**
     * A catalog cell: the stage name linked where it is published, or the stage and why it is not.
     */
    public record CatalogStage(String label, String href, String absent) {
        public boolean linked() {
            return !href.isEmpty();
        }
    }

    public record CatalogRow(
            String catalogNo,
            String title,
            String href,
            String leadUnit,
            String status,
            List<CatalogStage> stages) {}

    public record CatalogPage(
            String title, String intro, List<CatalogRow> rows, List<Views.Link> years) {}

    /** The decisions list: each year's catalog, then every decision newest first. */
    public record DecisionList(
            String title,
            List<Views.Link> catalogs,
            List<Views.Item> items,
            int total,
            List<Views.Link> years) {
        public boolean more() {
            return total > items.size();
        }
    }

    public static String catalogPath(int year) {
        return "decisions/catalog/" + year + "/index.html";
    }

    static String catalogTitle(int year) {
        return year + "年度重大行政决策事项目录";
    }

    /** Published decisions by catalog year, newest year first; within a year by catalog number. */
    static Map<Integer, List<DecisionProcess>> byYear(SiteModel model) {
        Map<Integer, List<DecisionProcess>> out = new TreeMap<>(Comparator.reverseOrder());
        for (Document d : model.published(DocumentType.DECISION)) {
            DecisionProcess.of(d)
                    .ifPresent(
                            p ->
                                    out.computeIfAbsent(p.catalogYear(), k -> new ArrayList<>())
                                            .add(p));
        }
        out.values()
                .forEach(
                        l ->
                                l.sort(
                                        Comparator.comparing((DecisionProcess p) -> catalogOrder(p))
                                                .thenComparing(p -> p.document().id())));
        return out;
    }

    /** Catalog numbers sort as numbers when they are (2 before 10), else as text. */
    private static String catalogOrder(DecisionProcess p) {
        String n = p.details().catalogNo().orElse("");
        boolean number =
                !n.isEmpty() && n.length() <= 9 && n.chars().allMatch(c -> c >= '0' && c <= '9');
        return number ? "000000000".substring(n.length()) + n : "~" + n;
    }

    static List<Views.Link> catalogLinks(Map<Integer, List<DecisionProcess>> byYear) {
        return byYear.keySet().stream()
                .map(y -> new Views.Link(catalogTitle(y), catalogPath(y)))
                .toList();
    }

    /**
     * @param years every catalog, for the links between them (read once: each read parses every
     *     decision)
     */
    static CatalogPage catalog(
            SiteModel model, int year, List<DecisionProcess> decisions, List<Views.Link> years) {
        List<CatalogRow> rows = new ArrayList<>();
        for (DecisionProcess p : decisions) {
            List<CatalogStage> stages = new ArrayList<>();
            for (DecisionProcess.Stage s : p.stages()) {
                stages.add(
                        new CatalogStage(
                                s.kind().label(),
                                stageHref(model, p, s).orElse(""),
                                s.kind().absentLabel(p.status())));
            }
            rows.add(
                    new CatalogRow(
                            p.details().catalogNo().orElse(""),
                            p.document().title(),
                            SitePaths.document(p.document()),
                            p.details().leadUnit().orElse(""),
                            p.status().map(DecisionStatus::label).orElse(""),
                            stages));
        }
        return new CatalogPage(
                catalogTitle(year),
                "本目录列出" + year + "年度纳入目录管理的重大行政决策事项及各环节公开情况；" + "点击环节名称查看内容，未链接的环节注明“尚未进行”或“未公开”。",
                rows,
                years);
    }

    /**
     * Where a stage is published: the section of the decision's page first (it is the fullest),
     * then a linked published document, then an attachment. Never a link to something withheld or
     * missing.
     */
    static Optional<String> stageHref(SiteModel model, DecisionProcess p, DecisionProcess.Stage s) {
        if (s.section().isPresent()) {
            return Optional.of(SitePaths.document(p.document()) + "#" + s.section().get().anchor());
        }
        Optional<Document> linked = s.documentId().flatMap(model::findPublished);
        if (linked.isPresent()) {
            return Optional.of(SitePaths.document(linked.get()));
        }
        return s.attachment().map(a -> ViewFactory.attachmentHref(p.document(), a));
    }

    static DecisionPage page(
            SiteModel model, ViewFactory views, Document d, PageViews.DocPage page) {
        DecisionProcess p = DecisionProcess.of(d).orElseThrow();
        BodySections body = views.sections(d, page.bodyHtml());
        Map<String, String> sectionHtml =
                body.sections().stream()
                        .collect(
                                Collectors.toMap(
                                        BodySections.Section::title,
                                        BodySections.Section::html,
                                        (a, b) -> a));
        List<StageView> stages = new ArrayList<>();
        for (DecisionProcess.Stage s : p.stages()) {
            String html = s.section().map(h -> sectionHtml.getOrDefault(h.text(), "")).orElse("");
            Views.Link doc =
                    s.documentId()
                            .flatMap(model::findPublished)
                            .map(l -> new Views.Link(l.title(), SitePaths.document(l)))
                            .orElse(null);
            Views.File file =
                    s.attachment()
                            .map(
                                    a ->
                                            new Views.File(
                                                    a.title(),
                                                    ViewFactory.attachmentHref(d, a),
                                                    a.kind(),
                                                    ViewFactory.humanSize(a.size())))
                            .orElse(null);
            ConsultationViews.Summary consultation = null;
            if (s.kind() == DecisionStage.CONSULTATION) {
                consultation =
                        s.documentId()
                                .flatMap(model::findPublished)
                                .filter(c -> c.details() instanceof Details.Consultation)
                                .map(c -> ConsultationViews.summary(model, views, c))
                                .orElse(null);
            }
            boolean present = !html.isEmpty() || doc != null || file != null;
            stages.add(
                    new StageView(
                            s.kind().label(),
                            s.section().map(h -> h.anchor()).orElse("stage-" + s.kind().slug()),
                            html,
                            doc,
                            file,
                            present ? "" : s.kind().absentLabel(p.status()),
                            consultation));
        }
        StringBuilder other = new StringBuilder();
        for (BodySections.Section s : body.sections()) {
            if (DecisionStage.parse(s.title()).isEmpty()) {
                other.append(s.html());
            }
        }
        return new DecisionPage(
                page,
                p.status().map(DecisionStatus::label).orElse(""),
                body.introHtml(),
                stages,
                other.toString(),
                new Views.Link(catalogTitle(p.catalogYear()), catalogPath(p.catalogYear())));
    }

    static DecisionList list(SiteModel model, ViewFactory views, List<Views.Link> catalogs) {
        List<Document> docs = model.published(DocumentType.DECISION);
        List<Views.Link> years = ListPages.yearArchives(DocumentType.DECISION, docs);
        return new DecisionList(
                DocumentType.DECISION.label(),
                catalogs,
                views.items(docs.subList(0, Math.min(docs.size(), ListPages.PAGE_SIZE))),
                docs.size(),
                years);
    }
}
