package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.gongkai.content.Attachment;
import org.gongkai.content.Content;
import org.gongkai.content.Document;
import org.gongkai.publish.OutputTree;
import org.gongkai.testing.ContentTree;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files a page takes along are the ones the loader resolved, not found again by name. */
class ContentFilesTest {

    @TempDir Path out;

    /** A policy {@code id} of {@code date} attaching 清单.pdf, written beside it. */
    private static ContentTree withList(ContentTree tree, String id, String date) {
        return tree.policy(id, date, "attachments:\n  - {file: 清单.pdf, title: 清单}", "正文。");
    }

    @Test
    void anAttachmentIsCopiedFromTheLoadersTargetNotFromItsNameResolvedAgain() throws Exception {
        byte[] mine = pdf(1);
        byte[] other = pdf(2);
        ContentTree tree =
                withList(ContentTree.create(), "a", "2024-03-01")
                        .bytes("policies/2024/清单.pdf", mine);
        tree = withList(tree, "b", "2023-03-01").bytes("policies/2023/清单.pdf", other);
        Content c = tree.load();
        Document a = byId(c, "a");
        Attachment ofB = byId(c, "b").attachments().get(0);
        assertEquals("policies/2023/清单.pdf", ofB.path());
        // a's attachment, written 清单.pdf beside a, said by the loader to be b's file: a second
        // resolution of the name would copy a's own
        Document retargeted = Documents.with(a, a.body(), List.of(ofB));
        new ContentFiles(tree.root().toAbsolutePath().normalize())
                .copyFiles(retargeted, new OutputTree(out), false);
        Path copied = out.resolve(SitePaths.documentFolder(a) + ViewFactory.fileName(ofB.path()));
        assertArrayEquals(other, Files.readAllBytes(copied));
    }

    @Test
    void anAttachmentReplacedSinceLoadByALinkOutOfContentIsNotCopied(@TempDir Path elsewhere)
            throws Exception {
        ContentTree tree =
                withList(ContentTree.create(), "a", "2024-03-01")
                        .bytes("policies/2024/清单.pdf", pdf(1));
        Content c = tree.load();
        Document a = byId(c, "a");
        Path secret = Files.write(elsewhere.resolve("secret.pdf"), pdf(2));
        Path attachment = tree.root().resolve("policies/2024/清单.pdf");
        Files.delete(attachment);
        Files.createSymbolicLink(attachment, secret);
        new ContentFiles(tree.root().toAbsolutePath().normalize())
                .copyFiles(a, new OutputTree(out), false);
        Path copied =
                out.resolve(
                        SitePaths.documentFolder(a)
                                + ViewFactory.fileName(a.attachments().get(0).path()));
        assertFalse(Files.exists(copied), "a file outside content/ was published");
    }

    private static Document byId(Content c, String id) {
        return c.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    /** A PDF of {@code pages} empty pages, so two files differ. */
    private static byte[] pdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }
}
