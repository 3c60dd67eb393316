package org.gongkai.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens the file the editor gave by what it is, not by its name (offices rename .wps and .pdf
 * freely), and turns every way a file can be unreadable into one {@link UnreadableDocument} with a
 * plain message.
 */
public final class SourceReader {

    /**
     * Larger files are refused: an official document is never this big, a scan or a wrong file is.
     */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private SourceReader() {}

    static SourceText read(Path file) throws UnreadableDocument {
        String name = file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocument("找不到文件：" + file);
        } catch (IOException e) {
            throw new UnreadableDocument("无法读取文件 " + name + "：" + e.getMessage(), e);
        }
        if (size == 0) {
            throw new UnreadableDocument(name + " 是空文件（0 字节），请重新导出或复制原件");
        }
        if (size > MAX_BYTES) {
            throw new UnreadableDocument(
                    name
                            + " 有 "
                            + size / 1024 / 1024
                            + " MB，超过上限 "
                            + MAX_BYTES / 1024 / 1024
                            + " MB；公文正文不会这么大，请确认选对了文件");
        }
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new UnreadableDocument("无法读取文件 " + name + "：" + e.getMessage(), e);
        }
        return switch (magic) {
            case OOXML -> OfdReader.isOfd(file) ? ofd(file, name) : docx(file, name);
            case PDF -> pdf(file, name);
            case OLE2 -> throw ole2(file, name);
            default ->
                    throw new UnreadableDocument(
                            name
                                    + " 不是 Word（.docx）、PDF 或 OFD 文件，无法导入。"
                                    + "请在 Word 或 WPS 中打开原件，另存为 .docx 或导出为 PDF 后再导入");
        };
    }

    private static SourceText docx(Path file, String name) throws UnreadableDocument {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return withText(DocxReader.read(in, name), name + " 中没有文字。如果原件是扫描图片，请先做文字识别（OCR）再导入");
        } catch (EncryptedDocumentException e) {
            throw protectedFile(name);
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged zip or XML part as any of several runtime exceptions
            throw damaged(name, "Word 文档", e, "请在 Word 或 WPS 中打开后重新另存为 .docx");
        }
    }

    private static SourceText ofd(Path file, String name) throws UnreadableDocument {
        try {
            return withText(OfdReader.read(file, name), name + SCANNED);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, "OFD", e, "请重新导出 OFD 或 PDF，或改用原始的 Word 文件导入");
        }
    }

    private static SourceText pdf(Path file, String name) throws UnreadableDocument {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return withText(PdfReader.read(pdf, name), name + SCANNED);
        } catch (InvalidPasswordException e) {
            throw protectedFile(name);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, "PDF", e, "请重新导出 PDF，或改用原始的 Word 文件导入");
        }
    }

    private static final String SCANNED = " 中没有可提取的文字，可能是扫描件。请先做文字识别（OCR），或改用原始的 Word 文件导入";

    /** A reader's text, refused when it holds none: a scan, most often. */
    private static SourceText withText(SourceText text, String none) throws UnreadableDocument {
        if (text.blocks().isEmpty()) {
            throw new UnreadableDocument(none);
        }
        return text;
    }

    /** A file its reader failed on: the reader's reason, and what to do instead. */
    private static UnreadableDocument damaged(String name, String as, Exception e, String advice) {
        return new UnreadableDocument(
                name + " 已损坏，无法作为 " + as + " 读取（" + shortReason(e) + "）。" + advice, e);
    }

    /**
     * An OLE2 file is either an encrypted .docx (Word wraps those in OLE2) or an old binary
     * .doc/.wps.
     */
    private static UnreadableDocument ole2(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return protectedFile(name);
            }
        } catch (IOException | RuntimeException e) {
            return new UnreadableDocument(name + " 已损坏，无法读取（" + shortReason(e) + "）", e);
        }
        return new UnreadableDocument(
                name
                        + " 是旧版 Word 97-2003（.doc）或 WPS（.wps）格式，无法直接导入。"
                        + "请在 Word 或 WPS 中打开，另存为 .docx 后再导入");
    }

    private static UnreadableDocument protectedFile(String name) {
        return new UnreadableDocument(
                name + " 设有打开密码，无法读取。请在 Word、WPS 或 PDF 软件中输入密码打开，" + "取消密码保护后另存一份再导入（要公开的文件不应加密）");
    }

    private static String shortReason(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // the editor needs the gist, not Java's class names
        m =
                m.replaceAll("\\s+", " ")
                        .replaceAll(
                                "(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9]*(?:Exception|Error):\\s*",
                                "");
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }
}
