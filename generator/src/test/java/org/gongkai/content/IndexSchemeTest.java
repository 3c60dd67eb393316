package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 索引号 schemes of real counties, declared in site.yaml and followed by index-no-format. */
class IndexSchemeTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({
        "代码/YYYY-NNNNN,  11371723004235384N/2022-00003,  11371723004235384N, 2022, 0,  3",
        "代码/YYYY-N+,     11370322004222241N/2021-5135380, 11370322004222241N, 2021, 0,  5135380",
        "代码/YYYYMM-NNNNN, 11371723004235384N/202110-00013, 11371723004235384N, 2021, 10, 13",
        "代码/YYYY-NNNNNN, 6107280000/2024-001005,          6107280000,         2024, 0,  1005",
    })
    void realCountySchemesParseAndFormatBack(
            String format, String no, String code, int year, int month, long serial) {
        IndexScheme s = new IndexScheme(code, format);
        assertTrue(s.problem().isEmpty());
        IndexNumber p = s.parse(no).orElseThrow();
        assertEquals(new IndexNumber(code, year, month, serial), p);
        assertEquals(no, s.format(code, year, month, serial));
    }

    @Test
    void theDefaultSchemeRejectsTheOtherCountiesNumbers() {
        IndexScheme s = IndexScheme.standard("11371723004235384N");
        assertTrue(s.parse("11371723004235384N/2021-5135380").isEmpty());
        assertTrue(s.parse("11371723004235384N/202110-00013").isEmpty());
        assertEquals("代码/年份-五位序号", s.describe());
    }

    @Test
    void aFormatWithoutYearOrSerialIsRefused() {
        assertTrue(new IndexScheme("x", "代码-NNNN").problem().isPresent());
        assertTrue(new IndexScheme("x", "代码/YYYY-NNN-NNN").problem().isPresent());
    }

    @Test
    void aPartTheFormatDoesNotNameReadsAsZero() {
        // refused in site.yaml, but parse still answers for the parts the format has
        assertEquals(
                new IndexNumber("abc", 0, 0, 12),
                new IndexScheme("x", "代码-NNNN").parse("abc-0012").orElseThrow());
        assertEquals(
                new IndexNumber("", 2024, 0, 0),
                new IndexScheme("x", "YYYY年").parse("2024年").orElseThrow());
    }

    @Test
    void siteYamlDeclaresTheSchemeAndIndexNoFormatFollowsIt() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "site.yaml",
                                ContentTree.SITE_YAML.replace(
                                        "org_code: 11371723004235384N\n",
                                        "org_code: 11371723004235384N\nindex_no: {code: '6107280000', format: 代码/YYYY-NNNNNN}\n"))
                        .policy("a", "2024-04-10", "", "正文。");
        t.file(
                        "policies/2024/a.md",
                        read(t, "policies/2024/a.md")
                                .replaceAll("index_no: .*", "index_no: 6107280000/2024-001005"))
                .policy("b", "2024-04-11", "", "正文。");
        List<String> findings =
                t.check().findings().stream()
                        .filter(f -> f.ruleId().equals("index-no-format"))
                        .map(f -> f.where().file() + " " + f.message())
                        .toList();
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(
                findings.get(0).startsWith("policies/2024/b.md 索引号“11371723004235384N/2024-")
                        && findings.get(0).contains("应写成 代码/年份-六位序号，例如 6107280000/2024-000001"),
                findings.get(0));
    }

    private static String read(ContentTree t, String path) {
        try {
            return Files.readString(t.root().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
