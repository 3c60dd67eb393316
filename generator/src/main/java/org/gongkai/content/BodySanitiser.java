package org.gongkai.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Raw HTML in a body is never trusted. What survives is what commonmark itself would emit (tables,
 * emphasis, line breaks …) with no script, frame, object, SVG, form, style or event handler, and
 * only the link and image addresses {@link SafeUrls} allows. It also says, per piece of raw HTML,
 * what it took out, so editors learn that their markup was dropped.
 */
final class BodySanitiser {

    /**
     * Any absolute base lets jsoup check schemes while keeping relative links exactly as written.
     */
    private static final String BASE = "https://gongkai.invalid/";

    private static final Safelist SAFE =
            Safelist.relaxed()
                    .addTags("thead", "tbody", "caption", "hr", "del", "s")
                    .addAttributes(":all", "id")
                    .addAttributes("img", "loading")
                    .addAttributes("th", "align")
                    .addAttributes("td", "align")
                    .addProtocols("a", "href", "tel")
                    .preserveRelativeLinks(true);

    private static final OutputSettings OUTPUT = new OutputSettings().prettyPrint(false);

    private BodySanitiser() {}

    /** The body HTML with everything unsafe removed. */
    static String clean(String html) {
        org.jsoup.nodes.Document dirty = Jsoup.parseBodyFragment(html, BASE);
        org.jsoup.nodes.Document clean = new Cleaner(SAFE).clean(dirty);
        // jsoup checks schemes; SafeUrls also refuses data: links and images from other hosts
        keepSafe(clean.body(), "href", SafeUrls::isSafeLink);
        keepSafe(clean.body(), "src", SafeUrls::isSafeImage);
        clean.outputSettings(OUTPUT);
        return clean.body().html();
    }

    /**
     * Drops each unsafe {@code key} address; a relative path in raw HTML becomes {@code
     * data-refused}, in place: the loader lists and resolves only Markdown's links (whose relative
     * addresses carry their mark by now), so the page must not carry an address nobody checked.
     */
    private static void keepSafe(Element body, String key, Predicate<String> safe) {
        for (Element e : body.select("[" + key + "]")) {
            Attribute a = e.attribute(key);
            if (!safe.test(a.getValue())) {
                e.removeAttr(key);
            } else if (isRelativePath(a.getValue())) {
                a.setKey("data-refused");
                a.setValue("");
            }
        }
    }

    /**
     * An address that is a path from the page's folder: not empty, not a fragment or query of the
     * page itself, no scheme (no {@code :} before its fragment or query). What the loader resolves
     * against the document's folder and the renderer rewrites.
     */
    static boolean isRelativePath(String address) {
        if (address.isEmpty() || address.charAt(0) == '#' || address.charAt(0) == '?') {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == '#' || c == '?') {
                return true;
            } else if (c == ':') {
                return false;
            }
        }
        return true;
    }

    /**
     * What cleaning takes out of one piece of raw HTML, in words for an editor, e.g. {@code
     * <script> 元素}, {@code img 的 onerror 属性}; empty when the markup is harmless.
     */
    static List<String> removals(String fragment) {
        Set<String> out = new LinkedHashSet<>();
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(fragment, BASE);
        describe(doc.body(), out);
        return new ArrayList<>(out);
    }

    private static void describe(Element parent, Set<String> out) {
        for (Node n : parent.childNodes()) {
            if (n instanceof Comment) {
                out.add("HTML 注释");
            } else if (n instanceof Element e) {
                String tag = e.normalName();
                if (!SAFE.isSafeTag(tag)) {
                    out.add("<" + tag + "> 元素");
                    continue; // its content goes with it
                }
                for (Attribute a : e.attributes()) {
                    String key = a.getKey().toLowerCase(Locale.ROOT);
                    if (!SAFE.isSafeAttribute(tag, e, a)) {
                        out.add(
                                key.startsWith("on")
                                        ? tag + " 的 " + key + " 事件属性（脚本）"
                                        : key.equals("style")
                                                ? tag + " 的 style 样式属性"
                                                : tag + " 的 " + key + " 属性");
                    } else if ((key.equals("href") && !SafeUrls.isSafeLink(a.getValue()))
                            || (key.equals("src") && !SafeUrls.isSafeImage(a.getValue()))) {
                        out.add(tag + " 的不安全地址“" + shorten(a.getValue()) + "”");
                    }
                }
                describe(e, out);
            }
        }
    }

    private static String shorten(String s) {
        String t = SafeUrls.browserView(s);
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }
}
