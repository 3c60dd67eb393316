package org.gongkai.importer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * Reads a .docx (Word or WPS) with Apache POI: body paragraphs and tables in order. Page headers
 * and footers live in separate parts of the file and are never read, so page numbers cannot leak
 * in. Numbering that Word generates (lists) is turned back into the 一、/（一）/1. text it shows.
 */
final class DocxReader {

    private DocxReader() {}

    static SourceText read(InputStream in, String fileName) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(in)) {
            List<SourceBlock> blocks = new ArrayList<>();
            ListNumbers numbers = new ListNumbers(doc.getNumbering());
            Pictures pictures = new Pictures();
            int paragraphNo = 0;
            int tableNo = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String text =
                            numbers.label(p) + runs(p, pictures, "第 " + (paragraphNo + 1) + " 段");
                    if (ChineseText.withoutMarks(text).isBlank()) {
                        continue;
                    }
                    paragraphNo++;
                    blocks.add(
                            new SourceBlock.Paragraph(text, layout(p), "第 " + paragraphNo + " 段"));
                } else if (element instanceof XWPFTable t) {
                    tableNo++;
                    blocks.add(
                            new SourceBlock.Table(
                                    rows(t, pictures, "第 " + tableNo + " 个表格"),
                                    "第 " + tableNo + " 个表格"));
                }
            }
            return new SourceText(
                    fileName, "Word 文档", blocks, List.of(), pictures.doubts, pictures.list);
        }
    }

    /**
     * Run texts with bold runs marked; tabs and line breaks inside a paragraph become nothing
     * (Chinese).
     */
    private static String runs(XWPFParagraph p, Pictures pictures, String origin) {
        StringBuilder b = new StringBuilder();
        for (XWPFRun r : p.getRuns()) {
            for (XWPFPicture picture : r.getEmbeddedPictures()) {
                b.append(pictures.take(picture.getPictureData(), origin));
            }
            String t = r.text();
            if (t == null || t.isEmpty()) {
                continue;
            }
            t =
                    ChineseText.withoutInvisible(
                            t.replace("\t", " ").replace("\n", "").replace("\r", ""));
            if (r.isBold() && !t.isBlank()) {
                b.append(ChineseText.BOLD_START).append(t).append(ChineseText.BOLD_END);
            } else {
                b.append(t);
            }
        }
        // adjacent bold runs (Word splits runs freely) are one emphasis
        return b.toString().replace("" + ChineseText.BOLD_END + ChineseText.BOLD_START, "");
    }

    private static SourceBlock.Layout layout(XWPFParagraph p) {
        String style = p.getStyleID() == null ? "" : p.getStyleID().toLowerCase(Locale.ROOT);
        boolean heading =
                style.startsWith("heading")
                        || style.equals("title")
                        || style.startsWith("标题")
                        || (p.getCTP().getPPr() != null
                                && p.getCTP().getPPr().getOutlineLvl() != null);
        boolean centred = p.getAlignment() == ParagraphAlignment.CENTER;
        boolean allBold =
                !p.getRuns().isEmpty()
                        && p.getRuns().stream()
                                .filter(r -> r.text() != null && !r.text().isBlank())
                                .allMatch(XWPFRun::isBold);
        return new SourceBlock.Layout(centred, heading, allBold);
    }

    private static List<List<String>> rows(XWPFTable t, Pictures pictures, String origin) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                StringBuilder text = new StringBuilder();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    String r = runs(p, pictures, origin);
                    if (!r.isBlank()) {
                        text.append(text.isEmpty() ? "" : " ").append(r.strip());
                    }
                }
                cells.add(text.toString());
                // a cell merged across columns keeps the columns of the rows around it
                BigInteger span =
                        cell.getCTTc().getTcPr() != null
                                        && cell.getCTTc().getTcPr().getGridSpan() != null
                                ? cell.getCTTc().getTcPr().getGridSpan().getVal()
                                : BigInteger.ONE;
                for (int i = 1; i < span.intValue(); i++) {
                    cells.add("");
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * The pictures of the document in order, as PNG or JPEG: those two as they are, GIF, BMP and
     * TIFF converted to PNG, anything else (EMF, WMF vector drawings) reported and left out. Limits
     * as for the file itself: no picture over 16 MB or 40 megapixels, at most 200 pictures.
     */
    private static final class Pictures {
        static final int MAX_BYTES = 16 * 1024 * 1024;
        static final long MAX_PIXELS = 40_000_000L;
        static final int MAX_COUNT = 200;
        final List<Picture> list = new ArrayList<>();
        final List<String> doubts = new ArrayList<>();

        /**
         * The picture's mark for the text, or "" when it cannot be brought over (and a doubt says
         * so).
         */
        String take(XWPFPictureData data, String origin) {
            if (data == null || data.getData() == null) {
                return "";
            }
            byte[] bytes = data.getData();
            PictureType type = data.getPictureTypeEnum();
            String what = type == null ? "未知格式" : type.name();
            if (list.size() >= MAX_COUNT) {
                doubts.add(origin + "的图片超过 " + MAX_COUNT + " 张，其余没有导入，请手工添加");
                return "";
            }
            if (bytes.length > MAX_BYTES) {
                doubts.add(
                        origin
                                + "有一张 "
                                + bytes.length / 1024 / 1024
                                + " MB 的图片，超过 16 MB，没有导入；请压缩后手工添加");
                return "";
            }
            Picture picture;
            if (type == PictureType.PNG) {
                picture = new Picture(bytes, "png", origin);
            } else if (type == PictureType.JPEG) {
                picture = new Picture(bytes, "jpg", origin);
            } else {
                byte[] png = toPng(bytes);
                if (png == null) {
                    doubts.add(
                            origin
                                    + "有一张 "
                                    + what
                                    + " 图片，无法转换为 PNG，没有导入；请在 Word 中把它另存为 PNG 图片，"
                                    + "放在文件旁边，并在正文原处写 ![图片说明](文件名)");
                    return "";
                }
                picture = new Picture(png, "png", origin);
            }
            list.add(picture);
            return Picture.mark(list.size());
        }

        private static byte[] toPng(byte[] bytes) {
            try (ImageInputStream in =
                    ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
                Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
                if (readers == null || !readers.hasNext()) {
                    return null;
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                        return null;
                    }
                    BufferedImage image = reader.read(0);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    return ImageIO.write(image, "png", out) ? out.toByteArray() : null;
                } finally {
                    reader.dispose();
                }
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * Word's automatic numbering: counters per list and level, starting where the level's {@code
     * w:start} (or the list's {@code w:startOverride}) says, each level formatted as its own {@code
     * w:numFmt} and {@code w:lvlText} say. Read through POI's numbering part, with a list's level
     * overrides first.
     */
    private static final class ListNumbers {
        private final XWPFNumbering numbering;
        private final Map<BigInteger, int[]> counters = new HashMap<>();

        ListNumbers(XWPFNumbering numbering) {
            this.numbering = numbering;
        }

        String label(XWPFParagraph p) {
            BigInteger id = p.getNumID();
            if (id == null || numbering == null || numbering.getNum(id) == null) {
                return "";
            }
            int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
            int[] c =
                    counters.computeIfAbsent(
                            id,
                            k -> {
                                int[] fresh = new int[9];
                                for (int l = 0; l < 9; l++) {
                                    fresh[l] = start(id, l) - 1;
                                }
                                return fresh;
                            });
            c[level]++;
            for (int i = level + 1; i < 9; i++) {
                c[i] = start(id, i) - 1;
            }
            CTLvl lvl = lvl(id, level);
            if (lvl == null || lvl.getLvlText() == null || lvl.getLvlText().getVal() == null) {
                return "";
            }
            String fmt = fmt(lvl);
            if ("bullet".equals(fmt) || "none".equals(fmt)) {
                return "";
            }
            String text = lvl.getLvlText().getVal();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                    int l = text.charAt(++i) - '1';
                    if (l >= 0 && l < 9) {
                        CTLvl other = lvl(id, l);
                        // a level above not reached yet shows its start, as Word does
                        out.append(
                                format(
                                        other == null ? fmt : fmt(other),
                                        Math.max(start(id, l), c[l])));
                    }
                } else {
                    out.append(ch);
                }
            }
            return out.toString();
        }

        private static String fmt(CTLvl lvl) {
            return lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null
                    ? "decimal"
                    : lvl.getNumFmt().getVal().toString();
        }

        private int start(BigInteger id, int level) {
            CTNumLvl override = override(id, level);
            if (override != null
                    && override.getStartOverride() != null
                    && override.getStartOverride().getVal() != null) {
                return override.getStartOverride().getVal().intValue();
            }
            CTLvl lvl = lvl(id, level);
            return lvl != null && lvl.getStart() != null && lvl.getStart().getVal() != null
                    ? lvl.getStart().getVal().intValue()
                    : 1;
        }

        private CTNumLvl override(BigInteger id, int level) {
            XWPFNum num = numbering.getNum(id);
            if (num == null || num.getCTNum() == null) {
                return null;
            }
            return atLevel(num.getCTNum().getLvlOverrideList(), CTNumLvl::getIlvl, level);
        }

        /**
         * The level's definition: the list's own override when it gives one, else the abstract
         * list's.
         */
        private CTLvl lvl(BigInteger id, int level) {
            CTNumLvl override = override(id, level);
            if (override != null && override.getLvl() != null) {
                return override.getLvl();
            }
            BigInteger abstractId = numbering.getAbstractNumID(id);
            XWPFAbstractNum abs = abstractId == null ? null : numbering.getAbstractNum(abstractId);
            if (abs == null || abs.getCTAbstractNum() == null) {
                return null;
            }
            return atLevel(abs.getCTAbstractNum().getLvlList(), CTLvl::getIlvl, level);
        }

        /** The entry of a list's override or definition that is for {@code level}, or null. */
        private static <T> T atLevel(List<T> entries, Function<T, BigInteger> ilvl, int level) {
            for (T e : entries) {
                BigInteger i = ilvl.apply(e);
                if (i != null && i.intValue() == level) {
                    return e;
                }
            }
            return null;
        }

        private static String format(String fmt, int n) {
            if ((fmt.startsWith("chinese")
                            || fmt.startsWith("ideograph")
                            || fmt.startsWith("japaneseCounting"))
                    && n >= 0
                    && n < 100) {
                String digits = "零一二三四五六七八九";
                if (n < 10) {
                    return String.valueOf(digits.charAt(n));
                }
                return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10)))
                        + "十"
                        + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
            }
            return String.valueOf(n);
        }
    }
}
