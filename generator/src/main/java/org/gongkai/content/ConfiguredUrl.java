package org.gongkai.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for an address an editor writes into site.yaml or platform.yaml (base_url, the
 * 党政机关网站标识's verification link, search_endpoint, the platform's portal_url and links). Each goes
 * into every page, feed, sitemap or search form, so anything but a plain absolute http(s) address
 * turns those into attacks or dead ends: {@code javascript:} links in every feed reader, {@code
 * https://x//evil.example/} making a page load {@code //evil.example/assets/…} from another host, a
 * quote or {@code <} breaking out of an attribute.
 *
 * <p>The rule: no space, control character, backslash, quote or angle bracket; a scheme of https or
 * http; a host; no user name or password; a port up to 65535; a path that does not start with
 * {@code //}. What each use adds is in {@link Use}. Body links in Markdown are another matter
 * ({@link SafeUrls}).
 */
public final class ConfiguredUrl {

    /** Where the address is used, which decides what it may carry beyond the rule. */
    public enum Use {
        /**
         * The address every path of a site is appended to (base_url): no {@code ?} or {@code #}
         * part.
         */
        BASE,
        /**
         * A link on every page (conac's link, the platform's portal_url and links): may carry a
         * query.
         */
        LINK,
        /**
         * Where the search form sends a resident's query (search_endpoint): a path on the site's
         * own host ({@code /xxgk/search}), or an https address, never http (the query would travel
         * in the clear).
         */
        ENDPOINT
    }

    private ConfiguredUrl() {}

    /** What is wrong with {@code url} for {@code use}, said to an editor; empty when nothing is. */
    public static Optional<String> problem(String url, Use use) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT
                    || c == '\u2028'
                    || c == '\u2029') {
                return Optional.of("第 " + (i + 1) + " 个字符是看不见的控制字符（多由复制粘贴带入），请删去后重新输入");
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return Optional.of("第 " + (i + 1) + " 个字符是空格，网址中不能有空格");
            }
            if (c == '\\') {
                return Optional.of("含有反斜杠“\\”，网址中应写正斜杠“/”");
            }
            if ("\"'<>`".indexOf(c) >= 0) {
                return Optional.of("第 " + (i + 1) + " 个字符“" + c + "”不能出现在网址中");
            }
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            int at = e.getIndex();
            return Optional.of(
                    at >= 0 && at < url.length()
                            ? "第 " + (at + 1) + " 个字符“" + url.charAt(at) + "”不能出现在网址中"
                            : "不是有效的网址");
        }
        if (use == Use.ENDPOINT
                && uri.getScheme() == null
                && url.startsWith("/")
                && !url.startsWith("//")) {
            return Optional.empty(); // a path on the site's own host
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (use == Use.ENDPOINT && scheme.equals("http")) {
            return Optional.of("以 http:// 开头，居民的搜索词会明文传输；请写 https:// 地址或本站的路径");
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of(
                    uri.getScheme() == null
                            ? "不是完整的网址（应以 https:// 开头）"
                            : "以“" + uri.getScheme() + ":”开头，只能是 https:// 或 http:// 网址");
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null) {
            return Optional.of("缺少网站域名（" + scheme + ":// 之后应是域名）");
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority().contains("@")) {
            return Optional.of("含有用户名或密码（“@”之前的部分），公开的网址中不能写；请只写域名和路径");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of(
                    "的域名“" + uri.getRawAuthority() + "”无效（只能有字母、数字、- 和 .；中文域名请写成 xn-- 开头的形式）");
        }
        if (uri.getPort() > 65535) {
            return Optional.of("的端口号 " + uri.getPort() + " 无效（最大 65535）；一般不写端口");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.startsWith("//")) {
            return Optional.of("的路径以 // 开头，浏览器会把其后的部分当作另一个网站的域名");
        }
        if (use == Use.BASE && (uri.getRawQuery() != null || uri.getRawFragment() != null)) {
            return Optional.of("带有“?”或“#”之后的部分，栏目地址不能带参数");
        }
        return Optional.empty();
    }

    /**
     * A path on the site's own host, with nothing that could break out of an attribute or a URL:
     * where a page may send a resident's query through the host's reverse proxy (search_solr) under
     * connect-src 'self'.
     */
    public static boolean isLocalPath(String v) {
        return v.matches("/[A-Za-z0-9._~/-]*") && !v.startsWith("//") && !v.contains("..");
    }

    /**
     * Why {@code search_solr} (of a site.yaml or a platform.yaml) cannot be used, or empty: it must
     * be a path on this host, which a page may ask under connect-src 'self'.
     */
    public static Optional<String> solrPathRefusal(String v) {
        if (v.isEmpty() || isLocalPath(v)) {
            return Optional.empty();
        }
        return Optional.of(
                "search_solr“"
                        + shown(v)
                        + "”应是本站经反向代理转发的路径（以 / 开头，如 "
                        + "/solr/zcwjk/select）；不写则只用静态搜索");
    }

    /** The value as a message shows it: control characters made visible, at most 80 characters. */
    public static String shown(String url) {
        StringBuilder sb = new StringBuilder();
        url.codePoints()
                .limit(80)
                .forEach(
                        c -> {
                            if (Character.isISOControl(c)
                                    || Character.getType(c) == Character.FORMAT) {
                                sb.append(String.format("\\u%04X", c));
                            } else {
                                sb.appendCodePoint(c);
                            }
                        });
        return url.codePointCount(0, url.length()) > 80 ? sb + "…" : sb.toString();
    }
}
