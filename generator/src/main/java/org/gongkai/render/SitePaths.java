package org.gongkai.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.OutputName;
import org.gongkai.content.SiteConfig;
import org.gongkai.content.Validity;

/**
 * Where every page lives in site/. Paths are relative to the site root and end in index.html, so
 * links work under any base path and when the site is opened from disk.
 */
public final class SitePaths {

    private SitePaths() {}

    /**
     * Every page is the index.html of its folder, so its public address is the folder ({@link
     * #absolute}).
     */
    private static final String INDEX = "index.html";

    public static final String HOME = INDEX;
    public static final String SEARCH = page("search");
    public static final String SITEMAP_PAGE = page("sitemap");

    /** What each button of the 适老化 toolbar does, in two sentences each. */
    public static final String HELP = page("help");

    /**
     * The column's 目录 (条例 art. 12): every published document in a paginated table, with CSV and
     * JSON.
     */
    public static final String CATALOG = page("mulu");

    public static final String CATALOG_CSV = "mulu/mulu.csv";
    public static final String CATALOG_JSON = "mulu/mulu.json";
    public static final String FEED = "feed.xml";
    public static final String NOT_FOUND = "404.html";

    /** The page of {@code folder}. */
    static String page(String folder) {
        return folder + "/" + INDEX;
    }

    /**
     * Page {@code n} of a list in {@code folder}: the folder's own page, then page/2/, page/3/ …
     */
    private static String paged(String folder, int n) {
        return n <= 1 ? page(folder) : page(folder + "/page/" + n);
    }

    public static String document(Document d) {
        if (d.type().dated()) {
            return page(d.type().folder() + "/" + d.year() + "/" + d.id());
        }
        return page(d.type().folder() + "/" + d.id());
    }

    /** The folder a document's page and its attachments are written to. */
    public static String documentFolder(Document d) {
        String p = document(d);
        return p.substring(0, p.length() - INDEX.length());
    }

    public static String catalog(int page) {
        return paged("mulu", page);
    }

    public static String list(DocumentType type, int page) {
        return paged(type.folder(), page);
    }

    /** 工作动态, the notices of that kind: a column of their own beside 通知公告. */
    public static final String NEWS = "news";

    public static String newsList(int page) {
        return paged(NEWS, page);
    }

    public static String newsYear(int year) {
        return page(NEWS + "/" + year);
    }

    public static String yearArchive(DocumentType type, int year) {
        return page(type.folder() + "/" + year);
    }

    public static String term(String taxonomy, String name, int page) {
        return paged(taxonomy + "/" + segment(name), page);
    }

    public static String termIndex(String taxonomy) {
        return page(taxonomy);
    }

    public static String validity(Validity v, int page) {
        return term("validity", v.slug(), page);
    }

    /**
     * A taxonomy name as path segments: 综合政务/政务公开 nests; characters file systems refuse are
     * dropped.
     */
    static String segment(String name) {
        // a site has a few hundred term names, and every list entry and pager link asks for one
        return SEGMENTS.computeIfAbsent(name, SitePaths::clean);
    }

    private static final ConcurrentMap<String, String> SEGMENTS = new ConcurrentHashMap<>();

    private static String clean(String name) {
        // in content/, so the check that two names share a folder (folder-name-shared) uses this
        // very spelling
        return OutputName.folders(name);
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
     * Links on the 404 page: a host serves it at whatever address was missing (/xxgk/a/b/c), so
     * relative links would point nowhere and the page would lose its styles; it links from the
     * site's root path instead.
     */
    public static String siteRootPath(String baseUrl) {
        String path;
        try {
            path = baseUrl.isBlank() ? "/" : new URI(baseUrl.strip()).getRawPath();
        } catch (URISyntaxException e) {
            path = "/"; // rule site-url stops the build; a preview or a refused site still renders
        }
        if (path == null || path.isEmpty() || path.startsWith("//")) {
            path = "/"; // "//host/…" would send every 404 link to another host
        }
        return path.endsWith("/") ? path : path + "/";
    }

    /**
     * The public URL of a page for sitemap and feed: base_url plus the folder, without index.html.
     */
    public static String absolute(String baseUrl, String path) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        String p = path.endsWith(INDEX) ? path.substring(0, path.length() - INDEX.length()) : path;
        return base + p;
    }

    /**
     * Where the 党政机关网站标识 icon is written: conac.png (.gif, .jpg) at the site's root; "" for none.
     */
    static String conacIcon(SiteConfig s) {
        String icon = s.conacIcon();
        if (icon.isEmpty() || !icon.contains(".")) {
            return "";
        }
        return "conac" + icon.substring(icon.lastIndexOf('.')).toLowerCase(Locale.ROOT);
    }
}
