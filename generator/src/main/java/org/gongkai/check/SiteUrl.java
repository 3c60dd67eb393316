package org.gongkai.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.content.Finding;
import org.gongkai.content.SiteConfig;
import org.gongkai.site.SiteModel;

/**
 * site.yaml's {@code base_url} goes into every feed entry, the sitemap, robots.txt and the 404 page's links.
 * Anything but a plain absolute http(s) address turns those into attacks or dead ends: {@code javascript:}
 * links in every feed reader, {@code https://x//evil.example/} making 404.html load
 * {@code //evil.example/assets/…} from another host, a space stopping the build with a Java message.
 */
public final class SiteUrl implements Rule {

    static final String EXAMPLE = "请写本栏目首页的完整地址，例如 https://www.anle.gov.cn/xxgk/";

    @Override
    public String id() {
        return "site-url";
    }

    @Override
    public String description() {
        return "site.yaml 的 base_url 和 conac 的 link 必须是完整的 http(s) 网址：无空格、控制字符、用户名密码，路径不以 // 开头";
    }

    @Override
    public List<Finding> check(SiteModel model) {
        List<Finding> out = new ArrayList<>();
        SiteConfig site = model.site();
        if (!site.baseUrl().isEmpty()) {
            problem(site.baseUrl()).ifPresent(p -> out.add(Finding.error(id(), site.at("base_url"),
                    "base_url“" + shown(site.baseUrl()) + "”" + p + "；" + EXAMPLE)));
        }
        // the 党政机关网站标识's verification link is the other address site.yaml puts into every page (the
        // footer's href): the same rule, so javascript: or //host never reaches it
        if (!site.conacLink().isBlank()) {
            String link = site.conacLink().strip();
            // its query (?method=show&id=…) is what names the site; the rest is held to base_url's rule
            int query = link.indexOf('?');
            problem(query < 0 ? link : link.substring(0, query)).ifPresent(p -> out.add(Finding.error(id(), site.at("conac"),
                    "conac 的 link“" + shown(site.conacLink()) + "”" + p + "；请写党政机关网站标识的查验地址，"
                    + "形如 https://bszs.conac.cn/sitename?method=show&id=…")));
        }
        return out;
    }

    /** What is wrong with {@code url} as the site's address, for an editor; empty when nothing is. */
    static Optional<String> problem(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || c == '\u2028' || c == '\u2029') {
                return Optional.of("第 " + (i + 1) + " 个字符是看不见的控制字符（多由复制粘贴带入），请删去后重新输入");
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return Optional.of("第 " + (i + 1) + " 个字符是空格，网址中不能有空格");
            }
            if (c == '\\') {
                return Optional.of("含有反斜杠“\\”，网址中应写正斜杠“/”");
            }
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            int at = e.getIndex();
            return Optional.of(at >= 0 && at < url.length()
                    ? "第 " + (at + 1) + " 个字符“" + url.charAt(at) + "”不能出现在网址中"
                    : "不是有效的网址");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of(uri.getScheme() == null ? "不是完整的网址（应以 https:// 开头）"
                    : "以“" + uri.getScheme() + ":”开头，只能是 https:// 或 http:// 网址");
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null) {
            return Optional.of("缺少网站域名（" + scheme + ":// 之后应是域名）");
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority().contains("@")) {
            return Optional.of("含有用户名或密码（“@”之前的部分），公开的网址中不能写；请只写域名和路径");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("的域名“" + uri.getRawAuthority() + "”无效（只能有字母、数字、- 和 .；中文域名请写成 xn-- 开头的形式）");
        }
        if (uri.getPort() > 65535) {
            return Optional.of("的端口号 " + uri.getPort() + " 无效（最大 65535）；一般不写端口");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.startsWith("//")) {
            return Optional.of("的路径以 // 开头，浏览器会把其后的部分当作另一个网站的域名");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("带有“?”或“#”之后的部分，栏目地址不能带参数");
        }
        return Optional.empty();
    }

    /** The value as the message shows it: control characters made visible. */
    private static String shown(String url) {
        StringBuilder sb = new StringBuilder();
        url.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                sb.append(String.format("\\u%04X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return url.codePointCount(0, url.length()) > 80 ? sb + "…" : sb.toString();
    }
}
