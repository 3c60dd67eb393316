package org.gongkai.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the settings files at the top of content/ (site.yaml, taxonomies.yaml, synonyms.txt) into
 * typed values; every problem is a finding at its line, and a missing file gives the defaults.
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
        Set<LocalDate> holidays = new HashSet<>();
        for (String h : f.strings("holidays")) {
            DateText.parse(h)
                    .ifPresentOrElse(
                            d -> holidays.add(d.date()),
                            () ->
                                    f.error(
                                            "date-invalid",
                                            f.at("holidays"),
                                            "节假日“" + h + "”不是日期，请写成 YYYY-MM-DD"));
        }
        Set<LocalDate> workdays = new HashSet<>();
        for (String h : f.strings("workdays")) {
            DateText.parse(h)
                    .ifPresentOrElse(
                            d -> workdays.add(d.date()),
                            () ->
                                    f.error(
                                            "date-invalid",
                                            f.at("workdays"),
                                            "调休上班日“" + h + "”不是日期，请写成 YYYY-MM-DD"));
        }
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
                holidays,
                searchEndpoint(f),
                f.keyRefs(),
                scheme,
                workdays,
                publicityDays,
                namesOfflineAfter(f),
                f.stringMap("wording"),
                conac.getOrDefault("link", "").strip(),
                conac.getOrDefault("icon", "").strip(),
                searchSolr(f),
                "",
                applyOffice);
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
        if (!ApplyOffice.postcodeValid(office.postcode())) {
            SourceRef where =
                    apply.filter(a -> a.has("postcode"))
                            .map(a -> a.at("postcode"))
                            .orElse(f.at("contact"));
            f.error(
                    "site-config",
                    where,
                    "邮政编码“" + office.postcode() + "”应是6位数字，例如 postcode: '256300'（印在申请表上）");
        }
        return office;
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
        if (v.isEmpty() || ConfiguredUrl.isLocalPath(v)) {
            return v;
        }
        f.error(
                "site-config",
                f.at("search_solr"),
                "search_solr“"
                        + ConfiguredUrl.shown(v)
                        + "”应是本站经反向代理转发的路径（以 / 开头，如 "
                        + "/solr/zcwjk/select）；不写则只用静态搜索");
        return "";
    }

    /** taxonomies.yaml: the topic tree (or a flat list) and the themes. */
    static Taxonomy taxonomy(ContentPath paths, List<Finding> findings) throws IOException {
        Optional<FrontMatter> fm = yamlFile(paths, Taxonomy.FILE, findings);
        if (fm.isEmpty()) {
            return new Taxonomy(List.of(), List.of());
        }
        FrontMatter f = fm.get();
        f.warnUnknownKeys(Set.of("topics", "themes"), "taxonomies.yaml ");
        List<Taxonomy.Topic> topics = new ArrayList<>();
        Object raw = f.raw("topics");
        if (raw instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> m) {
                    m.forEach(
                            (k, v) -> topics.add(new Taxonomy.Topic(String.valueOf(k), names(v))));
                } else if (item != null) {
                    topics.add(new Taxonomy.Topic(String.valueOf(item), List.of()));
                }
            }
        } else if (raw instanceof Map<?, ?> m) {
            m.forEach((k, v) -> topics.add(new Taxonomy.Topic(String.valueOf(k), names(v))));
        } else if (raw != null) {
            f.error("front-matter-type", f.at("topics"), "topics 应是主题名称的列表，或“一级: [二级, …]”的键值表");
        }
        List<String> themes = f.strings("themes");
        taxonomyNames(f, topics, themes);
        return new Taxonomy(topics, themes);
    }

    /**
     * Every topic and theme name is a folder in site/ (topics/综合政务/政务公开/): each must be usable as
     * one.
     */
    private static void taxonomyNames(
            FrontMatter f, List<Taxonomy.Topic> topics, List<String> themes) {
        Map<String, SourceRef> where = new LinkedHashMap<>();
        collectNameRefs(f, f.raw("topics"), f.at("topics"), where);
        collectNameRefs(f, f.raw("themes"), f.at("themes"), where);
        List<String> names = new ArrayList<>();
        for (Taxonomy.Topic t : topics) {
            names.add(t.name());
            names.addAll(t.children());
        }
        names.addAll(themes);
        for (String name : names) {
            OutputName.folderProblem(name)
                    .ifPresent(
                            problem ->
                                    f.error(
                                            "folder-name-invalid",
                                            where.getOrDefault(name, SourceRef.file(Taxonomy.FILE)),
                                            "分类名“"
                                                    + OutputName.shown(name)
                                                    + "”"
                                                    + problem
                                                    + "；它会成为网址中的文件夹名（topics/…、themes/…），请改成简短的名称，如 政务公开"));
        }
    }

    /** Where each name in a list or mapping of taxonomies.yaml stands. */
    private static void collectNameRefs(
            FrontMatter f, Object value, SourceRef fallback, Map<String, SourceRef> out) {
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String s) {
                    out.putIfAbsent(s, f.valueAt(item, "topics"));
                } else {
                    collectNameRefs(f, item, fallback, out);
                }
            }
        } else if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.putIfAbsent(
                        String.valueOf(e.getKey()),
                        f.keyOf(m, String.valueOf(e.getKey()), fallback));
                collectNameRefs(f, e.getValue(), fallback, out);
            }
        }
    }

    private static List<String> names(Object v) {
        if (v instanceof List<?> l) {
            return l.stream().filter(x -> x != null).map(String::valueOf).toList();
        }
        return v == null ? List.of() : List.of(String.valueOf(v));
    }

    /** synonyms.txt: groups of words search treats as one, a group a line. */
    static List<List<String>> synonyms(ContentPath paths, List<Finding> findings)
            throws IOException {
        Optional<Path> found = configFile(paths, "synonyms.txt", findings);
        if (found.isEmpty() || !Files.isRegularFile(found.get())) {
            return List.of();
        }
        Path file = found.get();
        String text;
        try {
            text = TextFile.decode(Files.readAllBytes(file));
        } catch (TextFile.EncodingProblem e) {
            findings.add(Finding.error("encoding", SourceRef.file("synonyms.txt"), e.getMessage()));
            return List.of();
        }
        List<List<String>> groups = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            List<String> group =
                    Arrays.stream(l.split("[,，、\\s]+"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
            if (group.size() >= 2) {
                groups.add(group);
            }
        }
        return groups;
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
        SourceRef top = SourceRef.file(name);
        try {
            YamlTree.Parsed parsed = YamlTree.parse(name, text, 0);
            if (!(parsed.root() instanceof Map<?, ?>)) {
                findings.add(Finding.error("site-config", top, name + " 应是“键: 值”的形式"));
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
    private static Optional<Path> configFile(
            ContentPath paths, String name, List<Finding> findings) {
        LinkTarget target = paths.file(paths.root(), name);
        if (target instanceof LinkTarget.Refused refused) {
            findings.add(Finding.error(refused.rule(), SourceRef.file(name), refused.reason()));
            return Optional.empty();
        }
        return Optional.of(((LinkTarget.File) target).path());
    }
}
