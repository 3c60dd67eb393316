package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a file is, by its bytes: the table every copied file goes through. */
class MediaTypeTest {

    @TempDir Path dir;

    private static byte[] bytes(String spec) throws IOException {
        return switch (spec) {
            case "png" ->
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
            case "jpeg" ->
                    new byte[] {
                        (byte) 0xFF,
                        (byte) 0xD8,
                        (byte) 0xFF,
                        (byte) 0xE0,
                        0,
                        16,
                        'J',
                        'F',
                        'I',
                        'F'
                    };
            case "gif" -> "GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
            case "webp" -> "RIFF$\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
            case "pdf" -> "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
            case "ole2" ->
                    new byte[] {
                        (byte) 0xD0,
                        (byte) 0xCF,
                        0x11,
                        (byte) 0xE0,
                        (byte) 0xA1,
                        (byte) 0xB1,
                        0x1A,
                        (byte) 0xE1,
                        0,
                        0
                    };
            case "docx" -> zip("[Content_Types].xml", "word/document.xml");
            case "ofd" -> zip("OFD.xml", "Doc_0/Document.xml");
            case "zip" -> zip("材料/说明.txt");
            case "utf8" -> "户主,金额\n张*,<100\n".getBytes(StandardCharsets.UTF_8);
            case "gb18030" -> "户主,金额\n张*,100\n".getBytes(Charset.forName("GB18030"));
            case "html" -> "\n  <!DOCTYPE html><p>hi".getBytes(StandardCharsets.UTF_8);
            case "script" -> "姓名\n<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
            case "svg" ->
                    "<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>"
                            .getBytes(StandardCharsets.UTF_8);
            case "xml" -> "<?xml version='1.0'?><root/>".getBytes(StandardCharsets.UTF_8);
            case "nul" -> new byte[] {'M', 'Z', 0, 0, 1, 2};
            default -> throw new IllegalArgumentException(spec);
        };
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String n : names) {
                z.putNextEntry(new ZipEntry(n));
                z.write("x".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @CsvSource({
        "png, PNG", "jpeg, JPEG", "gif, GIF", "webp, WEBP", "pdf, PDF", "ole2, OFFICE_COMPOUND",
        "docx, OFFICE_OPEN_XML", "ofd, OFD", "zip, ZIP", "utf8, TEXT", "gb18030, TEXT",
                "html, HTML",
        "script, HTML", "svg, SVG", "xml, XML", "nul, UNKNOWN"
    })
    void typeIsDecidedByTheBytes(String spec, MediaType expected) throws IOException {
        Path f = dir.resolve("file-named-anything.pdf");
        Files.write(f, bytes(spec));
        assertEquals(expected, MediaType.of(f));
    }

    @ParameterizedTest
    @CsvSource({
        "png, tu.png, ATTACHMENT, ''",
        "png, tu.PNG, IMAGE, ''",
        "png, tu.jpg, IMAGE, image-type",
        "svg, tu.svg, IMAGE, image-type",
        "html, a.pdf, ATTACHMENT, attachment-active-content",
        "docx, a.docx, ATTACHMENT, ''",
        "zip, a.docx, ATTACHMENT, attachment-type",
        "ole2, a.wps, ATTACHMENT, ''",
        "ofd, a.ofd, ATTACHMENT, ''",
        "utf8, a.csv, DATA, ''",
        "utf8, a.txt, DATA, data-not-csv",
        "script, a.csv, DATA, attachment-active-content",
        "nul, a.exe, ATTACHMENT, attachment-type"
    })
    void eachUseAllowsItsTypesUnderTheirNames(
            String spec, String name, MediaType.Use use, String rule) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes(spec));
        assertEquals(
                rule, use.refusal(f, name, SourceRef.file("n.md")).map(Finding::ruleId).orElse(""));
    }
}
