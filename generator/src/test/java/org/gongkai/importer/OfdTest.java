package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OFD (GB/T 33190): text objects with positions go through the same layout recognition as a PDF's.
 */
class OfdTest {

    @TempDir Path dir;

    /** Builds a one-page OFD as a 版式 export writes it: one TextObject per line, in millimetres. */
    private static final class OfdFixture {
        private static final float LEFT = 28;
        private static final float RIGHT = 184;
        private final List<String> objects = new ArrayList<>();
        private float y = 40;
        private int id = 1;

        /**
         * kind: c centred, p indented body, f flush, r right, w indented in Weight 700, b indented
         * in the bold font (PublicRes font 2); cells separated by | at fixed columns.
         */
        OfdFixture line(char kind, String text) {
            float size = 5.6f; // 三号, 16 pt
            String[] cells = text.split("\\|");
            for (int c = 0; c < cells.length; c++) {
                String t = cells[c];
                float width = t.codePointCount(0, t.length()) * size;
                float x =
                        cells.length > 1
                                ? LEFT + c * (RIGHT - LEFT) / cells.length
                                : switch (kind) {
                                    case 'c' -> (LEFT + RIGHT - width) / 2;
                                    case 'p', 'w', 'b' -> LEFT + 2 * size;
                                    case 'r' -> RIGHT - width - 10;
                                    default -> LEFT;
                                };
                objects.add(
                        "<ofd:TextObject ID=\""
                                + id++
                                + "\" Boundary=\""
                                + x
                                + " "
                                + y
                                + " "
                                + width
                                + " "
                                + size
                                + "\" Font=\""
                                + (kind == 'b' ? 2 : 1)
                                + "\""
                                + (kind == 'w' ? " Weight=\"700\"" : "")
                                + " Size=\""
                                + size
                                + "\"><ofd:TextCode X=\"0\" Y=\""
                                + size
                                + "\" DeltaX=\"g "
                                + t.codePointCount(0, t.length())
                                + " "
                                + size
                                + "\">"
                                + t
                                + "</ofd:TextCode></ofd:TextObject>");
            }
            y += 10;
            return this;
        }

        Path save(Path file) throws Exception {
            String ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
            try (OutputStream o = Files.newOutputStream(file);
                    ZipOutputStream zip = new ZipOutputStream(o)) {
                put(
                        zip,
                        "OFD.xml",
                        "<ofd:OFD "
                                + ns
                                + " Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody>"
                                + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
                put(
                        zip,
                        "Doc_0/Document.xml",
                        "<ofd:Document "
                                + ns
                                + "><ofd:CommonData><ofd:PageArea>"
                                + "<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
                                + "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>"
                                + "<ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>");
                put(
                        zip,
                        "Doc_0/PublicRes.xml",
                        "<ofd:Res "
                                + ns
                                + " BaseLoc=\"Res\"><ofd:Fonts>"
                                + "<ofd:Font ID=\"1\" FontName=\"仿宋_GB2312\"/><ofd:Font ID=\"2\" FontName=\"楷体_GB2312\" Bold=\"true\"/>"
                                + "</ofd:Fonts></ofd:Res>");
                put(
                        zip,
                        "Doc_0/Pages/Page_0/Content.xml",
                        "<ofd:Page "
                                + ns
                                + "><ofd:Content><ofd:Layer ID=\"0\">"
                                + String.join("", objects)
                                + "</ofd:Layer></ofd:Content></ofd:Page>");
            }
            return file;
        }

        private static void put(ZipOutputStream zip, String name, String xml) throws Exception {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml)
                            .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    @Test
    void anOfdNoticeIsReadLikeAPdf() throws Exception {
        Path ofd =
                new OfdFixture()
                        .line('c', "安乐镇人民政府文件")
                        .line('c', "安政发〔2025〕15号")
                        .line('c', "安乐镇人民政府关于公布值班安排的通知")
                        .line('f', "各行政村：")
                        .line('p', "一、值班安排")
                        .line('f', "日期|值班领导|电话")
                        .line('f', "2月1日|王镇长|0530-1234567")
                        .line('f', "2月2日|李副镇长|0530-1234568")
                        .line('p', "二、工作要求")
                        .line('p', "值班人员要坚守岗位。")
                        .line('r', "安乐镇人民政府")
                        .line('r', "2025年1月20日")
                        .line('p', "（此件公开发布）")
                        .save(dir.resolve("duty.ofd"));
        Path content = ImportSite.create(dir);
        DocumentImport.Result r = ImportSite.importInto(content, ofd);
        OfficialDocument doc = r.document();
        assertEquals("安政发〔2025〕15号", doc.docNumber().orElseThrow().value());
        assertEquals("安乐镇人民政府关于公布值班安排的通知", doc.title().orElseThrow().value());
        assertEquals("安乐镇人民政府", doc.issuer().orElseThrow().value());
        assertEquals(LocalDate.of(2025, 1, 20), doc.written().orElseThrow().value());
        String md = Files.readString(r.file());
        assertEquals(List.of("## 一、值班安排", "## 二、工作要求"), PdfTableTest.headings(md), md);
        assertTrue(
                md.contains(
                        """
                | 日期 | 值班领导 | 电话 |
                | --- | --- | --- |
                | 2月1日 | 王镇长 | 0530-1234567 |
                | 2月2日 | 李副镇长 | 0530-1234568 |
                """),
                md);
    }

    @Test
    void boldTextInAnOfdIsReadAsBoldAsInWord() throws Exception {
        Path ofd =
                new OfdFixture()
                        .line('c', "安乐镇人民政府关于做好春节值班工作的通知")
                        .line('f', "各行政村：")
                        .line('p', "一、值班安排")
                        .line('w', "（一）节日值班")
                        .line('p', "值班人员要坚守岗位，及时报告突发情况。")
                        .line('b', "（二）信息报送")
                        .line('p', "重要情况随时报告。")
                        .line('w', "节日期间严禁燃放烟花爆竹。")
                        .line('b', "值班电话：0530-8123456。")
                        .line('r', "安乐镇人民政府")
                        .line('r', "2025年1月20日")
                        .save(dir.resolve("bold.ofd"));
        Path content = ImportSite.create(dir);
        String md = Files.readString(ImportSite.importInto(content, ofd).file());
        // bold by Weight and bold by a Bold font are both headings, and the bold does not split
        // （一）'s brackets
        assertEquals(
                List.of("## 一、值班安排", "### （一）节日值班", "### （二）信息报送"), PdfTableTest.headings(md), md);
        assertTrue(md.contains("\n**节日期间严禁燃放烟花爆竹**。\n"), "Weight 700 is bold: " + md);
        assertTrue(md.contains("\n**值班电话：0530-8123456**。\n"), "a Bold font is bold: " + md);
        assertTrue(md.contains("\n值班人员要坚守岗位，及时报告突发情况。\n"), "plain text stays plain: " + md);
    }

    @Test
    void anOfdThatUnpacksPastTheLimitIsRefused() throws Exception {
        Path bomb = dir.resolve("bomb.ofd");
        try (OutputStream o = Files.newOutputStream(bomb);
                ZipOutputStream zip = new ZipOutputStream(o)) {
            zip.putNextEntry(new ZipEntry("OFD.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 70; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        UnreadableDocument e =
                Assertions.assertThrows(
                        UnreadableDocument.class, () -> DocumentImport.recognise(bomb));
        assertTrue(
                e.getMessage().startsWith("bomb.ofd 已损坏，无法作为 OFD 读取（OFD.xml 解压后过大"),
                e.getMessage());
    }
}
