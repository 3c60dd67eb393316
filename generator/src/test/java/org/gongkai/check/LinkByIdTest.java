package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.build.BuildResult;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/**
 * What link-broken accepts must also work on the site: a link by id and by relative path both land.
 */
class LinkByIdTest {

    @Test
    void linksByIdAndByPathReachTheLinkedPage() throws IOException {
        ContentTree tree =
                ContentTree.create()
                        .policy("anzhengfa-2024-3", "2024-03-05", "", "原通知。")
                        .policy(
                                "anzhengfa-2025-1",
                                "2025-03-05",
                                "",
                                "见[原通知](anzhengfa-2024-3)和[原文](../2024/anzhengfa-2024-3.md#一)。");
        BuildResult r = tree.build();
        assertTrue(r.written(), r.findings().toString());
        assertEquals(
                List.of(),
                r.findings().stream().filter(f -> f.ruleId().equals("link-broken")).toList());
        Path page;
        try (var walk = Files.walk(tree.siteFolder())) {
            page =
                    walk.filter(
                                    p ->
                                            p.toString().contains("anzhengfa-2025-1")
                                                    && p.toString().endsWith(".html"))
                            .findFirst()
                            .orElseThrow();
        }
        String html = Files.readString(page);
        assertTrue(html.matches("(?s).*href=\"[^\"]*anzhengfa-2024-3/[^\"#]*\">原通知.*"), html);
        assertTrue(html.matches("(?s).*href=\"[^\"]*anzhengfa-2024-3/[^\"]*#一\">原文.*"), html);
    }
}
