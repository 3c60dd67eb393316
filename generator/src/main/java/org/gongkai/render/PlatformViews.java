package org.gongkai.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Taxonomy;
import org.gongkai.site.SiteModel;

/**
 * The views of a platform (集约化): the chrome a column's pages carry inside it, what the platform's
 * own pages need to know of each column once it is built, and the platform pages' views. Records of
 * strings and lists only, so they digest, compare and round-trip through a part build's JSON
 * unchanged.
 */
public final class PlatformViews {

    private PlatformViews() {}

    /**
     * The platform's header and footer on a column's pages ({@code $platform} in layout.vm). The
     * hrefs starting with "../" are relative to the column's root (templates put {@code $root} in
     * front); the portal's and the extra links are absolute http(s) URLs, checked when
     * platform.yaml was read.
     */
    public record Chrome(
            String name,
            String portal,
            String column,
            String portalHref,
            String homeHref,
            String libraryHref,
            String searchHref,
            String conacHref,
            List<Views.Link> links) {}

    /**
     * The platform's own settings as its pages print them; {@code searchSolr} the Solr collection
     * its search page asks (platform.yaml search_solr), empty for the static index.
     */
    public record Portal(
            String name,
            String portal,
            String column,
            String baseUrl,
            String siteCode,
            String icp,
            String psb,
            String portalHref,
            String conacHref,
            List<Views.Link> links,
            String searchSolr) {}

    /**
     * One published document as the platform's pages list it: the column's list item, its {@code
     * href} from the platform's root ({@code <column>/policies/2024/x/index.html}) and its {@code
     * id} the document's id in its column, which another column's link names.
     *
     * @param topics top-level 主题分类 names
     */
    public record Entry(Views.Item item, List<String> topics, boolean normative, int year) {}

    /** What the platform's pages know of a column after it was built, and all they need of it. */
    public record ColumnSummary(
            String id,
            String name,
            String kind,
            int documents,
            String lastUpdate,
            List<Entry> latest,
            List<Entry> policies) {}

    static final int LATEST = 30;

    /** A column's summary from its model: every published policy, and its latest documents. */
    public static ColumnSummary summarise(SiteModel model, String id, String name, String kind) {
        ViewFactory views = new ViewFactory(model);
        List<Entry> latest = new ArrayList<>();
        for (Document d : model.published()) {
            if (d.type() != DocumentType.PAGE && latest.size() < LATEST) {
                latest.add(entry(views, d, id));
            }
        }
        List<Entry> policies = new ArrayList<>();
        for (Document d : model.published(DocumentType.POLICY)) {
            policies.add(entry(views, d, id));
        }
        LocalDate last =
                Feeds.latest(
                        model.published().stream()
                                .filter(d -> d.type() != DocumentType.PAGE)
                                .toList());
        return new ColumnSummary(
                id,
                name,
                kind,
                model.published().size(),
                last.equals(LocalDate.MIN) ? "" : last.toString(),
                latest,
                policies);
    }

    private static Entry entry(ViewFactory views, Document d, String column) {
        Views.Item item = views.item(d);
        List<String> topics =
                d.subjects().topics().stream().map(Taxonomy::topLevel).distinct().sorted().toList();
        boolean normative = d.policy().map(Details.Policy::normative).orElse(false);
        return new Entry(item.under(column), topics, normative, d.year());
    }

    // ---- the platform pages' views ----

    /** A column on the platform home. */
    public record ColumnCard(String name, String href, int documents, String lastUpdate) {}

    /** The columns of one kind (县政府, 部门, 乡镇/街道). */
    public record KindGroup(String heading, String anchor, List<ColumnCard> columns) {}

    public record HomePage(
            List<KindGroup> groups,
            List<Views.Item> latest,
            int columns,
            int documents,
            int policies,
            String libraryHref) {}

    /** One filter of the policy library (发布机构, 有效性 …): plain links, one page per value. */
    public record Facet(String label, List<Views.Term> values) {}

    /**
     * @param openFacet the label of the filter this page applies (shown unfolded), or ""
     */
    public record LibraryPage(
            String title,
            String intro,
            String filter,
            String openFacet,
            List<Facet> facets,
            List<Views.Item> items,
            Views.Pager pager,
            int total,
            String allHref) {}
}
