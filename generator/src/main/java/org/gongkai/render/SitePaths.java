package org.gongkai.render;

import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.site.Validity;

/**
 * Where every page lives in site/. Paths are relative to the site root and end in index.html, so links
 * work under any base path and when the site is opened from disk.
 */
public final class SitePaths {

    private SitePaths() {
    }

    public static final String HOME = "index.html";
    public static final String SEARCH = "search/index.html";
    public static final String SITEMAP_PAGE = "sitemap/index.html";
    public static final String FEED = "feed.xml";
    public static final String NOT_FOUND = "404.html";

    public static String document(Document d) {
        if (d.type().dated()) {
            return d.type().folder() + "/" + d.year() + "/" + d.id() + "/index.html";
        }
        return d.type().folder() + "/" + d.id() + "/index.html";
    }

    /** The folder a document's page and its attachments are written to. */
    public static String documentFolder(Document d) {
        String p = document(d);
        return p.substring(0, p.length() - "index.html".length());
    }

    public static String list(DocumentType type, int page) {
        return page <= 1 ? type.folder() + "/index.html" : type.folder() + "/page/" + page + "/index.html";
    }

    /** 工作动态, the notices of that kind: a column of their own beside 通知公告. */
    public static final String NEWS = "news";

    public static String newsList(int page) {
        return page <= 1 ? NEWS + "/index.html" : NEWS + "/page/" + page + "/index.html";
    }

    public static String newsYear(int year) {
        return NEWS + "/" + year + "/index.html";
    }

    public static String yearArchive(DocumentType type, int year) {
        return type.folder() + "/" + year + "/index.html";
    }

    public static String term(String taxonomy, String name, int page) {
        String base = taxonomy + "/" + segment(name);
        return page <= 1 ? base + "/index.html" : base + "/page/" + page + "/index.html";
    }

    public static String termIndex(String taxonomy) {
        return taxonomy + "/index.html";
    }

    public static String validity(Validity v, int page) {
        return term("validity", v.slug(), page);
    }

    /** A taxonomy name as path segments: 综合政务/政务公开 nests; characters file systems refuse are dropped. */
    static String segment(String name) {
        // a site has a few hundred term names, and every list entry and pager link asks for one
        return SEGMENTS.computeIfAbsent(name, SitePaths::clean);
    }

    private static final java.util.concurrent.ConcurrentMap<String, String> SEGMENTS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern REFUSED = java.util.regex.Pattern.compile("[\\\\:*?\"<>|#%&\\s]+");

    private static String clean(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("/")) {
            String clean = REFUSED.matcher(part.strip()).replaceAll("-");
            if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
                clean = "_";
            }
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(clean);
        }
        return sb.toString();
    }

    /** How to get from the page at {@code from} to the site root: "" or "../../". */
    public static String rootOf(String from) {
        int depth = 0;
        for (int i = 0; i < from.length(); i++) {
            if (from.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /**
     * Links on the 404 page: a host serves it at whatever address was missing (/xxgk/a/b/c), so relative
     * links would point nowhere and the page would lose its styles; it links from the site's root path instead.
     */
    public static String siteRootPath(String baseUrl) {
        String path = baseUrl.isBlank() ? "/" : java.net.URI.create(baseUrl.strip()).getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        return path.endsWith("/") ? path : path + "/";
    }

    /** The public URL of a page for sitemap and feed: base_url plus the folder, without index.html. */
    public static String absolute(String baseUrl, String path) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        String p = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        return base + p;
    }
}
