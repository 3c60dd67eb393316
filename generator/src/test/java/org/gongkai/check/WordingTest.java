package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/**
 * Wording looks for entries only where their first two characters stand: the edges of that filter,
 * a key of one character (site.yaml may list one), a key that ends its line, and entries sharing a
 * first character that stands in nearly every line.
 */
class WordingTest {

    private static List<String> found(String siteWording, String body) {
        ContentTree t =
                ContentTree.create()
                        .file("site.yaml", ContentTree.SITE_YAML + siteWording)
                        .policy("wording", "2024-01-02", "", body);
        Document d = t.check().model().documents().get(0);
        List<Finding> out = new ArrayList<>();
        new Wording().check(d, DocumentRule.Setting.of(t.check().model()), out);
        return out.stream().map(f -> f.where().line() + ":" + f.where().column()).toList();
    }

    @Test
    void aOneCharacterEntryOfSiteYamlIsFoundAlsoAtTheEndOfALine() {
        List<String> at = found("wording:\n  乡: 镇\n", "安乐乡人民政府\n\n本乡");
        assertEquals(2, at.size(), at.toString());
    }

    @Test
    void aKeyThatEndsItsLineAndKeysSharingAFirstCharacterAreFound() {
        // 国 starts six built-in entries; 以经 stands last on its line
        List<String> at = found("", "国土资源局与国务院令711号。\n\n工作以经\n\n国家");
        assertEquals(3, at.size(), at.toString());
    }
}
