package org.gongkai.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.gongkai.content.Finding;
import org.junit.jupiter.api.Test;

/**
 * A column inside a platform may link up to the platform's own pages, and nowhere else above
 * itself.
 */
class OuterLinksTest {

    static final BrokenLinks.Outer PLATFORM =
            new BrokenLinks.Outer("anle", Set.of("index.html", "zcwjk/index.html"));

    @Test
    void aClimbToThePlatformsPagesIsFineAndEveryOtherClimbIsBroken() {
        String html =
                """
                <a href="../../../../index.html">平台</a>
                <a href="../../../../zcwjk/">政策文件库</a>
                <a href="/xxgk/anle/../zcwjk/index.html">from the 404 page</a>
                <a href="../../../../county/secret.html">another column's file</a>
                <a href="../../../../../etc/passwd">out of the platform</a>
                """;
        List<Finding> found =
                BrokenLinks.check(
                        "site",
                        "/xxgk/anle/",
                        "policies/2022/x/index.html",
                        Set.of(),
                        html,
                        PLATFORM);
        assertEquals(
                List.of(4, 5), found.stream().map(f -> f.where().line()).toList(), found::toString);
        assertEquals(
                5,
                BrokenLinks.check(
                                "site", "/xxgk/anle/", "policies/2022/x/index.html", Set.of(), html)
                        .size(),
                "without the platform every climb is broken");
    }

    @Test
    void theTargetsGatheredWhileWritingAgree() {
        BrokenLinks.Targets ok = new BrokenLinks.Targets("/xxgk/anle/", PLATFORM);
        ok.scan("policies/2022/x/index.html", "<a href=\"../../../../index.html\">平台</a>");
        assertTrue(ok.allExist(Set.of()));
        BrokenLinks.Targets bad = new BrokenLinks.Targets("/xxgk/anle/", PLATFORM);
        bad.scan("policies/2022/x/index.html", "<a href=\"../../../../county/index.html\">x</a>");
        assertFalse(bad.allExist(Set.of()));
        BrokenLinks.Targets alone = new BrokenLinks.Targets("/xxgk/anle/");
        alone.scan("policies/2022/x/index.html", "<a href=\"../../../../index.html\">平台</a>");
        assertFalse(alone.allExist(Set.of()), "a stand-alone column may not climb at all");
    }
}
