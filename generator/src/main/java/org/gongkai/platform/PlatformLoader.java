package org.gongkai.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.check.CreditCode;
import org.gongkai.content.ConfigYaml;
import org.gongkai.content.ConfiguredUrl;
import org.gongkai.content.Finding;
import org.gongkai.content.SiteConfig;
import org.gongkai.content.SourceRef;

/**
 * Reads platform.yaml into a {@link Platform}. Every value is untrusted: ids become folder names,
 * paths are resolved against the platform folder and must name a column folder (one holding
 * site.yaml), URLs must be http(s). Every problem is a finding at its line; nothing is replaced by
 * a default.
 */
public final class PlatformLoader {

    static final Set<String> KEYS =
            Set.of(
                    "name",
                    "portal",
                    "column",
                    "base_url",
                    "site_code",
                    "org_code",
                    "columns",
                    "portal_url",
                    "icp",
                    "psb",
                    "conac",
                    "links",
                    "theme",
                    "search_solr");
    static final Set<String> COLUMN_KEYS = Set.of("id", "name", "kind", "path");

    /** Folders of the platform's own output: a column may not take their name. */
    static final Set<String> RESERVED =
            Set.of("assets", "search", "zcwjk", "sitemap", "feed", "columns", "inspect");

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    public static final int MAX_COLUMNS = 1000;

    private PlatformLoader() {}

    /** The platform, if platform.yaml could be read at all, and every problem found in it. */
    public record Loaded(Optional<Platform> platform, List<Finding> findings) {
        public Loaded {
            findings = List.copyOf(findings);
        }

        public boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }

    public static Loaded load(Path platformFolder) throws IOException {
        if (!Files.isDirectory(platformFolder)) {
            throw new IOException("平台目录不存在：" + platformFolder);
        }
        Path folder = platformFolder.toAbsolutePath().normalize();
        List<Finding> findings = new ArrayList<>();
        Optional<ConfigYaml> read =
                ConfigYaml.read(folder.resolve(Platform.FILE), Platform.FILE, findings);
        if (read.isEmpty()) {
            return new Loaded(Optional.empty(), findings);
        }
        ConfigYaml y = read.get();
        y.warnUnknownKeys(KEYS, "platform.yaml ");
        String name = required(y, "name", "平台主办单位名称，例如 临河县人民政府");
        String portal = y.string("portal").orElse(name);
        String column = y.string("column").orElse("政府信息公开");
        String baseUrl = required(y, "base_url", "平台信息公开专栏的网址，例如 https://www.linhe.gov.cn/xxgk/");
        if (!baseUrl.isEmpty()) {
            Optional<String> problem = ConfiguredUrl.problem(baseUrl, ConfiguredUrl.Use.BASE);
            if (problem.isPresent()) {
                y.error(
                        "platform-url",
                        y.at("base_url"),
                        "base_url“"
                                + ConfiguredUrl.shown(baseUrl)
                                + "”"
                                + problem.get()
                                + "；例如 https://www.linhe.gov.cn/xxgk/");
                baseUrl = "";
            } else if (!baseUrl.endsWith("/")) {
                baseUrl = baseUrl + "/";
            }
        }
        String siteCode = required(y, "site_code", "集约化平台的网站标识码（10 位数字）");
        if (!siteCode.isEmpty() && !siteCode.matches("\\d{10}")) {
            y.warning(
                    "platform-site-code",
                    y.at("site_code"),
                    "网站标识码“" + siteCode + "”通常是 10 位数字，请核对");
        }
        String orgCode = required(y, "org_code", "平台主办单位的统一社会信用代码");
        if (!orgCode.isEmpty() && !CreditCode.isValid(orgCode)) {
            y.error(
                    "platform-org-code",
                    y.at("org_code"),
                    "org_code“" + orgCode + "”不是有效的统一社会信用代码（18 位，校验码符合 GB 32100）");
        }
        Optional<String> portalUrl = url(y, "portal_url");
        Optional<String> conac = url(y, "conac");
        List<Platform.Link> links = new ArrayList<>();
        for (ConfigYaml l : y.mappings("links")) {
            l.warnUnknownKeys(Set.of("text", "href"), "links 的每一项");
            Optional<String> text = l.string("text");
            Optional<String> href = l.string("href");
            if (text.isEmpty() || href.isEmpty()) {
                l.error("platform-config", l.start(), "links 的每一项都要有 text（文字）和 href（网址）");
            } else if (ConfiguredUrl.problem(href.get(), ConfiguredUrl.Use.LINK).isPresent()) {
                l.error(
                        "platform-url",
                        l.at("href"),
                        "链接“"
                                + ConfiguredUrl.shown(href.get())
                                + "”"
                                + ConfiguredUrl.problem(href.get(), ConfiguredUrl.Use.LINK).get());
            } else {
                links.add(new Platform.Link(text.get(), href.get()));
            }
        }
        List<PlatformColumn> columns = columns(y, folder);
        Optional<Platform.ThemeChoice> theme =
                y.string("theme").map(t -> new Platform.ThemeChoice(t, y.at("theme")));
        findings.sort(Finding.ORDER);
        return new Loaded(
                Optional.of(
                        new Platform(
                                folder,
                                name,
                                portal,
                                column,
                                baseUrl,
                                siteCode,
                                orgCode,
                                portalUrl,
                                y.string("icp"),
                                y.string("psb"),
                                conac,
                                links,
                                columns,
                                theme,
                                searchSolr(y))),
                findings);
    }

    /** search_solr: the collection's public /select on this host, as in a column's site.yaml. */
    private static String searchSolr(ConfigYaml y) {
        String v = y.string("search_solr").orElse("").strip();
        Optional<String> refusal = ConfiguredUrl.solrPathRefusal(v);
        refusal.ifPresent(m -> y.error("platform-config", y.at("search_solr"), m));
        return refusal.isPresent() ? "" : v;
    }

    private static List<PlatformColumn> columns(ConfigYaml y, Path folder) {
        List<ConfigYaml> entries = y.mappings("columns");
        if (!y.has("columns")) {
            y.error(
                    "platform-config",
                    y.start(),
                    "platform.yaml 缺少 columns：列出平台上的每个栏目 {id, name, kind, path}");
        } else if (entries.size() > MAX_COLUMNS) {
            y.error(
                    "platform-config",
                    y.at("columns"),
                    "栏目有 " + entries.size() + " 个，超过上限 " + MAX_COLUMNS);
            return List.of();
        }
        List<PlatformColumn> out = new ArrayList<>();
        Map<String, SourceRef> ids = new HashMap<>();
        Map<Path, String> folders = new HashMap<>();
        for (ConfigYaml c : entries) {
            c.warnUnknownKeys(COLUMN_KEYS, "栏目");
            Optional<String> id = c.string("id");
            Optional<String> name = c.string("name");
            Optional<String> kindText = c.string("kind");
            Optional<String> path = c.string("path");
            boolean ok = true;
            for (String k : List.of("id", "name", "kind", "path")) {
                if (!c.has(k)) {
                    c.error(
                            "platform-column",
                            c.start(),
                            "栏目缺少 " + k + "（每个栏目写 {id, name, kind, path}）");
                    ok = false;
                }
            }
            if (id.isPresent()) {
                String i = id.get();
                if (!ID.matcher(i).matches()) {
                    c.error(
                            "platform-column",
                            c.at("id"),
                            "栏目编号“" + i + "”只能用小写字母、数字、- 和 _（不超过 40 个字符），例如 c001、anle");
                    ok = false;
                } else if (RESERVED.contains(i)) {
                    c.error("platform-column", c.at("id"), "栏目编号“" + i + "”是平台页面自用的名称，请换一个");
                    ok = false;
                } else if (ids.containsKey(i)) {
                    c.error(
                            "platform-column",
                            c.at("id"),
                            "栏目编号“" + i + "”与 " + ids.get(i) + " 重复");
                    ok = false;
                } else {
                    ids.put(i, c.at("id"));
                }
            }
            Optional<ColumnKind> kind =
                    kindText.flatMap(
                            k -> {
                                Optional<ColumnKind> parsed = ColumnKind.parse(k);
                                if (parsed.isEmpty()) {
                                    c.error(
                                            "platform-column",
                                            c.at("kind"),
                                            "栏目类别“" + k + "”无法识别，请写 县政府、部门 或 乡镇（街道也写 乡镇/街道）");
                                }
                                return parsed;
                            });
            Optional<Path> resolved = path.flatMap(p -> columnFolder(c, folder, p));
            if (resolved.isPresent()) {
                Path real;
                try {
                    real = resolved.get().toRealPath();
                } catch (IOException e) {
                    real = resolved.get();
                }
                String other = folders.putIfAbsent(real, id.orElse("?"));
                if (other != null) {
                    c.error(
                            "platform-column",
                            c.at("path"),
                            "栏目目录“" + path.get() + "”已是栏目“" + other + "”的目录");
                    ok = false;
                }
            }
            if (ok
                    && id.isPresent()
                    && name.isPresent()
                    && kind.isPresent()
                    && resolved.isPresent()) {
                out.add(
                        new PlatformColumn(
                                id.get(),
                                name.get(),
                                kind.get(),
                                clean(path.get()),
                                resolved.get(),
                                c.start()));
            }
        }
        return out;
    }

    /** "columns/c001/" → "columns/c001", "./x" → "x": how findings name the folder. */
    private static String clean(String path) {
        String p = path.strip();
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? "." : p;
    }

    /**
     * A column's folder: relative to the platform folder, may lie outside it (a checkout beside it,
     * or the sample's ../content), but must be a folder holding a site.yaml. Nothing else outside a
     * column's folder is read.
     */
    private static Optional<Path> columnFolder(ConfigYaml c, Path platform, String written) {
        String w = written.strip();
        SourceRef at = c.at("path");
        if (w.indexOf('\\') >= 0 || w.matches("^[A-Za-z]:.*")) {
            c.error("platform-column", at, "栏目目录“" + w + "”是 Windows 写法，请用 / 分隔的相对路径");
            return Optional.empty();
        }
        if (w.startsWith("/") || w.startsWith("~") || w.indexOf('\0') >= 0 || w.contains("://")) {
            c.error(
                    "platform-column",
                    at,
                    "栏目目录“" + w + "”应写相对于 platform.yaml 所在目录的路径，例如 columns/c001");
            return Optional.empty();
        }
        Path p;
        try {
            p = platform.resolve(w).normalize();
        } catch (InvalidPathException e) {
            c.error("platform-column", at, "栏目目录“" + w + "”无效");
            return Optional.empty();
        }
        if (!Files.isDirectory(p)) {
            c.error(
                    "platform-column",
                    at,
                    "栏目目录“" + w + "”不存在（git 子模块要先 git submodule update --init）");
            return Optional.empty();
        }
        if (!Files.isRegularFile(p.resolve(SiteConfig.FILE), LinkOption.NOFOLLOW_LINKS)) {
            c.error("platform-column", at, "栏目目录“" + w + "”中没有 site.yaml，不是栏目的内容目录");
            return Optional.empty();
        }
        return Optional.of(p);
    }

    private static String required(ConfigYaml y, String key, String what) {
        Optional<String> v = y.string(key);
        if (v.isEmpty()) {
            y.error(
                    "platform-config",
                    y.has(key) ? y.at(key) : y.start(),
                    "platform.yaml 缺少 " + key + "：" + what);
        }
        return v.orElse("");
    }

    private static Optional<String> url(ConfigYaml y, String key) {
        Optional<String> v = y.string(key);
        Optional<String> problem = v.flatMap(s -> ConfiguredUrl.problem(s, ConfiguredUrl.Use.LINK));
        if (problem.isPresent()) {
            y.error(
                    "platform-url",
                    y.at(key),
                    key + "“" + ConfiguredUrl.shown(v.get()) + "”" + problem.get());
            return Optional.empty();
        }
        return v;
    }
}
