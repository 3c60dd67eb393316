package org.gongkai.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.SiteBuilder;
import org.gongkai.publish.CacheHeaders;
import org.gongkai.testing.Repo;
import org.gongkai.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewTest {

    private static final String NOTICE = "notices/2026/tzgg-2026-01.md";

    /** The sample content copied into a scratch repository, previewed into its own folder. */
    private static Preview sample(Path dir) {
        Trees.copy(Repo.content(), dir.resolve("content"));
        return new Preview(
                BuildConfig.of(dir.resolve("content"), dir.resolve("preview"), Repo.AS_OF));
    }

    /**
     * A full build's files, minus what only the web-server step adds (.gz, _headers) and the search
     * stage's index files: the preview answers searches itself, so it renders every page but writes
     * no index.
     */
    private static Map<String, byte[]> fullBuild(Path content, Path out) throws IOException {
        assertTrue(SiteBuilder.build(BuildConfig.of(content, out, Repo.AS_OF)).written());
        return Trees.files(
                out,
                rel ->
                        !rel.endsWith(".gz")
                                && !rel.equals(CacheHeaders.FILE)
                                && (!rel.startsWith("search/") || rel.equals("search/index.html")));
    }

    private static void assertSameTree(Map<String, byte[]> expected, Path actualRoot) {
        Map<String, byte[]> actual = Trees.files(actualRoot, rel -> true);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach(
                (path, bytes) ->
                        assertArrayEquals(
                                bytes, actual.get(path), path + " differs from a full build"));
    }

    @Test
    void aOneFileEditRendersOnlyAffectedPagesAndEqualsAFullBuild(@TempDir Path dir)
            throws IOException {
        Preview preview = sample(dir);
        Preview.Outcome first = preview.rebuildAll();
        assertTrue(first.ok(), first.findings().toString());
        assertEquals(first.pagesTotal(), first.pagesRendered());

        Path notice = dir.resolve("content").resolve(NOTICE);
        Files.writeString(
                notice,
                Files.readString(notice)
                        .replace(
                                "title: 安乐镇关于2026—2027年度森林防火期野外用火管控的通告",
                                "title: 安乐镇关于森林防火期野外用火管控的通告（修订）"));
        Preview.Outcome edit = preview.rebuild(Set.of(notice));

        assertTrue(edit.ok(), edit.findings().toString());
        assertTrue(
                edit.pagesRendered() > 1 && edit.pagesRendered() < first.pagesTotal() / 3,
                "rendered " + edit.pagesRendered() + " of " + first.pagesTotal());
        assertTrue(
                Files.readString(preview.root().resolve("index.html"), StandardCharsets.UTF_8)
                        .contains("森林防火期野外用火管控的通告（修订）"),
                "the home page lists the latest notices");
        assertSameTree(fullBuild(dir.resolve("content"), dir.resolve("full")), preview.root());
    }

    @Test
    void aDeletedOrAddedDocumentEqualsAFullBuild(@TempDir Path dir) throws IOException {
        Preview preview = sample(dir);
        assertTrue(preview.rebuildAll().ok());
        Path notice = dir.resolve("content").resolve(NOTICE);
        Path moved = dir.resolve("content/notices/2026/tzgg-2026-09.md");
        Files.move(notice, moved);

        Preview.Outcome o = preview.rebuild(Set.of(notice, moved));

        assertTrue(o.ok(), o.findings().toString());
        assertFalse(Files.exists(preview.root().resolve("notices/2026/tzgg-2026-01/index.html")));
        assertTrue(Files.exists(preview.root().resolve("notices/2026/tzgg-2026-09/index.html")));
        assertSameTree(fullBuild(dir.resolve("content"), dir.resolve("full")), preview.root());
    }

    @Test
    void aBrokenEditIsReportedAndKeepsTheLastGoodPagesUntilFixed(@TempDir Path dir)
            throws IOException {
        Preview preview = sample(dir);
        Preview.Outcome good = preview.rebuildAll();
        Path page = preview.root().resolve("notices/2026/tzgg-2026-01/index.html");
        byte[] before = Files.readAllBytes(page);
        Path notice = dir.resolve("content").resolve(NOTICE);
        String text = Files.readString(notice);

        Files.writeString(notice, text.replace("published: 2026-10-28", "published: 2026-10-88"));
        Preview.Outcome broken = preview.rebuild(Set.of(notice));

        assertFalse(broken.ok());
        assertTrue(broken.version() > good.version());
        assertEquals(
                broken.version(),
                preview.rebuild(Set.of()).version(),
                "the same errors again (serve's warm-up, a save without edits): browsers are not reloaded");
        assertEquals(broken.version(), preview.rebuild(Set.of(notice)).version());
        assertEquals(NOTICE, broken.errors().get(0).where().file());
        assertEquals(3, broken.errors().get(0).where().line());
        assertArrayEquals(before, Files.readAllBytes(page));

        Files.writeString(notice, text.replace("published: 2026-10-28", "published: 2026-10-29"));
        Preview.Outcome fixed = preview.rebuild(Set.of(notice));
        assertTrue(fixed.ok(), fixed.findings().toString());
        assertTrue(fixed.version() > broken.version(), "from the error page back to the pages");
        assertTrue(Files.readString(page).contains("2026-10-29"));
        Preview.Outcome again = preview.rebuild(Set.of(notice));
        assertEquals(fixed.version(), again.version(), "nothing changed: no reload");
        assertEquals(0, again.pagesRendered());
    }

    /**
     * content/ given as a symbolic link: the watcher reports paths under the link, the listing is
     * of its target.
     */
    @Test
    void aNewFileInALinkedContentFolderIsPublished(@TempDir Path dir) throws IOException {
        Trees.copy(Repo.content(), dir.resolve("real-content"));
        Path link = Files.createSymbolicLink(dir.resolve("content"), dir.resolve("real-content"));
        Preview preview = new Preview(BuildConfig.of(link, dir.resolve("preview"), Repo.AS_OF));
        assertTrue(preview.rebuildAll().ok());
        Path added = link.resolve("notices/2026/tzgg-2026-31.md");
        Files.writeString(
                added,
                Files.readString(link.resolve(NOTICE))
                        .replaceFirst("(?m)^index_no: (.*)-\\d{5}$", "index_no: $1-99999"));

        Preview.Outcome o = preview.rebuild(Set.of(added));

        assertTrue(o.ok(), o.findings().toString());
        assertTrue(
                Files.exists(preview.root().resolve("notices/2026/tzgg-2026-31/index.html")),
                "the new notice's page");
    }

    /** A body's links point at other documents' pages: kept bodies must follow their targets. */
    @Test
    void aLinkFollowsItsTargetToItsNewAddressAndBack(@TempDir Path dir) throws IOException {
        Preview preview = sample(dir);
        assertTrue(preview.rebuildAll().ok());
        Path notice = dir.resolve("content").resolve(NOTICE);
        Files.writeString(notice, Files.readString(notice) + "\n详见[有关政策](anzhengfa-2023-5)。\n");
        assertTrue(preview.rebuild(Set.of(notice)).ok());
        Path page = preview.root().resolve("notices/2026/tzgg-2026-01/index.html");
        assertTrue(
                Files.readString(page).contains("policies/2023/anzhengfa-2023-5/"),
                "linked to the policy's page");

        // published a year later: the policy's page moves to policies/2024/, and the notice's link
        // with it
        Path policy = dir.resolve("content/policies/2023/anzhengfa-2023-5.md");
        String text = Files.readString(policy);
        Files.writeString(policy, text.replace("published: 2023-02-23", "published: 2024-02-23"));
        Preview.Outcome moved = preview.rebuild(Set.of(policy));
        assertTrue(moved.ok(), moved.errors().toString());
        assertTrue(
                Files.readString(page).contains("policies/2024/anzhengfa-2023-5/"),
                "the link follows");
        assertSameTree(fullBuild(dir.resolve("content"), dir.resolve("full1")), preview.root());

        Files.writeString(policy, text);
        assertTrue(preview.rebuild(Set.of(policy)).ok());
        assertTrue(Files.readString(page).contains("policies/2023/anzhengfa-2023-5/"));
        assertSameTree(fullBuild(dir.resolve("content"), dir.resolve("full2")), preview.root());
    }

    @Test
    void aThemeEditRendersEveryPageAgain(@TempDir Path dir) throws IOException {
        Preview preview = sample(dir);
        Preview.Outcome first = preview.rebuildAll();
        Path css = dir.resolve("themes/default/assets/gongkai.css");
        Files.createDirectories(css.getParent());
        Files.writeString(css, "body { font-size: 20px; }\n");

        Preview.Outcome o = preview.rebuild(Set.of(css));

        assertTrue(o.ok(), o.findings().toString());
        assertEquals(first.pagesTotal(), o.pagesRendered(), "a new asset hash changes every page");
        assertSameTree(fullBuild(dir.resolve("content"), dir.resolve("full")), preview.root());
    }
}
