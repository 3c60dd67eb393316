package org.gongkai.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.gongkai.content.ContentPath;
import org.gongkai.content.Finding;
import org.gongkai.content.LinkTarget;
import org.gongkai.content.SourceRef;

/**
 * A theme: templates and static assets, read from the site's themes/NAME folder first and from the
 * built-in default theme (inside the jar) second, so a site overrides any file by name.
 */
public final class Theme {

    static final List<String> TEMPLATES =
            List.of(
                    "layout.vm",
                    "macros.vm",
                    "home.vm",
                    "document.vm",
                    "document-policy.vm",
                    "document-interpretation.vm",
                    "document-decision.vm",
                    "document-consultation.vm",
                    "document-notice.vm",
                    "document-publicity.vm",
                    "document-page.vm",
                    "document-report.vm",
                    "list.vm",
                    "terms.vm",
                    "search.vm",
                    "sitemap.vm",
                    "notfound.vm",
                    "decision-catalog.vm",
                    "village.vm",
                    "decision-list.vm",
                    "consultation-list.vm",
                    "help.vm",
                    "mulu.vm",
                    "platform-home.vm",
                    "platform-library.vm",
                    "standard-catalog.vm",
                    "document-budget.vm");
    static final List<String> ASSETS =
            List.of(
                    "gongkai.css",
                    "gongkai.js",
                    "prefs.js",
                    "search.js",
                    "print.css",
                    "favicon.svg");

    private final List<Path> folders;
    private final Map<String, String> templates;
    private final Map<String, byte[]> assets;

    /**
     * Where each template the site overrides came from (themes/NAME/templates/x.vm), for findings.
     */
    private final Map<String, String> sources;

    private Theme(
            List<Path> folders,
            Map<String, String> templates,
            Map<String, byte[]> assets,
            Map<String, String> sources) {
        this.folders = folders;
        this.templates = templates;
        this.assets = assets;
        this.sources = sources;
    }

    /**
     * A theme and what was wrong with the site's theme folder (a wrong name, a file linked in from
     * outside).
     */
    public record Loaded(Theme theme, List<Finding> findings) {
        public Loaded {
            findings = List.copyOf(findings);
        }
    }

    /**
     * A theme name is one plain folder under themes/: 默认 {@code default}, or e.g. {@code
     * anle-2025}.
     */
    static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

    /**
     * The theme {@code site.yaml} names, from {@code themesFolder/name/} over the built-in one.
     * Theme files are edited like content and resolved like it ({@link ContentPath}): the name is
     * one folder under themes/, and a file whose real path leaves themes/NAME/ (a symbolic link to
     * the machine's files) is refused, not published as a stylesheet.
     *
     * @param nameAt where site.yaml names the theme, for the finding
     */
    public static Loaded load(Path themesFolder, String name, SourceRef nameAt) {
        List<Finding> findings = new ArrayList<>();
        if (!NAME.matcher(name).matches() || name.contains("..")) {
            findings.add(
                    Finding.error(
                            "theme-name",
                            nameAt,
                            "主题“"
                                    + name
                                    + "”不是 themes/ 下的一个文件夹名；"
                                    + "theme 只能写文件夹名（字母、数字、汉字和 . _ -），例如 theme: default"));
            return new Loaded(read(Optional.empty(), "", findings), findings);
        }
        Path folder = themesFolder.toAbsolutePath().normalize().resolve(name);
        if (!Files.isDirectory(folder)) {
            return new Loaded(read(Optional.empty(), "", findings), findings);
        }
        String label = "themes/" + name + "/";
        ContentPath paths;
        try {
            Path realThemes = themesFolder.toRealPath();
            if (!folder.toRealPath().startsWith(realThemes)) {
                findings.add(
                        Finding.error(
                                "theme-name",
                                nameAt,
                                "主题文件夹 "
                                        + label
                                        + " 是指向 themes/ 之外的符号链接，不允许；请把主题文件放进 themes/"
                                        + name
                                        + "/"));
                return new Loaded(read(Optional.empty(), "", findings), findings);
            }
            paths = new ContentPath(folder, label);
        } catch (IOException e) {
            findings.add(
                    Finding.error(
                            "theme-name", nameAt, "无法读取主题文件夹 " + label + "：" + e.getMessage()));
            return new Loaded(read(Optional.empty(), "", findings), findings);
        }
        return new Loaded(read(Optional.of(paths), label, findings), findings);
    }

    /** The built-in theme only, or (tests) a folder's files over it. */
    public static Theme load(Optional<Path> siteThemeFolder) {
        if (siteThemeFolder.isEmpty() || !Files.isDirectory(siteThemeFolder.get())) {
            return read(Optional.empty(), "", new ArrayList<>());
        }
        Path folder = siteThemeFolder.get().toAbsolutePath().normalize();
        Loaded loaded =
                load(
                        folder.getParent(),
                        folder.getFileName().toString(),
                        SourceRef.file("site.yaml"));
        if (!loaded.findings().isEmpty()) {
            throw new IllegalArgumentException(loaded.findings().get(0).format());
        }
        return loaded.theme();
    }

    private static Theme read(Optional<ContentPath> site, String label, List<Finding> findings) {
        Map<String, String> templates = new TreeMap<>();
        Map<String, String> sources = new TreeMap<>();
        for (String name : TEMPLATES) {
            String relative = "templates/" + name;
            read(site, label, relative, findings)
                    .ifPresent(b -> templates.put(name, new String(b, StandardCharsets.UTF_8)));
            if (site.isPresent() && Files.exists(site.get().root().resolve(relative))) {
                sources.put(name, label + relative);
            }
        }
        Map<String, byte[]> assets = new TreeMap<>();
        for (String name : ASSETS) {
            read(site, label, "assets/" + name, findings).ifPresent(b -> assets.put(name, b));
        }
        List<Path> folders = site.map(p -> List.of(p.root())).orElse(List.of());
        return new Theme(folders, templates, assets, sources);
    }

    private static Optional<byte[]> read(
            Optional<ContentPath> site, String label, String relative, List<Finding> findings) {
        if (site.isPresent()) {
            LinkTarget target = site.get().contained(site.get().root(), relative);
            if (target instanceof LinkTarget.Refused refused) {
                findings.add(
                        Finding.error(
                                "theme-file-outside",
                                SourceRef.file(label + relative),
                                "主题文件" + refused.reason() + "；请把文件本身放进 " + label));
                // the built-in file stands in, so what is rendered anyway (serve's last good site)
                // stays whole
            } else if (target instanceof LinkTarget.File f && f.exists()) {
                try {
                    return Optional.of(Files.readAllBytes(f.path()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        try (InputStream in =
                Theme.class.getClassLoader().getResourceAsStream("themes/default/" + relative)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where template {@code name} came from, as a finding names it. */
    public String source(String name) {
        return sources.getOrDefault(name, "（内置主题）templates/" + name);
    }

    public Map<String, String> templates() {
        return templates;
    }

    public Map<String, byte[]> assets() {
        return assets;
    }

    public boolean hasTemplate(String name) {
        return templates.containsKey(name);
    }

    /** The first existing template among the lookup names. */
    public String pick(String kind, String typeKey) {
        for (String n : TemplateLookup.names(kind, typeKey)) {
            if (templates.containsKey(n)) {
                return n;
            }
        }
        throw new IllegalStateException("主题缺少模板 " + kind + ".vm");
    }

    public List<Path> folders() {
        return new ArrayList<>(folders);
    }
}
