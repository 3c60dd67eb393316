package org.gongkai.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads an OFD file (GB/T 33190, the national fixed-layout format: a zip of XML parts) with the JDK
 * alone: OFD.xml → the document's Document.xml → each page's Content.xml, whose TextObjects carry
 * their text (TextCode) and positions in millimetres. Glyphs on one baseline make a line; the lines
 * go through the same paragraph and table recognition as a PDF's.
 *
 * <p>The same limits as a .docx: at most 4,096 parts, none over 64 MB unpacked nor packed more than
 * 100 to 1, no DTDs or external entities in the XML.
 */
final class OfdReader {

    static final int MAX_ENTRIES = 4096;
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    static final int MAX_RATIO = 100;

    /** Points per millimetre: lines are measured in points, as PDF's are. */
    private static final float PT = 72f / 25.4f;

    private OfdReader() {}

    /** Whether the zip is an OFD package (has OFD.xml at its root). */
    static boolean isOfd(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("OFD.xml") != null;
        } catch (IOException e) {
            return false;
        }
    }

    static SourceText read(Path file, String fileName) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new IOException("OFD 包内有 " + zip.size() + " 个部件，超过上限 " + MAX_ENTRIES);
            }
            Element ofd = xml(zip, "OFD.xml");
            String docRoot = text(ofd, "DocRoot");
            if (docRoot == null) {
                throw new IOException("OFD.xml 中没有 DocRoot");
            }
            docRoot = strip(docRoot);
            Element doc = xml(zip, docRoot);
            String base =
                    docRoot.contains("/") ? docRoot.substring(0, docRoot.lastIndexOf('/') + 1) : "";
            float[] box = box(first(doc, "PhysicalBox"), new float[] {0, 0, 210, 297});
            Set<String> boldFonts = boldFonts(zip, doc, base);
            List<PdfReader.Line> lines = new ArrayList<>();
            NodeList pages = doc.getElementsByTagNameNS("*", "Page");
            for (int p = 0; p < pages.getLength(); p++) {
                Element page = (Element) pages.item(p);
                String loc = strip(page.getAttribute("BaseLoc"));
                Element content = xml(zip, loc.startsWith("/") ? loc.substring(1) : base + loc);
                float[] pageBox = box(first(content, "PhysicalBox"), box);
                lines.addAll(lines(content, p + 1, pageBox, boldFonts));
            }
            return PdfReader.fromLines(lines, pages.getLength(), fileName, "OFD");
        }
    }

    /**
     * The ids of the bold fonts in the document's PublicRes parts: a font declared {@code
     * Bold="true"} or named bold (SimHei-Bold, 方正小标宋 Bold …), as a 版式 export declares the 标题 and 一、
     * headings' fonts.
     */
    private static Set<String> boldFonts(ZipFile zip, Element doc, String base) throws IOException {
        Set<String> out = new HashSet<>();
        NodeList resources = doc.getElementsByTagNameNS("*", "PublicRes");
        for (int i = 0; i < resources.getLength(); i++) {
            String loc = strip(resources.item(i).getTextContent());
            Element res = xml(zip, base + loc);
            NodeList fonts = res.getElementsByTagNameNS("*", "Font");
            for (int f = 0; f < fonts.getLength(); f++) {
                Element font = (Element) fonts.item(f);
                if (Boolean.parseBoolean(font.getAttribute("Bold"))
                        || font.getAttribute("FontName")
                                .toLowerCase(Locale.ROOT)
                                .contains("bold")) {
                    out.add(font.getAttribute("ID"));
                }
            }
        }
        return out;
    }

    /** A text object's glyphs, placed on the page. */
    private record Glyph(float x, float y, float width, float size, String text, boolean bold) {}

    /** GB/T 33190 CT_Text: Weight 700 is bold (400 normal); a bold font makes its text bold too. */
    private static boolean bold(Element t, Set<String> boldFonts) {
        return number(t.getAttribute("Weight"), 400) >= 600
                || boldFonts.contains(t.getAttribute("Font"));
    }

    private static List<PdfReader.Line> lines(
            Element content, int page, float[] box, Set<String> boldFonts) {
        List<Glyph> glyphs = new ArrayList<>();
        NodeList objects = content.getElementsByTagNameNS("*", "TextObject");
        for (int i = 0; i < objects.getLength(); i++) {
            Element t = (Element) objects.item(i);
            float[] b = box(t.getAttribute("Boundary"), new float[] {0, 0, 0, 0});
            float size = number(t.getAttribute("Size"), 3.5f);
            boolean bold = bold(t, boldFonts);
            NodeList codes = t.getElementsByTagNameNS("*", "TextCode");
            for (int c = 0; c < codes.getLength(); c++) {
                Element code = (Element) codes.item(c);
                String text = code.getTextContent();
                float x = b[0] + number(code.getAttribute("X"), 0);
                float y = b[1] + number(code.getAttribute("Y"), 0);
                float[] deltas =
                        deltas(
                                code.getAttribute("DeltaX"),
                                text.codePointCount(0, text.length()),
                                size);
                int k = 0;
                for (int cp : text.codePoints().toArray()) {
                    glyphs.add(new Glyph(x, y, size, size, Character.toString(cp), bold));
                    x += deltas[k++];
                }
            }
        }
        // one baseline, one line: glyphs within a fifth of their size of each other
        glyphs.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> rows = new ArrayList<>();
        for (Glyph g : glyphs) {
            List<Glyph> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && Math.abs(last.get(0).y() - g.y()) < g.size() * 0.2f) {
                last.add(g);
            } else {
                rows.add(new ArrayList<>(List.of(g)));
            }
        }
        List<PdfReader.Line> out = new ArrayList<>();
        int n = 0;
        for (List<Glyph> row : rows) {
            row.sort(Comparator.comparingDouble(Glyph::x));
            StringBuilder text = new StringBuilder();
            List<PdfReader.Cell> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            Glyph start = row.get(0);
            Glyph previous = null;
            float size = 0;
            boolean bold = true; // a line is bold when all of it is, as PDF lines are
            for (Glyph g : row) {
                size = Math.max(size, g.size());
                bold &= g.bold();
                if (previous != null
                        && g.x() - (previous.x() + previous.width())
                                > Math.max(g.size(), previous.size())) {
                    cells.add(
                            new PdfReader.Cell(
                                    cell.toString().strip(),
                                    start.x() * PT,
                                    (previous.x() + previous.width()) * PT));
                    cell.setLength(0);
                    start = g;
                    text.append(' ');
                }
                cell.append(g.text());
                text.append(g.text());
                previous = g;
            }
            cells.add(
                    new PdfReader.Cell(
                            cell.toString().strip(),
                            start.x() * PT,
                            (previous.x() + previous.width()) * PT));
            String t = ChineseText.withoutInvisible(text.toString());
            if (t.isBlank()) {
                continue;
            }
            n++;
            out.add(
                    new PdfReader.Line(
                            page,
                            n,
                            t,
                            row.get(0).x() * PT,
                            (previous.x() + previous.width()) * PT,
                            row.get(0).y() * PT,
                            size * PT,
                            bold,
                            box[2] * PT,
                            box[3] * PT,
                            cells.stream().filter(c -> !c.text().isEmpty()).toList()));
        }
        return out;
    }

    /**
     * DeltaX: the advance after each glyph, "g n d" repeating d n times; missing ones are one em.
     */
    private static float[] deltas(String spec, int count, float size) {
        float[] out = new float[Math.max(count, 1)];
        Arrays.fill(out, size);
        if (spec == null || spec.isBlank()) {
            return out;
        }
        String[] t = spec.trim().split("\\s+");
        int k = 0;
        for (int i = 0; i < t.length && k < count; i++) {
            if (t[i].equals("g") && i + 2 < t.length) {
                int times = (int) number(t[i + 1], 1);
                float d = number(t[i + 2], size);
                for (int r = 0; r < times && k < count; r++) {
                    out[k++] = d;
                }
                i += 2;
            } else {
                out[k++] = number(t[i], size);
            }
        }
        return out;
    }

    private static float[] box(String spec, float[] fallback) {
        if (spec == null || spec.isBlank()) {
            return fallback;
        }
        String[] t = spec.trim().split("\\s+");
        if (t.length != 4) {
            return fallback;
        }
        return new float[] {number(t[0], 0), number(t[1], 0), number(t[2], 0), number(t[3], 0)};
    }

    private static float number(String s, float fallback) {
        try {
            return s == null || s.isBlank() ? fallback : Float.parseFloat(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String strip(String loc) {
        String l = loc.trim();
        return l.startsWith("/") ? l.substring(1) : l;
    }

    private static String first(Element e, String tag) {
        NodeList l = e.getElementsByTagNameNS("*", tag);
        return l.getLength() == 0 ? null : l.item(0).getTextContent();
    }

    private static String text(Element e, String tag) {
        return first(e, tag);
    }

    private static Element xml(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("OFD 包中缺少 " + name);
        }
        byte[] bytes = bounded(zip, entry);
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Document d = b.parse(new ByteArrayInputStream(bytes));
            return d.getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(name + " 不是有效的 XML：" + e.getMessage(), e);
        }
    }

    /**
     * The entry's bytes, refusing one that unpacks past the limits (a zip bomb) whatever its header
     * says.
     */
    private static byte[] bounded(ZipFile zip, ZipEntry entry) throws IOException {
        long packed = Math.max(entry.getCompressedSize(), 1);
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            long total = 0;
            for (int r; (r = in.read(buf)) > 0; ) {
                total += r;
                if (total > MAX_ENTRY_BYTES
                        || (total > 1024 * 1024 && total / packed > MAX_RATIO)) {
                    throw new IOException(entry.getName() + " 解压后过大，可能是压缩炸弹");
                }
                out.write(buf, 0, r);
            }
            return out.toByteArray();
        }
    }
}
