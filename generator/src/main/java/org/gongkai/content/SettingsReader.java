package org.gongkai.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads site.yaml into {@link SiteConfig}, and finds and parses the settings files at the top of
 * content/ for {@link WordListsReader} too; every problem is a finding at its line, and a missing
 * file gives the defaults.
 */
final class SettingsReader {

    static final Set<String> SITE_KEYS =
            Set.of(
                    "name",
                    "column",
                    "org_code",
                    "base_url",
                    "site_code",
                    "icp",
                    "psb",
                    "contact",
                    "theme",
                    "holidays",
                    "search_endpoint",
                    "search_solr",
                    "workdays",
                    "index_no",
                    "publicity_days",
                    "publicity",
                    "wording",
                    "conac",
                    "apply");

    private SettingsReader() {}

    /** site.yaml as {@link SiteConfig}; missing, unreadable or malformed settings are findings. */
    static SiteConfig site(ContentPath paths, List<Finding> findings) throws IOException {
        Optional<FrontMatter> fm = yamlFile(paths, SiteConfig.FILE, findings);
        if (fm.isEmpty()) {
            return SiteConfig.defaults();
        }
        FrontMatter f = fm.get();
        f.warnUnknownKeys(SITE_KEYS, "site.yaml ");
        for (String required : List.of("name", "org_code")) {
            if (!f.has(required)) {
                f.error("site-config", SourceRef.file(SiteConfig.FILE), "site.yaml 缺少 " + required);
            }
        }
        String theme = f.string("theme").orElse("default");
        Set<LocalDate> holidays = dates(f, "holidays", "节假日");
        Set<LocalDate> workdays = dates(f, "workdays", "调休上班日");
        String orgCode = f.string("org_code").orElse("");
        Map<String, String> index = f.stringMap("index_no");
        IndexScheme scheme =
                new IndexScheme(
                        index.getOrDefault("code", orgCode).strip(),
                        index.getOrDefault("format", IndexScheme.DEFAULT_FORMAT).strip());
        if (scheme.problem().isPresent()) {
            f.error("site-config", f.at("index_no"), scheme.problem().get());
            scheme = new IndexScheme(scheme.code(), IndexScheme.DEFAULT_FORMAT);
        }
        Map<String, Integer> publicityDays = new TreeMap<>(SiteConfig.DEFAULT_PUBLICITY_DAYS);
        f.stringMap("publicity_days")
                .forEach(
                        (kind, days) -> {
                            if (days.strip().matches("\\d{1,3}")) {
                                publicityDays.put(kind.strip(), Integer.parseInt(days.strip()));
                            } else {
                                f.error(
                                        "site-config",
                                        f.at("publicity_days"),
                                        "公示期“" + kind + ": " + days + "”应是天数，例如 低保: 7");
                            }
                        });
        Map<String, String> conac = f.stringMap("conac");
        String icon = conac.getOrDefault("icon", "").strip();
        if (!icon.isEmpty()) {
            // a file content names: through the one resolver and the picture types
            LinkTarget target = paths.file(paths.root(), icon);
            if (target instanceof LinkTarget.Refused refused) {
                findings.add(
                        Finding.error(
                                refused.rule(), f.at("conac"), "党政机关网站标识图标" + refused.reason()));
            } else if (!(target instanceof LinkTarget.File file) || !file.exists()) {
                findings.add(
                        Finding.error(
                                "site-footer-ids",
                                f.at("conac"),
                                "党政机关网站标识图标“"
                                        + icon
                                        + "”不存在：请把图片放在 content/ 中（与 site.yaml 同一文件夹）"));
            } else {
                MediaType.Use.IMAGE
                        .refusal(file.path(), icon, f.at("conac"))
                        .ifPresent(findings::add);
            }
        }
        ApplyOffice applyOffice = applyOffice(f);
        return new SiteConfig(
                f.string("name").orElse(""),
                f.string("column").orElse("政府信息公开"),
                orgCode,
                f.string("base_url").orElse(""),
                f.string("site_code").orElse(""),
                f.string("icp").orElse(""),
                f.string("psb").orElse(""),
                f.stringMap("contact"),
                theme,
                new WorkingDays(holidays, workdays),
                searchEndpoint(f),
                f.keyRefs(),
                scheme,
                publicityDays,
                namesOfflineAfter(f),
                f.stringMap("wording"),
                conac.getOrDefault("link", "").strip(),
                conac.getOrDefault("icon", "").strip(),
                searchSolr(f),
                "",
                applyOffice);
    }

    /** A list of dates (节假日, 调休上班日); what is no date is an error at the key. */
    private static Set<LocalDate> dates(FrontMatter f, String key, String what) {
        Set<LocalDate> dates = new HashSet<>();
        for (String h : f.strings(key)) {
            DateText.parse(h)
                    .ifPresentOrElse(
                            d -> dates.add(d.date()),
                            () ->
                                    f.error(
                                            "date-invalid",
                                            f.at(key),
                                            what + "“" + h + "”不是日期，请写成 YYYY-MM-DD"));
        }
        return dates;
    }

    /**
     * apply: the office that receives applications, printed on the forms; an unknown entry or a
     * post code that is not one would be printed wrong on every form.
     */
    private static ApplyOffice applyOffice(FrontMatter f) {
        Optional<FrontMatter> apply = f.nested("apply");
        apply.ifPresent(a -> a.warnUnknownKeys(ApplyOffice.KEYS, "site.yaml 的 apply "));
        ApplyOffice office =
                ApplyOffice.of(
                        f.stringMap("apply"), f.stringMap("contact"), f.string("name").orElse(""));
        problem(
                f,
                apply,
                "postcode",
                ApplyOffice.postcodeValid(office.postcode()),
                "邮政编码“" + office.postcode() + "”应是6位数字，例如 postcode: '256300'（印在申请表上）");
        problem(
                f,
                apply,
                "email",
                ApplyOffice.emailValid(office.email()),
                "电子邮箱“"
                        + office.email()
                        + "”不是一个邮箱地址，例如 email: xxgk@anle.gov.cn（印在申请表上，并成为页面上的发信链接）");
        return office;
    }

    /** An apply entry that is not valid, at its key under apply: or else at contact:. */
    private static void problem(
            FrontMatter f, Optional<FrontMatter> apply, String key, boolean valid, String message) {
        if (!valid) {
            SourceRef where =
                    apply.filter(a -> a.has(key)).map(a -> a.at(key)).orElse(f.at("contact"));
            f.error("site-config", where, message);
        }
    }

    /**
     * publicity: {names_offline_after: N}: days after a 公示's period_end before its names leave the
     * site; a map so later 公示 settings have a home.
     */
    private static int namesOfflineAfter(FrontMatter f) {
        Map<String, String> publicity = f.stringMap("publicity");
        for (String key : publicity.keySet()) {
            if (!key.equals("names_offline_after")) {
                f.error(
                        "site-config",
                        f.at("publicity"),
                        "publicity 下只能写 names_offline_after，不认识“" + key + "”");
            }
        }
        String days = publicity.getOrDefault("names_offline_after", "").strip();
        if (days.isEmpty()) {
            return SiteConfig.DEFAULT_NAMES_OFFLINE_AFTER;
        }
        if (!days.matches("\\d{1,4}")) {
            f.error(
                    "site-config",
                    f.at("publicity"),
                    "names_offline_after“" + days + "”应是公示期结束后的天数，例如 names_offline_after: 30");
            return SiteConfig.DEFAULT_NAMES_OFFLINE_AFTER;
        }
        return Integer.parseInt(days);
    }

    /**
     * search_endpoint: {@link ConfiguredUrl}'s rule for where the form sends a resident's query (a
     * path on the site's own host, or https). Anything else is an error: the query would go
     * elsewhere or in the clear.
     */
    private static String searchEndpoint(FrontMatter f) {
        String v = f.string("search_endpoint").orElse("").strip();
        Optional<String> problem =
                v.isEmpty()
                        ? Optional.empty()
                        : ConfiguredUrl.problem(v, ConfiguredUrl.Use.ENDPOINT);
        if (problem.isPresent()) {
            f.error(
                    "site-config",
                    f.at("search_endpoint"),
                    "search_endpoint“"
                            + ConfiguredUrl.shown(v)
                            + "”"
                            + problem.get()
                            + "；应是本站的路径（以 / 开头，如 /xxgk/search）或 https:// 开头的地址；不写则搜索只在浏览器中进行");
            return "";
        }
        return v;
    }

    /**
     * search_solr: the Solr collection's public /select as a path on this host, which the host's
     * reverse proxy passes on: the page asks it from its own origin, so the CSP's connect-src
     * 'self' holds and a resident's query goes nowhere else.
     */
    private static String searchSolr(FrontMatter f) {
        String v = f.string("search_solr").orElse("").strip();
        Optional<String> refusal = ConfiguredUrl.solrPathRefusal(v);
        refusal.ifPresent(m -> f.error("site-config", f.at("search_solr"), m));
        return refusal.isPresent() ? "" : v;
    }

    static Optional<FrontMatter> yamlFile(ContentPath paths, String name, List<Finding> findings)
            throws IOException {
        Optional<Path> found = configFile(paths, name, findings);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Path file = found.get();
        SourceRef top = SourceRef.file(name);
        if (!Files.isRegularFile(file)) {
            findings.add(Finding.error("site-config", top, "缺少 " + name));
            return Optional.empty();
        }
        try {
            return yamlText(name, TextFile.decode(Files.readAllBytes(file)), findings);
        } catch (TextFile.EncodingProblem e) {
            findings.add(Finding.error("encoding", top, e.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * A settings text as a mapping, its findings named {@code name}: a file of content/, or one the
     * generator carries (the built-in 标准目录).
     */
    static Optional<FrontMatter> yamlText(String name, String text, List<Finding> findings) {
        return mapping(name, text, "site-config", findings);
    }

    /**
     * A settings text (site.yaml, platform.yaml …) as a mapping; one that is no mapping is an error
     * {@code rule}, one that does not parse a yaml-syntax error at its line.
     */
    static Optional<FrontMatter> mapping(
            String name, String text, String rule, List<Finding> findings) {
        SourceRef top = SourceRef.file(name);
        try {
            YamlTree.Parsed parsed = YamlTree.parse(name, text, 0);
            if (!(parsed.root() instanceof Map<?, ?>)) {
                findings.add(Finding.error(rule, top, name + " 应是“键: 值”的形式"));
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> root = (Map<String, Object>) parsed.root();
            return Optional.of(new FrontMatter(parsed, root, top, findings));
        } catch (YamlTree.Failure e) {
            findings.add(Finding.error("yaml-syntax", e.where, e.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * A settings file at the top of content/, through the same resolver as everything else: its
     * values reach every page and the search index, so one linked in from elsewhere on the machine
     * ({@code site.yaml → /etc/…}) is refused, not read. Empty when refused (with the finding).
     */
    static Optional<Path> configFile(ContentPath paths, String name, List<Finding> findings) {
        LinkTarget target = paths.file(paths.root(), name);
        if (target instanceof LinkTarget.Refused refused) {
            findings.add(Finding.error(refused.rule(), SourceRef.file(name), refused.reason()));
            return Optional.empty();
        }
        return Optional.of(((LinkTarget.File) target).path());
    }
}
