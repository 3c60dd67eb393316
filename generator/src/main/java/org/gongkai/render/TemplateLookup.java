package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Which template renders what, as a pure function (the table-driven test pins it): type-specific
 * before generic, the site's theme before the built-in one.
 */
public final class TemplateLookup {

    private TemplateLookup() {}

    /** Template names to try for a page kind and an optional type key, most specific first. */
    public static List<String> names(String kind, String typeKey) {
        List<String> names = new ArrayList<>();
        if (typeKey != null && !typeKey.isEmpty()) {
            names.add(kind + "-" + typeKey + ".vm");
        }
        names.add(kind + ".vm");
        return names;
    }

    /**
     * Sources to try for one template name: each theme folder in order, then the built-in theme.
     */
    public static List<String> sources(String name, List<String> themeFolders) {
        List<String> out = new ArrayList<>();
        for (String folder : themeFolders) {
            out.add(folder + "/templates/" + name);
        }
        out.add("classpath:themes/default/templates/" + name);
        return out;
    }
}
