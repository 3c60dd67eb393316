package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.gongkai.content.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * platform.yaml typed at the door: every bad key or value a finding at its line, nothing defaulted.
 */
class PlatformLoaderTest {

    @TempDir Path dir;

    private Path platform(String yaml, String... columnFolders) throws IOException {
        Path p = dir.resolve("platform");
        Files.createDirectories(p);
        Files.writeString(p.resolve("platform.yaml"), yaml);
        for (String c : columnFolders) {
            Path f = p.resolve(c).normalize();
            Files.createDirectories(f);
            Files.writeString(f.resolve("site.yaml"), "name: x\n");
        }
        return p;
    }

    private static List<String> formatted(PlatformLoader.Loaded l) {
        return l.findings().stream().map(Finding::format).toList();
    }

    @Test
    void theMinimalShapeLoadsAsTypedRecords() throws IOException {
        Path p =
                platform(
                        """
                name: 临河县人民政府
                portal: 临河县人民政府门户网站
                column: 政府信息公开
                base_url: https://www.linhe.gov.cn/xxgk
                site_code: 3717230001
                org_code: 11371723004200007X
                columns:
                  - {id: county, name: 临河县人民政府, kind: 县政府, path: columns/county}
                  - {id: c001, name: 安乐镇人民政府, kind: 乡镇, path: ../content/}
                """,
                        "columns/county",
                        "../content");
        PlatformLoader.Loaded l = PlatformLoader.load(p);
        Platform pl = l.platform().orElseThrow();
        assertEquals("https://www.linhe.gov.cn/xxgk/", pl.baseUrl());
        assertEquals("3717230001", pl.siteCode());
        assertEquals(2, pl.columns().size());
        assertEquals(ColumnKind.COUNTY, pl.columns().get(0).kind());
        PlatformColumn anle = pl.columns().get(1);
        assertEquals("../content", anle.path());
        assertEquals(dir.resolve("content").toAbsolutePath().normalize(), anle.folder());
        assertEquals("../content/policies/2024/x.md", anle.sourcePath("policies/2024/x.md"));
        assertEquals("platform.yaml:9:5", anle.at().toString(), "the entry's own line");
    }

    @Test
    void everyBadValueIsAFindingAtItsLine() throws IOException {
        Path p =
                platform(
                        """
                name: 临河县人民政府
                base_url: javascript:alert(1)
                site_code: 3717230001
                org_code: 11371723004200007Y
                portal_url: "https://x\\" onmouseover=\\"a"
                colums: []
                columns:
                  - {id: County, name: 县政府, kind: 县政府, path: columns/county}
                  - {id: c1, name: 甲镇, kind: 村, path: /etc}
                  - {id: c2, name: 乙镇, kind: 乡镇, path: columns/none}
                  - {id: c3, name: 丙镇, kind: 乡镇, path: columns/nosite}
                  - {id: c4, name: 丁镇, kind: 乡镇, path: ..\\\\x}
                  - {id: zcwjk, name: 戊镇, kind: 乡镇, path: columns/county}
                  - {id: c5, name: 己镇, kind: 乡镇, path: columns/county}
                  - {id: c5, name: 庚镇, kind: 乡镇, path: columns/other}
                  - just a string
                """,
                        "columns/county",
                        "columns/other");
        Files.createDirectories(p.resolve("columns/nosite"));
        List<String> f = formatted(PlatformLoader.load(p));
        List<String> expected =
                List.of(
                        "platform.yaml:2:1: error [platform-url] base_url“javascript:alert(1)”以“javascript:”开头，只能是 https:// 或 http:// 网址；例如 https://www.linhe.gov.cn/xxgk/",
                        "platform.yaml:4:1: error [platform-org-code]",
                        "platform.yaml:5:1: error [platform-url] portal_url",
                        "platform.yaml:6:1: warning [unknown-key] platform.yaml 中没有“colums”这个键",
                        "platform.yaml:8:6: error [platform-column] 栏目编号“County”只能用小写字母",
                        "platform.yaml:9:24: error [platform-column] 栏目类别“村”无法识别",
                        "platform.yaml:9:",
                        "platform.yaml:10:",
                        "platform.yaml:11:",
                        "platform.yaml:12:",
                        "platform.yaml:13:6: error [platform-column] 栏目编号“zcwjk”是平台页面自用的名称",
                        "platform.yaml:14:",
                        "platform.yaml:15:6: error [platform-column] 栏目编号“c5”与 platform.yaml:14:6 重复",
                        "platform.yaml:16:5: error [front-matter-type]");
        assertEquals(
                f.stream()
                        .sorted(
                                Comparator.comparing(
                                        (String x) -> Integer.parseInt(x.split(":")[1])))
                        .toList(),
                f,
                "sorted by line");
        for (String e : expected) {
            assertTrue(
                    f.stream().anyMatch(x -> x.startsWith(e)),
                    () -> e + " not in\n" + String.join("\n", f));
        }
        assertTrue(f.stream().anyMatch(x -> x.contains("“/etc”应写相对于")), f::toString);
        assertTrue(f.stream().anyMatch(x -> x.contains("columns/none”不存在")), f::toString);
        assertTrue(
                f.stream().anyMatch(x -> x.contains("columns/nosite”中没有 site.yaml")), f::toString);
        assertTrue(f.stream().anyMatch(x -> x.contains("Windows 写法")), f::toString);
        assertTrue(
                f.stream()
                        .anyMatch(
                                x -> x.contains("已是栏目“zcwjk”的目录") || x.contains("已是栏目“County”的目录")),
                f::toString);
    }

    @Test
    void aSearchSolrOffThisHostIsRefusedAsInASiteYamlWithTheValueMadeVisible() throws IOException {
        Path p =
                platform(
                        """
                name: 临河县人民政府
                base_url: https://www.linhe.gov.cn/xxgk/
                site_code: 3717230001
                org_code: 11371723004200007Y
                search_solr: "https://solr.example.com/\\u0007select"
                columns:
                  - {id: county, name: 县政府, kind: 县政府, path: columns/county}
                """,
                        "columns/county");
        PlatformLoader.Loaded l = PlatformLoader.load(p);
        List<String> f = formatted(l);
        assertTrue(
                f.contains(
                        "platform.yaml:5:1: error [platform-config] search_solr“https://solr.example.com/\\u0007select”"
                                + "应是本站经反向代理转发的路径（以 / 开头，如 /solr/zcwjk/select）；不写则只用静态搜索"),
                f::toString);
    }

    @Test
    void aMissingOrBrokenFileIsAFindingNotAnException() throws IOException {
        Path empty = dir.resolve("empty");
        Files.createDirectories(empty);
        PlatformLoader.Loaded l = PlatformLoader.load(empty);
        assertTrue(l.platform().isEmpty());
        assertEquals(
                List.of("platform.yaml:1:1: error [platform-config] 缺少 platform.yaml"),
                formatted(l));
        Path p = platform("name: [unclosed\n");
        PlatformLoader.Loaded broken = PlatformLoader.load(p);
        assertTrue(broken.platform().isEmpty());
        assertEquals("yaml-syntax", broken.findings().get(0).ruleId());
        Path noColumns = dir.resolve("nc");
        Files.createDirectories(noColumns);
        Files.writeString(noColumns.resolve("platform.yaml"), "name: 县\n");
        List<String> f = formatted(PlatformLoader.load(noColumns));
        assertTrue(
                f.contains(
                        "platform.yaml:1:1: error [platform-config] platform.yaml 缺少 columns：列出平台上的每个栏目 {id, name, kind, path}"),
                f::toString);
        assertFalse(f.isEmpty());
    }
}
