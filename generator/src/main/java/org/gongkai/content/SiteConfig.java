package org.gongkai.content;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * site.yaml: who publishes the column and the identifiers its footer must carry.
 *
 * @param workingDays the calendar of time limits: site.yaml {@code holidays:} and {@code workdays:}
 * @param searchSolr the public {@code /select} of a Solr collection holding the site's documents
 *     (site.yaml or platform.yaml {@code search_solr}, a path through the host's reverse proxy or
 *     an https URL): the search page asks it, and the build writes the manifest {@code
 *     publish-search} pushes; empty for the static search alone
 * @param searchColumn the column this site is within a platform (its id), which its search page
 *     filters the platform's collection by; empty for a site of its own
 * @param applyOffice where 政府信息公开申请 go (site.yaml {@code apply:}, each entry defaulting to {@code
 *     contact:}), printed on the application forms and the 依申请公开 page
 * @param searchEndpoint where a host that runs Java answers the search form ({@code
 *     SearchService}): a path on the site's own host or an https URL; empty when the host is
 *     static, and the form then stays on the search page (and the 目录 serves readers without
 *     JavaScript)
 */
public record SiteConfig(
        String name,
        String column,
        String orgCode,
        String baseUrl,
        String siteCode,
        String icp,
        String psb,
        Map<String, String> contact,
        String theme,
        WorkingDays workingDays,
        String searchEndpoint,
        KeyPositions keys,
        IndexScheme indexScheme,
        Map<String, Integer> publicityDays,
        int publicityNamesOfflineAfter,
        Map<String, String> wording,
        String conacLink,
        String conacIcon,
        String searchSolr,
        String searchColumn,
        ApplyOffice applyOffice) {

    public SiteConfig {
        contact = Map.copyOf(contact);
        publicityDays = orderedCopy(publicityDays);
        wording = orderedCopy(wording);
    }

    /** An unmodifiable copy that keeps site.yaml's order: checks report in the order written. */
    private static <V> Map<String, V> orderedCopy(Map<String, V> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /**
     * The minimum 公示 periods when site.yaml sets none: 低保 and 特困 results are published for 7 days.
     */
    public static final Map<String, Integer> DEFAULT_PUBLICITY_DAYS =
            Map.of("低保", 7, "最低生活保障", 7, "特困", 7);

    /**
     * Days after a 公示's period_end before its names leave the site (site.yaml {@code publicity:
     * names_offline_after}). No national rule sets it (disclosure-standards.md §10 finds none);
     * 个人信息保护法 art. 19 asks for the shortest time the purpose needs, and the purpose of a 公示 is
     * objections, which are raised in the period and settled within about a month after it.
     */
    public static final int DEFAULT_NAMES_OFFLINE_AFTER = 30;

    /**
     * The same column served inside a platform (集约化): the platform's address, 网站标识码, 备案号, theme and
     * Solr search ({@code searchColumn}: the column's id, which its search page filters the
     * collection to); everything else the column's own (its 索引号 scheme, calendar, 公示 periods,
     * wording, search endpoint).
     */
    public SiteConfig inPlatform(
            String baseUrl,
            String siteCode,
            String icp,
            String psb,
            String theme,
            String searchSolr,
            String searchColumn) {
        return new SiteConfig(
                name,
                column,
                orgCode,
                baseUrl,
                siteCode,
                icp,
                psb,
                contact,
                theme,
                workingDays,
                searchEndpoint,
                keys,
                indexScheme,
                publicityDays,
                publicityNamesOfflineAfter,
                wording,
                conacLink,
                conacIcon,
                searchSolr,
                searchColumn,
                applyOffice);
    }

    /**
     * The settings of a column without a readable site.yaml (the loader reports it): each one its
     * default.
     */
    static SiteConfig defaults() {
        return new SiteConfig(
                "",
                "政府信息公开",
                "",
                "",
                "",
                "",
                "",
                Map.of(),
                "default",
                new WorkingDays(Set.of()),
                "",
                KeyPositions.NONE,
                IndexScheme.standard(""),
                new TreeMap<>(DEFAULT_PUBLICITY_DAYS),
                DEFAULT_NAMES_OFFLINE_AFTER,
                Map.of(),
                "",
                "",
                "",
                "",
                ApplyOffice.of(Map.of(), Map.of(), ""));
    }

    public static final String FILE = "site.yaml";

    public SourceRef at(String key) {
        return keys.at(key, SourceRef.file(FILE));
    }

    /** Contact entries in a fixed, readable order. */
    public List<Map.Entry<String, String>> contactEntries() {
        List<String> order = List.of("address", "phone", "email", "hours", "fax", "postcode");
        return contact.entrySet().stream()
                .sorted(
                        Comparator.comparingInt(
                                        (Map.Entry<String, String> e) -> {
                                            int i = order.indexOf(e.getKey());
                                            return i < 0 ? order.size() : i;
                                        })
                                .thenComparing(Map.Entry::getKey))
                .toList();
    }
}
