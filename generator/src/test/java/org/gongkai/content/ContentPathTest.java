package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one resolver: what each written path becomes, for a body link and for a copied file. */
class ContentPathTest {

    @TempDir Path tmp;
    Path content;
    Path dir;
    ContentPath paths;

    @BeforeEach
    void tree() throws IOException {
        content = Files.createDirectories(tmp.resolve("content"));
        dir = Files.createDirectories(content.resolve("notices/2024"));
        Files.createDirectories(dir.resolve("x"));
        Files.writeString(dir.resolve("a.pdf"), "%PDF-1.4\n");
        Files.writeString(dir.resolve("n.md"), "---\n");
        Files.createDirectories(content.resolve("policies/2024"));
        Files.writeString(content.resolve("policies/2024/secret.md"), "---\n");
        Files.writeString(tmp.resolve("outside.txt"), "secret");
        Files.createSymbolicLink(dir.resolve("out.pdf"), tmp.resolve("outside.txt"));
        Files.createSymbolicLink(
                dir.resolve("src.pdf"), content.resolve("policies/2024/secret.md"));
        Files.createSymbolicLink(dir.resolve("in.pdf"), dir.resolve("a.pdf"));
        paths = new ContentPath(content);
    }

    /** The kind of outcome and its main value, as one string. */
    private static String shown(LinkTarget t) {
        if (t instanceof LinkTarget.External e) {
            return "external " + e.address();
        }
        if (t instanceof LinkTarget.Fragment f) {
            return "fragment " + f.fragment();
        }
        if (t instanceof LinkTarget.Document d) {
            return "document " + (d.file().isEmpty() ? "id:" + d.id() : d.file());
        }
        if (t instanceof LinkTarget.File f) {
            return "file " + f.relative() + (f.exists() ? "" : " (missing)");
        }
        if (t instanceof LinkTarget.Refused r) {
            return "refused " + r.rule();
        }
        return "unresolved";
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://www.gov.cn/x | external https://www.gov.cn/x",
                "mailto:a@b.cn | external mailto:a@b.cn",
                "#第二条 | fragment 第二条",
                "'' | fragment ",
                "anzhengfa-2021-8 | document id:anzhengfa-2021-8",
                "n.md#x | document notices/2024/n.md",
                "../../policies/2024/secret.md | document policies/2024/secret.md",
                "x/../../../policies/2024/secret.md | document policies/2024/secret.md",
                "src.pdf | document notices/2024/src.pdf",
                "a.pdf | file notices/2024/a.pdf",
                "a%2Epdf?v=1 | file notices/2024/a.pdf",
                "in.pdf | file notices/2024/in.pdf",
                "none.pdf | file notices/2024/none.pdf (missing)",
                "../../../etc/passwd | refused path-outside-content",
                "/etc/passwd | refused path-outside-content",
                "file:///etc/passwd | refused path-outside-content",
                "..\\..\\x | refused path-outside-content",
                "C:/Users/x.docx | refused path-outside-content",
                "~/x | refused path-outside-content",
                "out.pdf | refused path-outside-content"
            })
    void aBodyLinkLeadsTo(String written, String expected) {
        assertEquals(expected.strip(), shown(paths.link(dir, written)).strip(), written);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a.pdf | file notices/2024/a.pdf",
                "x/../a.pdf | file notices/2024/a.pdf",
                "../../policies/2024/secret.md | refused path-document-source",
                "x/../../../policies/2024/secret.md | refused path-document-source",
                "src.pdf | refused path-document-source",
                "out.pdf | refused path-outside-content",
                "x/../index.html | refused path-reserved",
                "index.html.gz | refused path-reserved",
                "feed.xml | refused path-reserved",
                "x/../../2024/sitemap.xml | refused path-reserved",
                "assets/a.png | refused path-reserved",
                "../../../../x.pdf | refused path-outside-content"
            })
    void aCopiedFileIs(String written, String expected) {
        assertEquals(expected, shown(paths.file(dir, written)), written);
    }

    @Test
    void anImageIsDecodedAsABrowserReadsIt() {
        LinkTarget t = paths.image(dir, "x/..%2Fa.pdf");
        LinkTarget.File f = assertInstanceOf(LinkTarget.File.class, t);
        assertEquals("a.pdf", f.published());
        assertInstanceOf(LinkTarget.External.class, paths.image(dir, "data:image/png;base64,AAAA"));
    }

    @Test
    void normaliseIsNullWhenItClimbs() {
        assertEquals("a/c", ContentPath.normalise("a/b/../c"));
        assertEquals(null, ContentPath.normalise("a/../../c"));
        assertEquals("", ContentPath.normalise("./"));
    }

    @Test
    void aPlatformColumnAndADocumentIdIsALinkToAnotherColumn() {
        LinkTarget.Column c =
                assertInstanceOf(LinkTarget.Column.class, paths.link(dir, "county:xzf-2024-3"));
        assertEquals("county", c.column());
        assertEquals("xzf-2024-3", c.id());
        assertEquals("county:xzf-2024-3", c.key());
        assertEquals(
                "art2",
                assertInstanceOf(LinkTarget.Column.class, paths.link(dir, "c001:a.b-1#art2"))
                        .fragment());
        // the web's schemes keep their meaning; a scheme that runs code is never a column
        assertInstanceOf(LinkTarget.External.class, paths.link(dir, "tel:12345"));
        assertInstanceOf(LinkTarget.External.class, paths.link(dir, "mailto:zwgk"));
        assertInstanceOf(LinkTarget.External.class, paths.link(dir, "javascript:void"));
        assertInstanceOf(LinkTarget.External.class, paths.link(dir, "County:x"));
        // and the page carries no address the browser would follow until the platform gives it one
        assertEquals(
                "#gongkai-xref=county:xzf-2024-3",
                new SafeUrls().sanitizeLinkUrl("county:xzf-2024-3"));
        assertEquals("", new SafeUrls().sanitizeLinkUrl("javascript:void"));
    }

    @Test
    void aSourceOneLevelAboveTheRootInAColumnsFolderIsALinkToThatColumn() {
        // dir is content/notices/2024/: three levels up is one above the root
        LinkTarget.Column c =
                assertInstanceOf(
                        LinkTarget.Column.class,
                        paths.link(dir, "../../../county/policies/2024/%E6%94%BF-3.md#art2"));
        assertEquals("county", c.column());
        assertEquals("policies/2024/政-3.md", c.file());
        assertEquals("", c.id());
        assertEquals("art2", c.fragment());
        assertEquals("county:/policies/2024/政-3.md", c.key());
        assertEquals(
                "county:/a.md",
                assertInstanceOf(
                                LinkTarget.Column.class,
                                paths.link(dir, "../../../county/x/../a.md"))
                        .key());
        // two levels out, back out again, not a Markdown source, not a column's name, a name HTML
        // would read: the path is what it always was, outside the column
        for (String w :
                List.of(
                        "../../../../county/a.md",
                        "../../../county/../../a.md",
                        "../../../county/a.pdf",
                        "../../../County/a.md",
                        "../../../county/a\"b.md",
                        "../../../county/..%2F..%2Fa.md",
                        "../../../county")) {
            assertEquals(
                    ContentPath.OUTSIDE,
                    assertInstanceOf(LinkTarget.Refused.class, paths.link(dir, w)).rule(),
                    w);
        }
    }
}
