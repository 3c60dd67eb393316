package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's --out: a named folder is written and kept, a temporary one is removed at the end. */
class PreviewFolderTest {

    @Test
    void withoutOutTheFolderIsTemporaryAndRemovedWhenThePreviewStops() throws Exception {
        PreviewFolder preview = new PreviewFolder();
        Path folder = preview.make();
        assertTrue(Files.isDirectory(folder.getParent()), folder.toString());
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("index.html"), "<p>预览</p>");
        preview.removeIfTemporary(folder);
        assertFalse(Files.exists(folder.getParent()), folder.toString());
    }

    @Test
    void aNamedFolderIsUsedAndKept(@TempDir Path dir) throws Exception {
        PreviewFolder preview = new PreviewFolder();
        preview.named = dir.resolve("preview");
        Path folder = preview.make();
        assertEquals(dir.resolve("preview"), folder);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("index.html"), "<p>预览</p>");
        preview.removeIfTemporary(folder);
        assertTrue(Files.exists(folder.resolve("index.html")));
    }
}
