package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be imported give one plain Chinese sentence saying why and what to do. */
class UnreadableFileTest {

    @TempDir Path dir;

    private String refusal(Path file) {
        UnreadableDocument e =
                assertThrows(UnreadableDocument.class, () -> DocumentImport.recognise(file));
        assertFalse(e.getMessage().matches("(?s).*(Exception|\\bat org\\.).*"), e.getMessage());
        assertTrue(
                e.getMessage().contains(file.getFileName().toString())
                        || e.getMessage().contains("找不到文件"),
                e.getMessage());
        return e.getMessage();
    }

    private Path docx() throws Exception {
        return new DocxFixture()
                .centred("安乐镇人民政府关于做好防汛工作的通知")
                .p("各村要做好防汛准备。")
                .save(dir, "flood.docx");
    }

    @Test
    void passwordProtectedDocxIsRefusedWithAClearMessage() throws Exception {
        Path locked = DocxFixture.encrypt(docx(), "anle2024", dir.resolve("locked.docx"));
        assertTrue(refusal(locked).contains("设有打开密码"));
    }

    @Test
    void passwordProtectedPdfIsRefusedWithAClearMessage() throws Exception {
        PdfFixture.assumeFont();
        Path locked = new PdfFixture().p("各村要做好防汛准备。").save(dir, "locked.pdf", "anle2024");
        assertTrue(refusal(locked).contains("设有打开密码"));
    }

    @Test
    void truncatedDocxIsReportedAsDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(docx());
        Path cut = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(whole, whole.length / 2));
        assertTrue(refusal(cut).contains("已损坏"));
    }

    @Test
    void aZipThatIsNotAWordDocumentIsReportedAsDamaged() throws Exception {
        Path zip = dir.resolve("photos.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not a document".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertTrue(refusal(zip).contains("已损坏"));
    }

    @Test
    void damagedPdfIsRefused() throws Exception {
        Path pdf =
                Files.write(
                        dir.resolve("broken.pdf"),
                        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 9 0 R >>\n%%EOF"
                                .getBytes(StandardCharsets.US_ASCII));
        String m = refusal(pdf);
        assertTrue(m.contains("已损坏") || m.contains("没有可提取的文字"), m);
    }

    @Test
    void oldBinaryWordFilesAreAskedToBeSavedAsDocx() throws Exception {
        Path doc = dir.resolve("old.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem();
                OutputStream out = Files.newOutputStream(doc)) {
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertTrue(refusal(doc).contains("另存为 .docx"));
    }

    @Test
    void otherFilesEmptyFilesAndMissingFilesAreRefused() throws Exception {
        assertTrue(
                refusal(Files.writeString(dir.resolve("notes.txt"), "安乐镇"))
                        .contains("不是 Word（.docx）、PDF 或 OFD"));
        assertTrue(refusal(Files.write(dir.resolve("empty.docx"), new byte[0])).contains("空文件"));
        assertTrue(refusal(dir.resolve("missing.docx")).contains("找不到文件"));
    }
}
