package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.publish.BrokenLinks;
import org.gongkai.publish.OutputTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer kept from one build to the next writes what a new one would. */
class CatalogFilesTest {

    private static Catalog.Row row(int i, String title) {
        return new Catalog.Row(
                "000-" + i,
                title,
                "notices/" + i + "/",
                "概述，含逗号",
                "安乐镇",
                "2026-01-0" + (i % 9 + 1));
    }

    /** The CSV and JSON a fresh writer makes of {@code rows}. */
    private static List<String> fresh(List<Catalog.Row> rows, String base, Path dir)
            throws IOException {
        new CatalogFiles().write(rows, base, new OutputTree(dir));
        return files(dir);
    }

    private static List<String> files(Path dir) throws IOException {
        return List.of(
                Files.readString(dir.resolve(SitePaths.CATALOG_CSV)),
                Files.readString(dir.resolve(SitePaths.CATALOG_JSON)));
    }

    @Test
    void aKeptWriterWritesWhatAFreshOneWritesAfterARowChangesOrTheBaseUrl(@TempDir Path tmp)
            throws IOException {
        List<Catalog.Row> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(row(i, "通知" + i));
        }
        CatalogFiles kept = new CatalogFiles();
        Path out = tmp.resolve("kept");
        kept.write(rows, "", new OutputTree(out));
        assertEquals(fresh(rows, "", tmp.resolve("a")), files(out));
        assertTrue(files(out).get(1).startsWith("[{\"索引号\":\"000-0\""));

        rows.set(2, row(2, "通知2（修改）"));
        rows.remove(4);
        kept.write(rows, "", new OutputTree(out));
        assertEquals(fresh(rows, "", tmp.resolve("b")), files(out));
        assertTrue(files(out).get(0).contains("通知2（修改）"));

        // the links become absolute: no row's old encoding may stay
        kept.write(rows, "https://www.anle.gov.cn/xxgk/", new OutputTree(out));
        assertEquals(fresh(rows, "https://www.anle.gov.cn/xxgk/", tmp.resolve("c")), files(out));
        assertTrue(files(out).get(1).contains("https://www.anle.gov.cn/xxgk/notices/0/"));

        kept.write(List.of(), "", new OutputTree(out));
        assertEquals("[]", files(out).get(1));
    }

    @Test
    void aKeptWriterLeavesTheFilesOfUnchangedRowsAsTheyAreButCountsThem(@TempDir Path tmp)
            throws IOException {
        List<Catalog.Row> rows = List.of(row(0, "通知0"), row(1, "通知1"));
        CatalogFiles kept = new CatalogFiles();
        Path out = tmp.resolve("kept");
        kept.write(rows, "", new OutputTree(out));
        Path csv = out.resolve(SitePaths.CATALOG_CSV);
        Object inode = Files.readAttributes(csv, BasicFileAttributes.class).fileKey();
        Files.setLastModifiedTime(csv, FileTime.fromMillis(0));

        OutputTree again = new OutputTree(out);
        kept.write(List.copyOf(rows), "", again); // the same row objects: a body edited
        assertEquals(FileTime.fromMillis(0), Files.getLastModifiedTime(csv), "not written again");
        assertEquals(inode, Files.readAttributes(csv, BasicFileAttributes.class).fileKey());
        assertEquals(Set.of(SitePaths.CATALOG_CSV, SitePaths.CATALOG_JSON), again.written());

        // gone from the folder, or another folder, or a build's folder with .gz: written
        Files.delete(csv);
        kept.write(rows, "", new OutputTree(out));
        assertEquals(fresh(rows, "", tmp.resolve("a")), files(out));
        OutputTree other = new OutputTree(tmp.resolve("other"));
        kept.write(rows, "", other);
        assertEquals(fresh(rows, "", tmp.resolve("b")), files(tmp.resolve("other")));
        OutputTree build = new OutputTree(out, true, new BrokenLinks.Targets("/"));
        kept.write(rows, "", build);
        assertTrue(
                build.written().contains(SitePaths.CATALOG_CSV + ".gz"),
                build.written().toString());
    }
}
