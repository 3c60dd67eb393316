package org.gongkai.preview;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.build.BuildConfig;
import org.gongkai.testing.ContentTree;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;

/**
 * serve shows a theme template that reaches for Java as an error, like content, and goes on
 * serving.
 */
class PreviewThemeTest {

    @Test
    void aForbiddenTemplateIsShownAsAFindingAndAFixRecovers() throws Exception {
        ContentTree t = ContentTree.create().policy("p", "2024-01-02", "", "正文。");
        Path templates = t.root().resolveSibling("themes/default/templates");
        Files.createDirectories(templates);
        Files.writeString(
                templates.resolve("notfound.vm"), "$site.class.forName(\"java.lang.Runtime\")\n");
        Preview preview = new Preview(BuildConfig.of(t.root(), t.siteFolder(), Repo.AS_OF));
        Preview.Outcome refused = preview.rebuildAll();
        assertFalse(refused.ok());
        assertTrue(
                refused.findings().stream()
                        .anyMatch(
                                f ->
                                        f.format()
                                                .startsWith(
                                                        "themes/default/templates/notfound.vm:1:7: error [template-forbidden]")),
                refused.findings()::toString);

        Files.writeString(templates.resolve("notfound.vm"), "<p>$page.title</p>\n");
        Preview.Outcome fixed = preview.rebuildAll();
        assertTrue(fixed.ok(), fixed.findings()::toString);
    }
}
