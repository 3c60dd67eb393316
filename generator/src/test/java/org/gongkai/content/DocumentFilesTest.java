package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's listing of document files, told of changes, must always be what a fresh walk finds. */
class DocumentFilesTest {

    private static List<Path> walkedAfresh(Path root) throws IOException {
        return List.copyOf(new DocumentFiles().under(root).keySet());
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: 标题\n---\n正文。\n");
    }

    @Test
    void followsCreatedDeletedAndMovedFilesAndFolders(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("content");
        write(root.resolve("notices/2026/a.md"));
        write(root.resolve("notices/2026/b.md"));
        write(root.resolve("policies/2025/c.md"));
        Files.writeString(root.resolve("notices/2026/table.csv"), "村,金额\n");
        write(root.resolve(".git/x.md"));
        write(root.resolve("notices/2026/.a.md.swp.md"));
        DocumentFiles listing = new DocumentFiles();
        assertEquals(walkedAfresh(root), List.copyOf(listing.under(root).keySet()));
        assertEquals(3, listing.under(root).size(), "no .csv, nothing under .git");

        // a new file, a deleted file, a modified one
        write(root.resolve("notices/2026/d.md"));
        Files.delete(root.resolve("notices/2026/a.md"));
        write(root.resolve("notices/2026/b.md"));
        listing.changed(
                root,
                Set.of(
                        root.resolve("notices/2026/d.md"),
                        root.resolve("notices/2026/a.md"),
                        root.resolve("notices/2026/b.md")));
        assertEquals(walkedAfresh(root), List.copyOf(listing.under(root).keySet()));

        // a year folder moved: the watcher reports the old folder gone and the new one created
        Files.move(root.resolve("policies/2025"), root.resolve("policies/2024"));
        listing.changed(root, Set.of(root.resolve("policies/2025"), root.resolve("policies/2024")));
        assertEquals(walkedAfresh(root), List.copyOf(listing.under(root).keySet()));

        // a new folder with files in it, and a hidden one
        write(root.resolve("decisions/2026/e.md"));
        write(root.resolve("decisions/.drafts/f.md"));
        listing.changed(root, Set.of(root.resolve("decisions"), root.resolve("decisions/.drafts")));
        assertEquals(walkedAfresh(root), List.copyOf(listing.under(root).keySet()));
        assertEquals(
                List.of(
                        root.resolve("decisions/2026/e.md"),
                        root.resolve("notices/2026/b.md"),
                        root.resolve("notices/2026/d.md"),
                        root.resolve("policies/2024/c.md")),
                List.copyOf(listing.under(root).keySet()));
    }

    @Test
    void theRootInABatchMeansEventsWereLostAndTheNextLoadWalks(@TempDir Path dir)
            throws IOException {
        Path root = dir.resolve("content");
        write(root.resolve("notices/2026/a.md"));
        DocumentFiles listing = new DocumentFiles();
        listing.under(root);
        write(root.resolve("notices/2026/unreported.md"));
        listing.changed(root, Set.of(root));
        assertEquals(walkedAfresh(root), List.copyOf(listing.under(root).keySet()));
    }
}
