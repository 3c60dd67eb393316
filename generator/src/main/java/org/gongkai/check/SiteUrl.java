package org.gongkai.check;

import java.util.List;
import org.gongkai.content.ConfiguredUrl;
import org.gongkai.content.Finding;
import org.gongkai.content.SiteConfig;

/**
 * site.yaml's {@code base_url} goes into every feed entry, the sitemap, robots.txt and the 404
 * page's links, and conac's link into every page's footer: both are held to {@link ConfiguredUrl}'s
 * rule, the one the platform's addresses and search_endpoint follow too.
 */
public final class SiteUrl extends SiteConfigRule {

    static final String EXAMPLE = "请写本栏目首页的完整地址，例如 https://www.anle.gov.cn/xxgk/";

    public SiteUrl() {
        super(
                "site-url",
                "site.yaml 的 base_url 和 conac 的 link 必须是完整的 http(s) 网址：无空格、控制字符、用户名密码，路径不以 // 开头");
    }

    @Override
    void check(SiteConfig site, List<Finding> out) {
        if (!site.baseUrl().isEmpty()) {
            ConfiguredUrl.problem(site.baseUrl(), ConfiguredUrl.Use.BASE)
                    .ifPresent(
                            p ->
                                    out.add(
                                            error(
                                                    site.at("base_url"),
                                                    "base_url“"
                                                            + ConfiguredUrl.shown(site.baseUrl())
                                                            + "”"
                                                            + p
                                                            + "；"
                                                            + EXAMPLE)));
        }
        // the 党政机关网站标识's verification link is the other address site.yaml puts into every page (the
        // footer's href): the same rule, so javascript: or //host never reaches it
        if (!site.conacLink().isBlank()) {
            // its query (?method=show&id=…) is what names the site: a link, which may carry one
            ConfiguredUrl.problem(site.conacLink().strip(), ConfiguredUrl.Use.LINK)
                    .ifPresent(
                            p ->
                                    out.add(
                                            error(
                                                    site.at("conac"),
                                                    "conac 的 link“"
                                                            + ConfiguredUrl.shown(site.conacLink())
                                                            + "”"
                                                            + p
                                                            + "；请写党政机关网站标识的查验地址，"
                                                            + "形如 https://bszs.conac.cn/sitename?method=show&id=…")));
        }
    }
}
