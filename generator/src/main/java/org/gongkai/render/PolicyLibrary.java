package org.gongkai.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.gongkai.content.Validity;

/**
 * The platform's unified 政策文件库: every published policy of every column, newest first, and one list
 * of pages per filter value (发布机构, 有效性, 主题, 年份, 规范性文件) so the filters work without script. Built
 * from the columns' summaries only, like every platform page.
 */
final class PolicyLibrary {

    private PolicyLibrary() {}

    /** A library entry as lists print it: the 发布机构 where a column list prints the type. */
    static Views.Item item(PlatformViews.Entry e, PlatformViews.ColumnSummary c) {
        Views.Item i = e.item();
        return new Views.Item(
                i.href(),
                i.title(),
                i.href(),
                i.date(),
                c.name(),
                i.docNumber(),
                i.validity(),
                i.validitySlug(),
                i.summary(),
                "",
                "");
    }

    private record Policy(
            PlatformViews.Entry entry, PlatformViews.ColumnSummary column, Views.Item item) {}

    static void pages(List<PlatformViews.ColumnSummary> columns, List<PageJob> jobs) {
        List<Policy> all = new ArrayList<>();
        for (PlatformViews.ColumnSummary c : columns) {
            for (PlatformViews.Entry e : c.policies()) {
                all.add(new Policy(e, c, item(e, c)));
            }
        }
        all.sort(
                Comparator.comparing((Policy p) -> p.item().date(), Comparator.reverseOrder())
                        .thenComparing(p -> p.item().href()));
        // every filter value's policies in one pass over the library, in its order: testing each
        // value against every policy cost columns × policies (100 columns: 3.4 million tests)
        Map<String, List<Policy>> byColumn = new LinkedHashMap<>();
        Map<String, List<Policy>> byValidity = new LinkedHashMap<>();
        Map<String, List<Policy>> byTopic = new TreeMap<>();
        Map<String, Integer> topicCounts = new TreeMap<>();
        Map<Integer, List<Policy>> byYear = new TreeMap<>(Comparator.reverseOrder());
        List<Policy> normative = new ArrayList<>();
        for (Policy p : all) {
            byColumn.computeIfAbsent(p.column().id(), k -> new ArrayList<>()).add(p);
            byValidity.computeIfAbsent(p.item().validitySlug(), k -> new ArrayList<>()).add(p);
            for (String t : new LinkedHashSet<>(p.entry().topics())) {
                byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
            }
            // the count a topic shows is of its mentions, as before (a topic listed twice counts
            // twice)
            p.entry().topics().forEach(t -> topicCounts.merge(t, 1, Integer::sum));
            byYear.computeIfAbsent(p.entry().year(), k -> new ArrayList<>()).add(p);
            if (p.entry().normative()) {
                normative.add(p);
            }
        }
        // the filters: every value with its count, each its own list of pages (plain links, no
        // script needed)
        Map<String, Filter> filters = new LinkedHashMap<>();
        List<PlatformViews.Facet> facets = new ArrayList<>();
        List<Views.Term> organs = new ArrayList<>();
        for (PlatformViews.ColumnSummary c : columns) {
            held(organs, filters, "jg/" + c.id(), c.name(), "发布机构：", byColumn.get(c.id()));
        }
        facets.add(new PlatformViews.Facet("发布机构", organs));
        List<Views.Term> validity = new ArrayList<>();
        for (Validity v : Validity.values()) {
            held(
                    validity,
                    filters,
                    "yxx/" + v.slug(),
                    v.pageTitle(),
                    "有效性：",
                    byValidity.get(v.slug()));
        }
        facets.add(new PlatformViews.Facet("有效性", validity));
        List<Views.Term> topics = new ArrayList<>();
        topicCounts.forEach(
                (t, n) ->
                        topics.add(
                                value(
                                        filters,
                                        "zcwjk/zt/" + SitePaths.segment(t) + "/",
                                        t,
                                        "主题：",
                                        byTopic.get(t),
                                        n)));
        facets.add(new PlatformViews.Facet("主题", topics));
        List<Views.Term> years = new ArrayList<>();
        // a policy without a year (0) is listed, but has no year to filter by
        byYear.forEach(
                (y, kept) -> held(years, filters, "nf/" + y, y + "年", "年份：", y > 0 ? kept : null));
        facets.add(new PlatformViews.Facet("年份", years));
        if (!normative.isEmpty()) {
            Views.Term term =
                    value(filters, "zcwjk/gfxwj/", "行政规范性文件", "", normative, normative.size());
            facets.add(new PlatformViews.Facet("文件类别", List.of(term)));
        }
        filtered(jobs, "zcwjk/", "", all, facets);
        filters.forEach((base, f) -> filtered(jobs, base, f.title(), f.policies(), facets));
    }

    /** A filter value's own list of pages: the policies it keeps, and its title. */
    private record Filter(String title, List<Policy> policies) {}

    /**
     * One value of a filter: its list of pages at {@code base} (titled {@code facet} and the
     * value), and the term that links to it with its count.
     */
    /**
     * Adds the value to {@code terms} when some policy holds it ({@code kept} null or empty: none).
     */
    private static void held(
            List<Views.Term> terms,
            Map<String, Filter> filters,
            String segment,
            String text,
            String facet,
            List<Policy> kept) {
        if (kept != null && !kept.isEmpty()) {
            terms.add(value(filters, "zcwjk/" + segment + "/", text, facet, kept, kept.size()));
        }
    }

    private static Views.Term value(
            Map<String, Filter> filters,
            String base,
            String text,
            String facet,
            List<Policy> policies,
            long count) {
        filters.put(base, new Filter(facet + text, policies));
        return new Views.Term(text, base + "index.html", (int) count);
    }

    private static void filtered(
            List<PageJob> jobs,
            String base,
            String filter,
            List<Policy> policies,
            List<PlatformViews.Facet> facets) {
        int pages = Math.max(1, (policies.size() + ListPages.PAGE_SIZE - 1) / ListPages.PAGE_SIZE);
        IntFunction<String> pathOf =
                p -> p <= 1 ? base + "index.html" : base + "page/" + p + "/index.html";
        Views.Crumb library = new Views.Crumb("政策文件库", PlatformPages.LIBRARY);
        // the facet whose value this list is opens on every one of its pages
        String open =
                filter.isEmpty()
                        ? ""
                        : facets.stream()
                                .filter(
                                        f ->
                                                f.values().stream()
                                                        .anyMatch(
                                                                t ->
                                                                        t.href()
                                                                                .equals(
                                                                                        base
                                                                                                + "index.html")))
                                .map(PlatformViews.Facet::label)
                                .findFirst()
                                .orElse("");
        for (int p = 1; p <= pages; p++) {
            List<Views.Item> slice =
                    policies
                            .subList(
                                    (p - 1) * ListPages.PAGE_SIZE,
                                    Math.min(policies.size(), p * ListPages.PAGE_SIZE))
                            .stream()
                            .map(Policy::item)
                            .toList();
            Views.Pager pager = pages == 1 ? null : ListPages.pager(p, pages, pathOf);
            String title = filter.isEmpty() ? "政策文件库" : "政策文件库 · " + filter;
            PageViews.PageMeta meta =
                    filter.isEmpty() && p == 1
                            ? PlatformPages.meta("政策文件库", pathOf.apply(p))
                            : PlatformPages.meta(title, pathOf.apply(p), library);
            jobs.add(
                    new PageJob(
                            pathOf.apply(p),
                            "platform-library.vm",
                            meta,
                            new PlatformViews.LibraryPage(
                                    title,
                                    "平台上各单位发布的全部政策文件，每条链接到发布单位栏目中的原文。",
                                    filter,
                                    open,
                                    facets,
                                    slice,
                                    pager,
                                    policies.size(),
                                    PlatformPages.LIBRARY)));
        }
    }
}
