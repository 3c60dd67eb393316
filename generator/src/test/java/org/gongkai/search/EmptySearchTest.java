package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import org.gongkai.build.BuildResult;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/** A column that publishes nothing yet (new, or every document withheld) still builds, with a search that finds nothing. */
class EmptySearchTest {

    @Test
    void aSiteWithNoPublishedDocumentBuildsAnEmptySearchIndex() throws IOException {
        ContentTree tree = ContentTree.create()
                .policy("anzhengfa-2026-9", "2026-03-02", "disclosure: 不予公开\nwithheld_basis: 第十六条第二款\n"
                        + "review_by: 2027-12-31\nnormative: false\ndoc_number: 安政发〔2026〕9号", "内部报告。");
        tree.file("policies/2026/anzhengfa-2026-9.md", Files.readString(tree.root().resolve(
                "policies/2026/anzhengfa-2026-9.md")).replace("disclosure: 主动公开\n", ""));
        BuildResult r = tree.build();
        assertTrue(r.written(), r.findings().toString());
        JsonNode manifest = new ObjectMapper().readTree(tree.siteFolder().resolve("search/manifest.json").toFile());
        assertEquals(0, manifest.get("docs").asInt());
        try (SearchService search = SearchService.open(tree.siteFolder())) {
            assertEquals(0, search.search("内部报告", 10).size());
        }
    }
}
