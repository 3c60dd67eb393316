package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Template lookup is a pure function: type-specific before generic, site theme before built-in. */
class TemplateLookupTest {

    @ParameterizedTest
    @CsvSource({
        "document, policy,   document-policy.vm|document.vm",
        "document, decision, document-decision.vm|document.vm",
        "list,     '',       list.vm",
        "home,     ,         home.vm",
    })
    void namesMostSpecificFirst(String kind, String type, String expected) {
        assertEquals(List.of(expected.split("\\|")), TemplateLookup.names(kind, type));
    }

    @Test
    void siteThemeFoldersComeBeforeTheBuiltInTheme() {
        assertEquals(
                List.of(
                        "/site/themes/gov/templates/list.vm",
                        "classpath:themes/default/templates/list.vm"),
                TemplateLookup.sources("list.vm", List.of("/site/themes/gov")));
    }

    @Test
    void builtInThemePicksTheGenericDocumentTemplateWhenNoSpecificOneExists() {
        Theme theme = Theme.load(Optional.empty());
        assertEquals("document.vm", theme.pick("document", "no-such-type"));
        assertEquals("document-page.vm", theme.pick("document", "page"));
    }
}
