package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --fix} on the seed work plan, which keeps the defects of its Word/PDF conversion:
 * afterwards the layout warnings it repairs are gone, the diff was shown, and the text is otherwise
 * the same character for character (only spaces, line breaks, bracket widths and heading marks
 * differ).
 */
class CheckFixTest {

    static final String SEED = "policies/2022/anzhengfa-2022-32.md";
    static final List<String> FIXED =
            List.of("paragraph-broken", "numbering-mixed", "stray-space", "heading-levels");

    @Test
    void fixRepairsTheSeedPolicysLayoutAndLeavesItsWordingAlone(@TempDir Path tmp)
            throws IOException {
        Path content = tmp.resolve("content");
        copy(Repo.content(), content);
        String before = Files.readString(content.resolve(SEED));
        String[] check =
                CheckCommandTest.run(
                        "check", "--content", content.toString(), "--as-of", "2026-11-28");
        for (String rule : FIXED) {
            assertTrue(
                    check[1].contains(SEED) && check[1].contains("[" + rule + "]"),
                    "the seed has no " + rule + " warning to fix:\n" + check[1]);
        }

        String[] fix =
                CheckCommandTest.run(
                        "check", "--fix", "--content", content.toString(), "--as-of", "2026-11-28");
        assertEquals("0", fix[0], fix[2]);
        String after = Files.readString(content.resolve(SEED));
        assertTrue(
                fix[1].contains("--- a/" + SEED) && fix[1].contains("+++ b/" + SEED),
                "no diff shown:\n" + fix[1]);
        assertTrue(
                fix[1].contains("-#### 四、紧扣夯实基础深化公开") && fix[1].contains("+### 四、紧扣夯实基础深化公开"),
                fix[1]);
        assertTrue(fix[2].contains("已自动修正"), fix[2]);
        for (String rule : FIXED) {
            assertFalse(
                    fix[1].contains(SEED + ":")
                            && fix[1].lines()
                                    .anyMatch(
                                            l ->
                                                    l.startsWith(SEED + ":")
                                                            && l.contains("[" + rule + "]")),
                    rule + " still reported after --fix:\n" + fix[1]);
        }
        String[] again =
                CheckCommandTest.run(
                        "check", "--content", content.toString(), "--as-of", "2026-11-28");
        for (String rule : FIXED) {
            assertFalse(
                    again[1].lines()
                            .anyMatch(
                                    l -> l.startsWith(SEED + ":") && l.contains("[" + rule + "]")),
                    rule + " still reported:\n" + again[1]);
        }
        assertTrue(
                again[1].contains("[heading-duplicate]"),
                "wording is the editor's: the duplicated heading stays");
        assertEquals(strip(before), strip(after), "--fix changed more than layout");
        assertTrue(after.contains("持续发布疫情防控进展信息"), "the broken paragraph is one again");
        assertTrue(after.contains("安乐镇人民政府2022年政务公开工作要点") && after.contains("（一）强化工作保障"), after);

        String[] twice =
                CheckCommandTest.run(
                        "check", "--fix", "--content", content.toString(), "--as-of", "2026-11-28");
        assertEquals(
                after, Files.readString(content.resolve(SEED)), "a second --fix changes nothing");
        assertTrue(twice[2].contains("没有可以自动修正"), twice[2]);
    }

    /** The text without what --fix may change: whitespace, bracket widths and heading marks. */
    private static String strip(String s) {
        return s.replaceAll("\\s+", "").replace('(', '（').replace(')', '）').replace("#", "");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
