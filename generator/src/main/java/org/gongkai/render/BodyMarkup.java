package org.gongkai.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;

/**
 * Makes a rendered body safe for the page around it, the way the theme promises every page is:
 * exactly one {@code h1} (the document title, so body headings start at {@code h2}), every table
 * with a caption and column headers and in a box that scrolls on its own (a wide table never widens
 * a phone page), and every image with its width and height (the page never jumps when it arrives)
 * and lazy loading. The body HTML is already sanitised; this only adds structure and attributes,
 * never markup from content.
 */
final class BodyMarkup {

    private BodyMarkup() {}

    /**
     * @param html the sanitised body
     * @param title the document's title, the caption of a table no heading names
     * @param localFile an image {@code src} as it stands in {@code html} → the file in content/, if
     *     it is one
     */
    static String apply(String html, String title, Function<String, Optional<Path>> localFile) {
        if (!html.contains("<table") && !html.contains("<img") && !html.contains("<h1")) {
            return html; // the common case stays byte for byte as commonmark wrote it
        }
        var doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        if (!body.select("h1").isEmpty()) {
            // deepest first, so an h1 that became h2 is not moved again
            for (int level = 5; level >= 1; level--) {
                for (Element h : body.select("h" + level)) {
                    h.tagName("h" + (level + 1));
                }
            }
        }
        int n = 0;
        for (Element table : body.select("table")) {
            n++;
            if (table.selectFirst("> caption") == null) {
                table.prependChild(
                        new Element(Tag.valueOf("caption"), "").text(captionFor(table, title)));
            }
            for (Element th : table.select("> thead th")) {
                if (!th.hasAttr("scope")) {
                    th.attr("scope", "col");
                }
            }
            Element caption = table.selectFirst("> caption");
            String id = "body-table-" + n;
            caption.attr("id", id);
            table.wrap("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\"></div>");
            table.parent().attr("aria-labelledby", id);
        }
        for (Element img : body.select("img")) {
            String src = img.attr("src");
            if (!src.isEmpty()
                    && !src.contains(":")
                    && !src.startsWith("/")
                    && localFile.apply(src).isEmpty()) {
                // an image that is not published (a link out of content/) keeps only its words,
                // never a dead address
                img.replaceWith(new TextNode(img.attr("alt")));
                continue;
            }
            img.attr("loading", "lazy");
            img.attr("decoding", "async");
            if (!img.hasAttr("alt")) {
                img.attr("alt", "");
            }
            if (!img.hasAttr("width") || !img.hasAttr("height")) {
                localFile
                        .apply(img.attr("src"))
                        .flatMap(BodyMarkup::dimensions)
                        .ifPresent(
                                d -> {
                                    img.attr("width", String.valueOf(d[0]));
                                    img.attr("height", String.valueOf(d[1]));
                                });
            }
        }
        return body.html();
    }

    /**
     * The nearest heading before the table names it; a table before any heading is the document's.
     */
    private static String captionFor(Element table, String title) {
        for (Element e = table.previousElementSibling();
                e != null;
                e = e.previousElementSibling()) {
            if (e.tagName().matches("h[1-6]")) {
                return e.text();
            }
        }
        return title;
    }

    /** Width and height read from the image header only, without decoding the pixels. */
    static Optional<int[]> dimensions(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty(); // e.g. SVG or WebP: no reader in the JDK, so no dimensions
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return Optional
                    .empty(); // an unreadable image still shows; it only lacks reserved space
        }
    }
}
