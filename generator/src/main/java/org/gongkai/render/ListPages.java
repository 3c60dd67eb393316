package org.gongkai.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.NoticeKind;
import org.gongkai.content.Taxonomy;
import org.gongkai.content.Validity;
import org.gongkai.site.SiteModel;

/**
 * The list pages of a plan: each type's column by page and by year, and the pages of every term of
 * every taxonomy (主题分类, 特色主题, 发布机构, 各村公示, 有效性), each paged {@link #PAGE_SIZE} to a page.
 */
final class ListPages {

    static final int PAGE_SIZE = 20;

    private final SiteModel model;
    private final ViewFactory views;
    private final List<PageJob> jobs;

    /**
     * @param jobs the plan's pages, which this adds to
     */
    ListPages(SiteModel model, ViewFactory views, List<PageJob> jobs) {
        this.model = model;
        this.views = views;
        this.jobs = jobs;
    }

    /** 通知公告 without the 工作动态, or the 工作动态 alone: two columns of one type. */
    static List<Document> notices(SiteModel model, boolean news) {
        return model.published(DocumentType.NOTICE).stream()
                .filter(d -> ViewFactory.isNews(d) == news)
                .toList();
    }

    void columns() {
        for (DocumentType t : DocumentType.values()) {
            List<Document> docs =
                    t == DocumentType.NOTICE ? notices(model, false) : model.published(t);
            column(t, docs, t.label(), p -> SitePaths.list(t, p), y -> SitePaths.yearArchive(t, y));
        }
        column(
                DocumentType.NOTICE,
                notices(model, true),
                NoticeKind.NEWS.label(),
                SitePaths::newsList,
                SitePaths::newsYear);
    }

    /** The years of {@code docs}, newest first, each a link to its archive of {@code type}. */
    static List<Views.Link> yearArchives(DocumentType type, List<Document> docs) {
        return docs.stream()
                .map(Document::year)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .map(y -> new Views.Link(y + "年", SitePaths.yearArchive(type, y)))
                .toList();
    }

    private void column(
            DocumentType t,
            List<Document> docs,
            String label,
            IntFunction<String> pathOf,
            IntFunction<String> yearOf) {
        if (docs.isEmpty()) {
            return; // an empty column is never emitted
        }
        TreeSet<Integer> yearSet = new TreeSet<>(Comparator.reverseOrder());
        if (t.dated()) {
            docs.forEach(d -> yearSet.add(d.year()));
        }
        List<Views.Link> years =
                yearSet.stream().map(y -> new Views.Link(y + "年", yearOf.apply(y))).toList();
        paged(docs, label, years, t.key(), pathOf);
        for (int y : yearSet) {
            List<Document> ofYear = docs.stream().filter(d -> d.year() == y).toList();
            String path = yearOf.apply(y);
            String title = label + "（" + y + "年）";
            jobs.add(
                    PageJob.under(
                            path,
                            "list.vm",
                            title,
                            t.key(),
                            new PageViews.ListPage(
                                    title, "", views.items(ofYear), null, years, ofYear.size()),
                            new Views.Crumb(label, pathOf.apply(1))));
        }
    }

    private void paged(
            List<Document> docs,
            String title,
            List<Views.Link> years,
            String navKey,
            IntFunction<String> pathOf,
            Views.Crumb... crumbs) {
        int pages = Math.max(1, (docs.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        for (int p = 1; p <= pages; p++) {
            List<Document> slice =
                    docs.subList((p - 1) * PAGE_SIZE, Math.min(docs.size(), p * PAGE_SIZE));
            Views.Pager pager = pages == 1 ? null : pager(p, pages, pathOf);
            String path = pathOf.apply(p);
            String t = p == 1 ? title : title + "（第" + p + "页）";
            jobs.add(
                    PageJob.under(
                            path,
                            "list.vm",
                            t,
                            navKey,
                            new PageViews.ListPage(
                                    t, "", views.items(slice), pager, years, docs.size()),
                            crumbs));
        }
    }

    /**
     * A pager of {@code total} pages at {@code current}: the platform's policy library pages the
     * same way.
     */
    static Views.Pager pager(int current, int total, IntFunction<String> pathOf) {
        List<Views.Link> pages = new ArrayList<>();
        for (int p = 1; p <= total; p++) {
            // long lists show the first, last and nearby pages only
            if (p == 1 || p == total || Math.abs(p - current) <= 2) {
                pages.add(new Views.Link(String.valueOf(p), pathOf.apply(p)));
            }
        }
        return new Views.Pager(
                current,
                total,
                current > 1 ? pathOf.apply(current - 1) : "",
                current < total ? pathOf.apply(current + 1) : "",
                pages);
    }

    void taxonomies() {
        // published documents come newest first, so each term's list is in site order as it fills,
        // and a document listed twice under one term (两个二级主题 under one 一级) is the list's last entry
        List<Document> docs =
                model.published().stream().filter(d -> d.type() != DocumentType.PAGE).toList();
        // 主题分类: a document under 一级/二级 also belongs to 一级. Gathered by hash (the names are
        // the documents' own strings, their hashes worked out once), put in order once per term
        Map<String, List<Document>> topics = new HashMap<>();
        for (Document d : docs) {
            for (String t : d.subjects().topics()) {
                addOnce(topics, t, d);
                addOnce(topics, Taxonomy.topLevel(t), d);
            }
        }
        terms("topics", "主题分类", topics, true);
        Map<String, List<Document>> themes = new HashMap<>();
        docs.forEach(d -> d.subjects().themes().forEach(t -> addOnce(themes, t, d)));
        terms("themes", "特色主题", themes, false);
        Map<String, List<Document>> issuers = new HashMap<>();
        docs.forEach(d -> d.issuer().ifPresent(t -> addOnce(issuers, t, d)));
        terms("issuers", "发布机构", issuers, false);
        Map<String, List<Document>> villages = new HashMap<>();
        docs.forEach(
                d -> {
                    if (d.details() instanceof Details.Publicity p) {
                        p.village().ifPresent(v -> addOnce(villages, v, d));
                    }
                });
        terms("villages", "各村公示", villages, false);
        validity();
    }

    private void validity() {
        Map<Validity, List<Document>> byValidity = new LinkedHashMap<>();
        for (Validity v :
                List.of(
                        Validity.VALID,
                        Validity.AMENDED,
                        Validity.REPEALED,
                        Validity.EXPIRED,
                        Validity.PENDING)) {
            List<Document> of =
                    model.published(DocumentType.POLICY).stream()
                            .filter(d -> model.validityOf(d.id()).orElse(null) == v)
                            .toList();
            if (!of.isEmpty()) {
                byValidity.put(v, of);
            }
        }
        if (byValidity.isEmpty()) {
            return;
        }
        List<PageViews.TermGroup> groups = new ArrayList<>();
        String index = SitePaths.termIndex("validity");
        Views.Crumb up = new Views.Crumb("按有效性", index);
        byValidity.forEach(
                (v, of) -> {
                    groups.add(
                            new PageViews.TermGroup(
                                    new Views.Term(
                                            v.pageTitle(), SitePaths.validity(v, 1), of.size()),
                                    List.of()));
                    paged(
                            of,
                            "政策文件：" + v.pageTitle(),
                            List.of(),
                            "validity",
                            p -> SitePaths.validity(v, p),
                            up);
                });
        jobs.add(
                PageJob.under(
                        index,
                        "terms.vm",
                        "按有效性浏览",
                        "validity",
                        new PageViews.TermsPage("按有效性浏览", "政策文件的有效性随修改、废止和有效期自动更新。", groups)));
    }

    /**
     * Adds {@code d} to the term's list unless it was the last one added (compared by identity: a
     * record's equals would walk both documents' whole bodies).
     */
    @SuppressWarnings("ReferenceEquality") // identity is the point: see above
    private static void addOnce(Map<String, List<Document>> byTerm, String term, Document d) {
        List<Document> list = byTerm.computeIfAbsent(term, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != d) {
            list.add(d);
        }
    }

    private void terms(
            String taxonomy, String label, Map<String, List<Document>> byTerm, boolean nested) {
        if (byTerm.isEmpty()) {
            return;
        }
        String index = SitePaths.termIndex(taxonomy);
        Views.Crumb up = new Views.Crumb("按" + label, index);
        Map<String, PageViews.TermGroup> groups = new TreeMap<>();
        Map<String, List<Views.Term>> children = new TreeMap<>();
        new TreeMap<>(byTerm)
                .forEach(
                        (name, listed) -> {
                            Views.Term term =
                                    new Views.Term(
                                            name, SitePaths.term(taxonomy, name, 1), listed.size());
                            if (nested && name.contains("/")) {
                                children.computeIfAbsent(
                                                Taxonomy.topLevel(name), k -> new ArrayList<>())
                                        .add(
                                                new Views.Term(
                                                        name.substring(name.indexOf('/') + 1),
                                                        term.href(),
                                                        term.count()));
                            } else {
                                groups.put(name, null);
                            }
                            paged(
                                    listed,
                                    label + "：" + name,
                                    List.of(),
                                    taxonomy,
                                    p -> SitePaths.term(taxonomy, name, p),
                                    up);
                        });
        List<PageViews.TermGroup> list = new ArrayList<>();
        for (String name : groups.keySet()) {
            list.add(
                    new PageViews.TermGroup(
                            new Views.Term(
                                    name,
                                    SitePaths.term(taxonomy, name, 1),
                                    byTerm.get(name).size()),
                            children.getOrDefault(name, List.of())));
        }
        jobs.add(
                PageJob.under(
                        index,
                        "terms.vm",
                        "按" + label + "浏览",
                        taxonomy,
                        new PageViews.TermsPage("按" + label + "浏览", "", list)));
    }
}
