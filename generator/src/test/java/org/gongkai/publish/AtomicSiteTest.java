package org.gongkai.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSiteTest {

    @TempDir Path tmp;

    /**
     * A site-like tree: many page folders, each with index.html and .gz, nested a few levels deep.
     */
    private Path tree(String name) throws IOException {
        Path root = tmp.resolve(name);
        for (int y = 0; y < 5; y++) {
            for (int i = 0; i < 300; i++) {
                Path page = root.resolve("policies/" + (2020 + y) + "/p-" + i);
                Files.createDirectories(page);
                Files.writeString(page.resolve("index.html"), "<p>" + i);
                Files.writeString(page.resolve("index.html.gz"), "gz" + i);
            }
        }
        Files.createDirectories(root.resolve("search/abc/m"));
        Files.writeString(root.resolve("search/abc/m/0.json"), "{}");
        Files.createDirectories(root.resolve("empty/deeper/still"));
        Files.writeString(root.resolve("index.html"), "home");
        return root;
    }

    @Test
    void deleteTreeRemovesEveryFileAndFolder() throws IOException {
        Path root = tree("old");
        AtomicSite.deleteTree(root);
        assertFalse(Files.exists(root, LinkOption.NOFOLLOW_LINKS));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void deleteTreeRemovesLinksButNotWhatTheyPointTo() throws IOException {
        Path root = tree("old");
        Path outside = tmp.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Files.createSymbolicLink(root.resolve("policies/link-to-folder"), outside);
        Files.createSymbolicLink(root.resolve("link-to-file"), outside.resolve("keep.txt"));
        AtomicSite.deleteTree(root);
        assertFalse(Files.exists(root, LinkOption.NOFOLLOW_LINKS));
        assertEquals("keep", Files.readString(outside.resolve("keep.txt")));
    }

    @Test
    void deleteTreeOfNothingIsNothing() throws IOException {
        AtomicSite.deleteTree(tmp.resolve("absent"));
        assertTrue(Files.isDirectory(tmp));
    }

    @Test
    void commitSwapsTheStagingFolderInAndTheOldSiteOut() throws IOException {
        Path site = tree("site");
        AtomicSite build = AtomicSite.begin(site);
        Files.writeString(build.staging().resolve("index.html"), "new home");
        build.commit();
        assertEquals("new home", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("policies")));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(1, left.count(), "the old site and the staging folder are gone");
        }
    }
}
