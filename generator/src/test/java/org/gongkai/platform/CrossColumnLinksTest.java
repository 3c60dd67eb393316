package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.render.PlatformViews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The patch step of links across columns, on facts as a part's JSON carries them. */
class CrossColumnLinksTest {

    @TempDir Path dir;

    private static ColumnFacts facts(String id, List<ColumnFacts.CrossLink> links) {
        return new ColumnFacts(
                id,
                "",
                "site.yaml:1:1",
                List.of(),
                links,
                Map.of(),
                new PlatformViews.ColumnSummary(id, id, "乡镇", 0, "", List.of(), List.of()));
    }

    @Test
    void aPagePathThatLeavesTheOutputIsRefusedAndNothingOutsideIsTouched() throws IOException {
        Path root = Files.createDirectories(dir.resolve("out"));
        Path outside = Files.writeString(dir.resolve("evil.html"), "<a data-xref=\"b:x\">x</a>");
        ColumnFacts tampered =
                facts(
                        "a",
                        List.of(new ColumnFacts.CrossLink("../../evil.html", "b:x", "a.md:1:1")));
        IOException e =
                assertThrows(
                        IOException.class, () -> CrossColumnLinks.patch(root, List.of(tampered)));
        assertTrue(e.getMessage().contains("不在输出目录内"), e.getMessage());
        assertEquals("<a data-xref=\"b:x\">x</a>", Files.readString(outside));
    }
}
