package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.gongkai.build.BuildResult;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/**
 * A column that publishes nothing yet (new, or every document withheld) still builds, with a search
 * that finds nothing.
 */
class EmptySearchTest {

    @Test
    void aSiteWithNoPublishedDocumentBuildsAnEmptySearchIndex() throws IOException {
        ContentTree tree =
                ContentTree.create()
                        .withheldPolicy("anzhengfa-2026-9", "2026-03-02", "安政发〔2026〕9号", "内部报告。");
        BuildResult r = tree.build();
        assertTrue(r.written(), r.findings().toString());
        JsonNode manifest =
                new ObjectMapper()
                        .readTree(tree.siteFolder().resolve("search/manifest.json").toFile());
        assertEquals(0, manifest.get("docs").asInt());
        try (SearchService search = SearchService.open(tree.siteFolder())) {
            assertEquals(0, search.search("内部报告", 10).size());
        }
    }
}
