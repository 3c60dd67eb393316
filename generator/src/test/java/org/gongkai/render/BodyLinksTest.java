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
        return c.documents().stream()
                .collect(Collectors.toMap(d -> d.source().file(), Function.identity()));
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
        String html = BodyLinks.rewrite(with(a, retargeted), bySource, byId(bySource));
        String self = SitePaths.rootOf(SitePaths.document(a)) + SitePaths.document(a);
        assertFalse(html.contains(SitePaths.document(bySource.get("policies/2024/b.md"))), html);
        assertEquals(4, html.split("href=\"" + self, -1).length - 1, html);
    }

    @Test
    void aLinkTheLoaderNeverResolvedLosesItsAddress() {
        Map<String, Document> bySource = load();
        Document a = bySource.get("policies/2024/a.md");
        Body unresolved = a.body().withTargets(l -> new LinkTarget.Unresolved());
        String html = BodyLinks.rewrite(with(a, unresolved), bySource, byId(bySource));
        assertEquals(List.of(), hrefs(html), html);
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

    private static Document with(Document d, Body body) {
        return new Document(
                d.id(),
                d.type(),
                d.source(),
                d.title(),
                d.published(),
                d.disclosure(),
                d.disclosureMarks(),
                d.withheldBasis(),
                d.reviewBy(),
                d.indexNo(),
                d.issuer(),
                d.topics(),
                d.themes(),
                d.keywords(),
                d.summary(),
                d.attachments(),
                body,
                d.details(),
                d.keys(),
                d.catalogItem(),
                d.formed());
    }
}
