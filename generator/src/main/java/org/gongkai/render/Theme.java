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

/**
 * A theme: templates and static assets, read from the site's themes/NAME folder first and from the
 * built-in default theme (inside the jar) second, so a site overrides any file by name.
 */
public final class Theme {

    static final List<String> TEMPLATES = List.of("layout.vm", "macros.vm", "home.vm", "document.vm",
            "document-policy.vm", "document-interpretation.vm", "document-decision.vm", "document-consultation.vm",
            "document-notice.vm", "document-publicity.vm", "document-page.vm", "document-report.vm", "list.vm",
            "terms.vm", "search.vm", "sitemap.vm", "notfound.vm", "decision-catalog.vm", "village.vm",
            "decision-list.vm", "consultation-list.vm", "platform-home.vm", "platform-library.vm");
    static final List<String> ASSETS = List.of("gongkai.css", "gongkai.js", "prefs.js", "search.js", "print.css");

    private final List<Path> folders;
    private final Map<String, String> templates;
    private final Map<String, byte[]> assets;

    private Theme(List<Path> folders, Map<String, String> templates, Map<String, byte[]> assets) {
        this.folders = folders;
        this.templates = templates;
        this.assets = assets;
    }

    /** @param siteThemeFolder themes/NAME beside content/, if it exists */
    public static Theme load(Optional<Path> siteThemeFolder) {
        List<Path> folders = siteThemeFolder.filter(Files::isDirectory).map(List::of).orElse(List.of());
        Map<String, String> templates = new TreeMap<>();
        for (String name : TEMPLATES) {
            read(folders, "templates/" + name).ifPresent(b -> templates.put(name, new String(b, StandardCharsets.UTF_8)));
        }
        Map<String, byte[]> assets = new TreeMap<>();
        for (String name : ASSETS) {
            read(folders, "assets/" + name).ifPresent(b -> assets.put(name, b));
        }
        return new Theme(folders, templates, assets);
    }

    private static Optional<byte[]> read(List<Path> folders, String relative) {
        for (Path folder : folders) {
            Path p = folder.resolve(relative);
            if (Files.isRegularFile(p)) {
                try {
                    return Optional.of(Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream("themes/default/" + relative)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
