package org.gongkai.render;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.NoticeKind;
import org.gongkai.content.SiteConfig;

/**
 * The metadata government websites carry in every page's head (政府网站网页元数据: SiteName, SiteDomain,
 * SiteIDCode, ColumnName, ColumnType, ColumnDescription, ColumnKeywords; on documents also
 * ArticleTitle, PubDate, ContentSource, Keywords, Description), read by the national 政府网站
 * monitoring and 集约化 platforms.
 */
final class PageMetadata {

    private PageMetadata() {}

    /** A column: its name, type (信息公开, 政务动态, 互动交流) and one line about it. */
    record Column(String name, String type, String description) {}

    private static final Map<String, Column> BY_NAV =
            Map.ofEntries(
                    Map.entry("policy", new Column("政策文件", "信息公开", "本机关制发的政策文件和行政规范性文件，标注有效性")),
                    Map.entry("interpretation", new Column("政策解读", "信息公开", "政策文件的解读材料，与文件同步发布")),
                    Map.entry("decision", new Column("重大行政决策", "信息公开", "重大行政决策事项目录及其各环节公开情况")),
                    Map.entry("consultation", new Column("意见征集", "互动交流", "公开征求意见的草案、征集渠道和反馈情况")),
                    Map.entry("notice", new Column("通知公告", "信息公开", "本机关发布的通知公告")),
                    Map.entry("publicity", new Column("公示", "信息公开", "以村为单位公开的补贴、低保等公示信息")),
                    Map.entry("villages", new Column("各村公示", "信息公开", "以村为单位公开的补贴、低保等公示信息")),
                    Map.entry("page", new Column("政府信息公开", "信息公开", "政府信息公开指南、制度、机构职能等")),
                    Map.entry("report", new Column("政府信息公开工作年度报告", "信息公开", "每年公布的政府信息公开工作情况")),
                    Map.entry("topics", new Column("主题分类", "信息公开", "按国务院公文主题分类浏览")),
                    Map.entry("themes", new Column("特色主题", "信息公开", "按特色主题浏览")),
                    Map.entry("issuers", new Column("发布机构", "信息公开", "按发布机构浏览")),
                    Map.entry("validity", new Column("按有效性浏览", "信息公开", "按有效性浏览政策文件")),
                    Map.entry("sitemap", new Column("网站地图", "其他", "本专栏的栏目结构")),
                    Map.entry("search", new Column("搜索", "其他", "在本专栏中检索政府信息")));

    private static final Column NEWS = new Column(NoticeKind.NEWS.label(), "政务动态", "本机关的工作动态");

    static Column column(SiteConfig site, PageViews.PageMeta meta, Document doc) {
        if (meta.path().startsWith(SitePaths.NEWS + "/")
                || (doc != null && ViewFactory.isNews(doc))) {
            return NEWS;
        }
        if (meta.navKey().equals("home")) {
            return new Column(site.column(), "信息公开", site.name() + "依法主动公开的政府信息");
        }
        Column c = BY_NAV.get(meta.navKey());
        return c != null ? c : new Column(meta.title(), "其他", meta.title());
    }

    /**
     * The tags of one page in column {@code c} ({@link #column}); {@code doc} is the document the
     * page shows, or null.
     */
    static List<Views.Row> of(SiteConfig site, Column c, Document doc) {
        List<Views.Row> out = new ArrayList<>();
        out.add(tag("SiteName", site.name() + site.column()));
        out.add(tag("SiteDomain", domain(site.baseUrl())));
        out.add(tag("SiteIDCode", site.siteCode()));
        out.add(tag("ColumnName", c.name()));
        out.add(tag("ColumnType", c.type()));
        out.add(tag("ColumnDescription", c.description()));
        out.add(
                tag(
                        "ColumnKeywords",
                        String.join(
                                ",",
                                new LinkedHashSet<>(
                                        List.of(c.name(), site.column(), site.name())))));
        if (doc != null) {
            out.add(tag("ArticleTitle", doc.title()));
            out.add(tag("PubDate", doc.published().map(LocalDate::toString).orElse("")));
            out.add(tag("ContentSource", doc.issuer().orElse(site.name())));
            List<String> words =
                    !doc.subjects().keywords().isEmpty()
                            ? doc.subjects().keywords()
                            : doc.subjects().topics().stream()
                                    .map(t -> t.contains("/") ? t.substring(t.indexOf('/') + 1) : t)
                                    .toList();
            out.add(tag("Keywords", String.join(",", words)));
            out.add(
                    tag(
                            "Description",
                            doc.type() == DocumentType.PAGE && doc.summary().isEmpty()
                                    ? doc.title()
                                    : doc.summaryText()));
        }
        return out;
    }

    /** The last base_url and its host: every page of a build asks for the same one. */
    private record Domain(String baseUrl, String host) {}

    private static volatile Domain lastDomain = new Domain("", "");

    static String domain(String baseUrl) {
        Domain last = lastDomain;
        if (!last.baseUrl().equals(baseUrl)) {
            last = new Domain(baseUrl, host(baseUrl));
            lastDomain = last;
        }
        return last.host();
    }

    private static String host(String baseUrl) {
        try {
            String host = URI.create(baseUrl.strip()).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static Views.Row tag(String name, String content) {
        return new Views.Row(name, content, "");
    }
}
