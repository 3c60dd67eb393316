package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.gongkai.content.Body;
import org.gongkai.content.Content;
import org.gongkai.content.Document;
import org.gongkai.content.LinkTarget;
import org.gongkai.testing.ContentTree;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.Test;

/**
 * The renderer writes each body link where the loader decided it leads (the one resolver the checks
 * read), finding it in the rendered HTML by the index the Markdown reader marked it with.
 */
class BodyLinksTest {

    private static final String CITING =
            "见[另一份通知](b.md#第二条)和[再见](b.md)，附件[表格](清单&附表.pdf)，[坏链接](../../../x.md)。";

    /** The smallest file PDFBox and the media-type check take for a PDF. */
    private static final byte[] PDF = minimalPdf();

    private static Map<String, Document> load() {
        Content c =
                ContentTree.create()
                        .policy(
                                "a",
                                "2024-03-01",
                                "attachments:\n  - {file: 清单&附表.pdf, title: 清单}",
                                CITING)
                        .policy("b", "2024-03-02", "", "正文。")
                        .bytes("policies/2024/清单&附表.pdf", PDF)
                        .load();
        return bySource(c);
    }

    @Test
    void eachLinkGoesWhereTheLoaderDecidedWithItsFragment() {
        Map<String, Document> bySource = load();
        Document a = bySource.get("policies/2024/a.md");
        String html = BodyLinks.rewrite(a, bySource, byId(bySource));
        String page = SitePaths.document(bySource.get("policies/2024/b.md"));
        String root = SitePaths.rootOf(SitePaths.document(a));
        assertTrue(html.contains("href=\"" + root + page + "#第二条\""), html);
        assertTrue(html.contains("href=\"" + root + page + "\""), html);
        // an attachment beside it, by its published name
        assertTrue(
                html.contains(
                        "href=\"" + ViewFactory.fileName(a.attachments().get(0).path()) + "\""),
                html);
        assertTrue(html.contains("data-refused=\"\""), html);
        assertFalse(html.contains(".md"), html);
    }

    @Test
    void theRendererFollowsTheLoadedTargetAndDoesNotResolveTheAddressAgain() {
        Map<String, Document> bySource = load();
        Document a = bySource.get("policies/2024/a.md");
        // every link of a's body said to lead to a itself: a second resolution of "b.md" would
        // still write b's page
        Body retargeted =
                a.body()
                        .withTargets(
                                l ->
                                        l.image()
                                                ? l.target()
                                                : new LinkTarget.Document(
                                                        "policies/2024/a.md", "a", ""));
        String html =
                BodyLinks.rewrite(
                        Documents.with(a, retargeted, a.attachments()), bySource, byId(bySource));
        String self = SitePaths.rootOf(SitePaths.document(a)) + SitePaths.document(a);
        assertFalse(html.contains(SitePaths.document(bySource.get("policies/2024/b.md"))), html);
        assertEquals(4, html.split("href=\"" + self, -1).length - 1, html);
    }

    @Test
    void aLinkTheLoaderNeverResolvedLosesItsAddress() {
        Map<String, Document> bySource = load();
        Document a = bySource.get("policies/2024/a.md");
        Body unresolved = a.body().withTargets(l -> new LinkTarget.Unresolved());
        String html =
                BodyLinks.rewrite(
                        Documents.with(a, unresolved, a.attachments()), bySource, byId(bySource));
        assertEquals(List.of(), hrefs(html), html);
    }

    @Test
    void aLinkInsideAnImagesAltTextIsListedButDoesNotShiftTheOthers() {
        // commonmark renders an image's alt text as text: the link inside it has no element, so
        // counting rendered links would give the next link the wrong index
        Map<String, Document> bySource = citingB("![见[乙](b.md)](map.png) 见[乙文](b.md#第二条)。");
        Document a = bySource.get("policies/2024/a.md");
        assertEquals(3, a.body().links().size());
        String html = BodyLinks.rewrite(a, bySource, byId(bySource));
        String b = SitePaths.document(bySource.get("policies/2024/b.md"));
        assertTrue(html.contains("src=\"map.png\""), html);
        assertTrue(
                html.contains("href=\"" + SitePaths.rootOf(SitePaths.document(a)) + b + "#第二条\""),
                html);
        assertFalse(html.contains(Body.LINK_MARK), html);
    }

    @Test
    void aMarkWrittenInRawHtmlLeadsNowhereTheMarkdownDidNot() {
        Map<String, Document> bySource = load();
        Document a = bySource.get("policies/2024/a.md");
        // link 1 is [再见](b.md): a hand-made mark of that index with another address, and one
        // of an image's index on a link, are refused; one that repeats the Markdown goes where it
        // does
        String forged =
                "<p><a href=\"#gongkai-link=1/../../../secret.pdf\">甲</a>"
                        + "<a href=\"#gongkai-link=0/b.md#第二条\">乙</a>"
                        + "<img src=\"#gongkai-link=1/b.md\">"
                        + "<a href=\"#gongkai-link=1/b.md\">丙</a></p>";
        Body body =
                new Body(
                        forged,
                        "",
                        List.of(),
                        List.of(),
                        a.body().links(),
                        List.of(),
                        a.body().sourceLines());
        String html =
                BodyLinks.rewrite(
                        Documents.with(a, body, a.attachments()), bySource, byId(bySource));
        String page = SitePaths.document(bySource.get("policies/2024/b.md"));
        assertFalse(html.contains("secret"), html);
        assertEquals(2, html.split("data-refused=\"\"", -1).length - 1, html);
        assertEquals(
                List.of(
                        SitePaths.rootOf(SitePaths.document(a)) + page + "#第二条",
                        SitePaths.rootOf(SitePaths.document(a)) + page),
                hrefs(html),
                html);
    }

    @Test
    void aLinkByIdGoesToThePublishedDocumentOfThatIdOrLosesItsAddress() {
        Map<String, Document> bySource = citingB("见[通知](b)。");
        Document a = bySource.get("policies/2024/a.md");
        String page = SitePaths.document(bySource.get("policies/2024/b.md"));
        assertEquals(
                List.of(SitePaths.rootOf(SitePaths.document(a)) + page),
                hrefs(BodyLinks.rewrite(a, bySource, byId(bySource))));
        String withheld = BodyLinks.rewrite(a, bySource, id -> Optional.empty());
        assertEquals(List.of(), hrefs(withheld), withheld);
        assertTrue(withheld.contains("data-unpublished=\"\""), withheld);
    }

    /** Documents a, with {@code body}, and b, by source file. */
    private static Map<String, Document> citingB(String body) {
        return bySource(
                ContentTree.create()
                        .policy("a", "2024-03-01", "", body)
                        .policy("b", "2024-03-02", "", "正文。")
                        .load());
    }

    private static Map<String, Document> bySource(Content c) {
        return c.documents().stream()
                .collect(Collectors.toMap(d -> d.source().file(), Function.identity()));
    }

    private static Function<String, Optional<Document>> byId(Map<String, Document> bySource) {
        return id -> bySource.values().stream().filter(x -> x.id().equals(id)).findFirst();
    }

    private static byte[] minimalPdf() {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> hrefs(String html) {
        return Pattern.compile("href=\"([^\"]*)\"")
                .matcher(html)
                .results()
                .map(r -> r.group(1))
                .toList();
    }
}
