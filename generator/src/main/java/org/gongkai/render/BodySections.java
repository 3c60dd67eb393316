package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendered body cut at its {@code <h2>} headings, so a page can put the sections in the order its
 * form prescribes (decision stages, the six parts of an annual report) and insert generated tables
 * between them. The body was produced by our own Markdown renderer, so its h2 tags have one known
 * shape.
 */
record BodySections(String introHtml, List<Section> sections) {

    BodySections {
        sections = List.copyOf(sections);
    }

    /** One {@code ##} section: its anchor and text, and its HTML including the heading itself. */
    record Section(String anchor, String title, String html) {}

    private static final Pattern H2 =
            Pattern.compile("<h2(?:\\s+id=\"([^\"]*)\")?[^>]*>(.*?)</h2>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    static BodySections of(String html) {
        Matcher m = H2.matcher(html);
        List<int[]> starts = new ArrayList<>();
        List<String[]> heads = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start()});
            heads.add(
                    new String[] {
                        m.group(1) == null ? "" : m.group(1),
                        unescape(TAG.matcher(m.group(2)).replaceAll(""))
                    });
        }
        if (starts.isEmpty()) {
            return new BodySections(html, List.of());
        }
        String intro = html.substring(0, starts.get(0)[0]);
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : html.length();
            out.add(
                    new Section(
                            heads.get(i)[0],
                            heads.get(i)[1].strip(),
                            html.substring(starts.get(i)[0], end)));
        }
        return new BodySections(intro, out);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
