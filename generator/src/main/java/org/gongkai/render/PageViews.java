package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.ApplyOffice;

/** The page-level view records, one per kind of page. */
public final class PageViews {

    private PageViews() {}

    /**
     * What every page shows: who publishes, the navigation, the footer's contact rows and marks.
     *
     * @param formOrigin the search endpoint's origin when it is another host (site.yaml
     *     search_endpoint), for the page's Content-Security-Policy form-action; else empty
     */
    public record SiteView(
            String name,
            String column,
            List<Views.Row> contact,
            List<Views.Link> nav,
            String guideHref,
            String formOrigin,
            Marks marks) {}

    /**
     * The identifiers a government site's footer carries (政府网站发展指引), each empty when site.yaml
     * gives none: 网站标识码, the ICP 备案 number, the 公安机关备案 number and its record's page at
     * beian.gov.cn, the 党政机关网站标识's verification page and the site path of its icon.
     */
    public record Marks(
            String siteCode,
            String icp,
            String psb,
            String psbHref,
            String conacLink,
            String conacIcon) {

        /** The marks, the 公安备案 record's page found from its number's digits. */
        static Marks of(
                String siteCode, String icp, String psb, String conacLink, String conacIcon) {
            return new Marks(siteCode, icp, psb, psbHref(psb), conacLink, conacIcon);
        }

        /** 公安机关备案: the record's page at beian.gov.cn, by the number's digits. */
        static String psbHref(String psb) {
            String code = psb.replaceAll("\\D", "");
            return code.isEmpty()
                    ? ""
                    : "http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=" + code;
        }
    }

    /**
     * Title, breadcrumbs and where the page sits; {@code tags}, the government-website metadata of
     * the page's head ({@link PageMetadata}).
     */
    public record PageMeta(
            String title,
            String description,
            String path,
            List<Views.Crumb> crumbs,
            String navKey,
            List<Views.Row> tags) {
        public PageMeta(
                String title,
                String description,
                String path,
                List<Views.Crumb> crumbs,
                String navKey) {
            this(title, description, path, crumbs, navKey, List.of());
        }

        PageMeta withTags(List<Views.Row> newTags) {
            return new PageMeta(title, description, path, crumbs, navKey, newTags);
        }

        /**
         * The same page with a {@code <meta name="description">}: what a search engine shows under
         * its title.
         */
        PageMeta described(String text) {
            return new PageMeta(title, text, path, crumbs, navKey, tags);
        }

        /** A page under the home page: its crumbs start at 首页 and go on with {@code crumbs}. */
        static PageMeta under(String title, String path, String navKey, Views.Crumb... crumbs) {
            List<Views.Crumb> list = new ArrayList<>();
            list.add(new Views.Crumb("首页", SitePaths.HOME));
            list.addAll(List.of(crumbs));
            return new PageMeta(title, "", path, list, navKey);
        }
    }

    public record Home(
            List<Views.Section> structure,
            List<Views.Item> latest,
            List<Views.Item> validNormative,
            List<Views.Item> openConsultations) {}

    public record DocPage(
            Views.Item doc,
            String typeKey,
            List<Views.Row> meta,
            String bodyHtml,
            List<Views.File> files,
            List<Views.Relation> relations,
            TableView table,
            ApplyView apply) {}

    /**
     * The 依申请公开 page's application forms and the routes an application takes.
     *
     * @param mailto a {@code mailto:} link with the subject filled in; empty when site.yaml gives
     *     no e-mail address
     * @param routes in person, by post, by e-mail, as the forms' notes word them
     */
    public record ApplyView(
            List<Views.File> forms, ApplyOffice office, String mailto, List<String> routes) {}

    /**
     * An accessible data table: caption, header cells, rows, and a totals row for numeric columns.
     */
    public record TableView(
            String caption,
            List<String> header,
            List<List<String>> rows,
            List<String> totals,
            String csvHref) {
        public boolean hasTotals() {
            return !totals.isEmpty();
        }
    }

    public record ListPage(
            String title,
            String intro,
            List<Views.Item> items,
            Views.Pager pager,
            List<Views.Link> years,
            int total) {}

    public record TermGroup(Views.Term term, List<Views.Term> children) {}

    public record TermsPage(String title, String intro, List<TermGroup> groups) {}

    /**
     * The search page: the form posts to {@code action} (site.yaml search_endpoint) when a host
     * answers searches, else stays on the page for search.js; without JavaScript the page points to
     * the 目录. With {@code solr} (site.yaml or platform.yaml search_solr) search.js asks that
     * collection, filtered to {@code column} when the site is a platform's column. With {@code
     * platform}, the platform's search over all its columns, with a column filter; sections are its
     * columns.
     */
    public record SearchPage(
            List<Views.Section> sections,
            String action,
            String catalogHref,
            boolean platform,
            String solr,
            String column) {}

    public record SitemapPage(List<Views.Section> sections) {}
}
