package org.gongkai.render;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.NoticeKind;
import org.gongkai.content.SiteConfig;
import org.gongkai.site.FixedPage;
import org.gongkai.site.SiteModel;

/** What every page of a column shows (name, navigation, footer) and the column's structure. */
final class SiteStructure {

    private static final Map<String, String> CONTACT_LABELS =
            Map.of(
                    "address",
                    "地址",
                    "phone",
                    "电话",
                    "email",
                    "电子邮箱",
                    "hours",
                    "办公时间",
                    "fax",
                    "传真",
                    "postcode",
                    "邮编");

    private SiteStructure() {}

    static PageViews.SiteView siteView(SiteModel model) {
        SiteConfig s = model.site();
        List<Views.Row> contact = new ArrayList<>();
        for (var e : s.contactEntries()) {
            // a phone number or address a resident can tap on a phone
            String href =
                    switch (e.getKey()) {
                        case "phone" ->
                                e.getValue().strip().matches("[0-9+][0-9 ()-]{4,}")
                                        ? "tel:" + e.getValue().replaceAll("[^0-9+]", "")
                                        : "";
                        case "email" ->
                                e.getValue().strip().matches("[^@\\s]+@[^@\\s]+")
                                        ? "mailto:" + e.getValue().strip()
                                        : "";
                        default -> "";
                    };
            contact.add(
                    new Views.Row(
                            CONTACT_LABELS.getOrDefault(e.getKey(), e.getKey()),
                            e.getValue(),
                            href));
        }
        List<Views.Link> nav = new ArrayList<>();
        nav.add(new Views.Link("首页", SitePaths.HOME));
        Optional<Document> guide = FixedPage.GUIDE.in(model);
        guide.ifPresent(g -> nav.add(new Views.Link("公开指南", SitePaths.document(g))));
        FixedPage.RULES
                .in(model)
                .ifPresent(g -> nav.add(new Views.Link("公开制度", SitePaths.document(g))));
        if (!model.published(DocumentType.POLICY).isEmpty()) {
            nav.add(new Views.Link("政策文件", SitePaths.list(DocumentType.POLICY, 1)));
        }
        if (!model.published(DocumentType.REPORT).isEmpty()) {
            nav.add(new Views.Link("年度报告", SitePaths.list(DocumentType.REPORT, 1)));
        }
        nav.add(new Views.Link("搜索", SitePaths.SEARCH));
        return new PageViews.SiteView(
                s.name(),
                s.column(),
                contact,
                nav,
                guide.map(SitePaths::document).orElse(""),
                formOrigin(s.searchEndpoint()),
                PageViews.Marks.of(
                        s.siteCode(), s.icp(), s.psb(), s.conacLink(), SitePaths.conacIcon(s)));
    }

    /**
     * The origin of an https search endpoint, which the page's CSP must allow as a form target; ""
     * for a path.
     */
    static String formOrigin(String endpoint) {
        if (!endpoint.startsWith("https://")) {
            return "";
        }
        return " https://" + URI.create(endpoint).getRawAuthority();
    }

    /**
     * The column in the national structure (国办公开办函〔2019〕61号): 指南, 制度, 法定主动公开内容 (机构职能 first, then
     * the 条例 第二十条 columns), 年度报告; then 依申请公开 on its own (it is how to ask, not what is published)
     * and 公共企事业单位信息公开, which is not the government's own 法定主动公开内容. No section is ever empty.
     */
    static List<Views.Section> sections(SiteModel model, CivicPages civic) {
        List<Views.Section> sections = new ArrayList<>();
        List<Document> placed = FixedPage.all(model);
        single(model, FixedPage.GUIDE, "政府信息公开指南", "如何获取政府信息、办公地址与联系方式").ifPresent(sections::add);
        single(model, FixedPage.RULES, "政府信息公开制度", "政府信息公开工作的规章制度").ifPresent(sections::add);
        List<Views.Link> statutory = new ArrayList<>();
        FixedPage.ORGANIZATION
                .in(model)
                .ifPresent(o -> statutory.add(new Views.Link("机构职能", SitePaths.document(o))));
        for (DocumentType t :
                List.of(
                        DocumentType.POLICY,
                        DocumentType.INTERPRETATION,
                        DocumentType.DECISION,
                        DocumentType.CONSULTATION,
                        DocumentType.NOTICE,
                        DocumentType.PUBLICITY)) {
            int n =
                    t == DocumentType.NOTICE
                            ? ListPages.notices(model, false).size()
                            : model.published(t).size();
            if (n > 0) {
                statutory.add(new Views.Link(t.label() + "（" + n + "）", SitePaths.list(t, 1)));
            }
            int news = t == DocumentType.NOTICE ? ListPages.notices(model, true).size() : 0;
            if (news > 0) {
                statutory.add(
                        new Views.Link(
                                NoticeKind.NEWS.label() + "（" + news + "）", SitePaths.newsList(1)));
            }
        }
        for (Document p : model.published(DocumentType.PAGE)) {
            if (!placed.contains(p)) {
                statutory.add(new Views.Link(p.title(), SitePaths.document(p)));
            }
        }
        Views.Section.leading("法定主动公开内容", "《政府信息公开条例》第二十条规定主动公开的内容", statutory)
                .ifPresent(sections::add);
        List<Document> reports = model.published(DocumentType.REPORT);
        if (!reports.isEmpty()) {
            sections.add(
                    new Views.Section(
                            "政府信息公开工作年度报告",
                            SitePaths.list(DocumentType.REPORT, 1),
                            "每年公布的政府信息公开工作情况",
                            reports.stream()
                                    .map(r -> new Views.Link(r.title(), SitePaths.document(r)))
                                    .toList()));
        }
        single(model, FixedPage.APPLY, "依申请公开", "如何申请获取未主动公开的政府信息").ifPresent(sections::add);
        single(model, FixedPage.ENTERPRISES, "公共企事业单位信息公开", "辖区内公共企事业单位的信息公开")
                .ifPresent(sections::add);
        sections.addAll(civic.structure());
        List<Views.Link> browse = new ArrayList<>();
        if (model.published().stream().anyMatch(d -> !d.subjects().topics().isEmpty())) {
            browse.add(new Views.Link("按主题分类", SitePaths.termIndex("topics")));
        }
        if (model.published().stream().anyMatch(d -> !d.subjects().themes().isEmpty())) {
            browse.add(new Views.Link("按特色主题", SitePaths.termIndex("themes")));
        }
        if (model.published().stream().anyMatch(d -> d.issuer().isPresent())) {
            browse.add(new Views.Link("按发布机构", SitePaths.termIndex("issuers")));
        }
        // only labelled policies have a validity page: a site of yearly work plans alone has none
        if (model.published(DocumentType.POLICY).stream()
                .anyMatch(d -> model.validityOf(d.id()).isPresent())) {
            browse.add(new Views.Link("按有效性", SitePaths.termIndex("validity")));
        }
        Views.Section.leading("分类浏览", "按主题、机构和有效性查找文件", browse).ifPresent(sections::add);
        return sections;
    }

    /** A section of one fixed page. */
    /** A section of one fixed page and a link to it, when the column has that page. */
    private static Optional<Views.Section> single(
            SiteModel model, FixedPage fixed, String heading, String description) {
        return fixed.in(model)
                .map(
                        page -> {
                            String href = SitePaths.document(page);
                            return new Views.Section(
                                    heading,
                                    href,
                                    description,
                                    List.of(new Views.Link(page.title(), href)));
                        });
    }
}
