package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.testing.Repo;
import org.gongkai.testing.Trees;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * inspect: one row per column with what the national thresholds and the checks say, in HTML, JSON
 * and CSV.
 */
class InspectTest {

    @TempDir Path dir;

    @Test
    void theSamplePlatformsInspectionHasOneRowPerColumn() throws IOException {
        Path out = dir.resolve("inspection");
        // the sample's columns are all up to date: the county's copy here falls behind as a county
        // does, with no 2025 report and nothing new since 2024
        Path copy = dir.resolve("repo");
        Trees.copy(Repo.root().resolve("platform"), copy.resolve("platform"));
        Trees.copy(Repo.content(), copy.resolve("content"));
        Path behind = copy.resolve("platform/columns/county");
        Files.delete(behind.resolve("reports/2025.md"));
        Files.delete(behind.resolve("notices/2026/2026-00901.md"));
        Files.delete(behind.resolve("policies/2026/2026-00902.md"));
        PlatformInspector.Report r =
                PlatformInspector.write(
                        PlatformConfig.of(copy.resolve("platform"), out, Repo.AS_OF),
                        "临河县人民政府 政府信息公开");
        assertEquals(
                List.of("county", "anle", "dongfeng", "xihu"),
                r.columns().stream().map(Inspection::id).toList());
        Inspection anle = r.columns().get(1);
        assertEquals("2025年度：按时发布（2026-01-20）", anle.annualReport());
        assertEquals(List.of(), anle.stale());
        assertEquals("2026-11-20", anle.lastUpdate().get("通知公告"));
        assertFalse(anle.needsAttention(), anle::toString);
        Inspection county = r.columns().get(0);
        assertEquals("2025年度：缺失", county.annualReport());
        assertEquals(List.of("通知公告", "政策文件"), county.stale());
        assertTrue(county.emptyRequired().contains("政府信息公开指南"));
        assertEquals(1, county.notPublic());
        JsonNode json = new ObjectMapper().readTree(out.resolve("inspection.json").toFile());
        assertEquals(4, json.get("columns").size());
        assertEquals("2026-11-28", json.get("asOf").asText());
        List<String> csv = Files.readAllLines(out.resolve("inspection.csv"));
        assertTrue(csv.get(0).startsWith("\uFEFF栏目编号,单位,类别,已公开"), csv.get(0));
        assertEquals(5, csv.size());
        var html = Jsoup.parse(Files.readString(out.resolve("index.html")));
        assertEquals(4, html.select("#inspection tbody tr").size());
        assertEquals(3, html.select("#inspection tbody tr.attention").size());
        assertEquals(
                PlatformInspector.HEADER.size(), html.select("#inspection thead th button").size());
        assertTrue(
                Files.isRegularFile(out.resolve("inspect.js"))
                        && Files.isRegularFile(out.resolve("inspect.css")));
    }

    @Test
    void thresholdsAndDatesAreTheNationalOnes() throws IOException {
        Path p = dir.resolve("plat");
        Trees.copy(Repo.root().resolve("platform/columns/dongfeng"), p.resolve("columns/a"));
        Files.writeString(
                p.resolve("platform.yaml"),
                """
                name: 临河县人民政府
                base_url: https://www.linhe.gov.cn/xxgk/
                site_code: '3717230001'
                org_code: 1137172300420000XF
                columns:
                  - {id: a, name: "东风镇<script>alert(1)</script>", kind: 乡镇, path: columns/a}
                """);
        Files.createDirectories(p.resolve("columns/a/notices/2026"));
        Files.writeString(
                p.resolve("columns/a/notices/2026/dt.md"),
                "---\ntitle: 东风镇工作动态：秋收进度\npublished: 2026-11-01\n---\n秋收已完成八成。\n");
        Files.writeString(
                p.resolve("columns/a/notices/2026/hidden.md"),
                "---\ntitle: 内部记录\npublished: 2026-01-01\n"
                        + "disclosure: 依申请公开\nreview_by: 2026-06-01\n---\n正文。\n");
        // as of 20 January the annual report is not yet due; the 动态 of 1 November is over two weeks
        // old
        Inspection jan =
                PlatformInspector.inspect(
                                PlatformConfig.of(p, dir.resolve("o"), LocalDate.of(2027, 1, 20)))
                        .columns()
                        .get(0);
        assertEquals("2026年度：未到期（2027-01-31 前发布）", jan.annualReport());
        assertTrue(jan.stale().contains("工作动态"), jan.stale()::toString);
        Inspection nov =
                PlatformInspector.inspect(
                                PlatformConfig.of(p, dir.resolve("o"), LocalDate.of(2026, 11, 10)))
                        .columns()
                        .get(0);
        assertFalse(nov.stale().contains("工作动态"), nov.stale()::toString);
        assertEquals(1, nov.reviewOverdue());
        String html = PlatformInspector.html("平台", "2026-11-10", List.of(nov));
        assertFalse(html.contains("<script>alert"), "names from platform.yaml are escaped");
        assertTrue(html.contains("东风镇&lt;script&gt;"));
    }

    /**
     * The guide and the rules page are known by their ids (pages/guide.md), as the site places
     * them.
     */
    @Test
    void theGuideIsFoundByItsIdNotByItsTitle() throws IOException {
        Path p = dir.resolve("plat");
        Trees.copy(Repo.root().resolve("platform/columns/dongfeng"), p.resolve("columns/a"));
        Files.writeString(
                p.resolve("platform.yaml"),
                """
                name: 临河县人民政府
                base_url: https://www.linhe.gov.cn/xxgk/
                site_code: '3717230001'
                org_code: 1137172300420000XF
                columns:
                  - {id: a, name: 东风镇, kind: 乡镇, path: columns/a}
                """);
        Path pages = Files.createDirectories(p.resolve("columns/a/pages"));
        // a page whose title names the guide but which is not it
        Files.writeString(
                pages.resolve("guide-2019.md"),
                "---\ntitle: 东风镇政府信息公开指南（2019年版）\npublished: 2019-03-01\n---\n旧版。\n");
        Files.writeString(
                pages.resolve("rules.md"),
                "---\ntitle: 东风镇政府信息公开工作规定\npublished: 2026-03-01\n---\n规定。\n");
        Inspection without = inspectOnly(p);
        assertTrue(without.emptyRequired().contains("政府信息公开指南"), without::toString);
        assertFalse(without.emptyRequired().contains("政府信息公开制度"), without::toString);
        // the guide, titled without 指南
        Files.writeString(
                pages.resolve("guide.md"),
                "---\ntitle: 东风镇政府信息公开办事须知\npublished: 2026-03-01\n---\n须知。\n");
        Inspection with = inspectOnly(p);
        assertFalse(with.emptyRequired().contains("政府信息公开指南"), with::toString);
    }

    private Inspection inspectOnly(Path platform) throws IOException {
        return PlatformInspector.inspect(
                        PlatformConfig.of(platform, dir.resolve("o"), LocalDate.of(2026, 11, 10)))
                .columns()
                .get(0);
    }

    /**
     * A column's name comes from platform.yaml: in the inspector's CSV it is data, never a formula.
     */
    @Test
    void aColumnNameThatLooksLikeAFormulaIsInertInTheCsv() {
        Inspection r =
                new Inspection(
                        "c9",
                        "=HYPERLINK(\"http://x\",\"点\")",
                        "\t乡镇",
                        1,
                        0,
                        Map.of(),
                        List.of(),
                        List.of(),
                        "",
                        false,
                        0,
                        0,
                        Map.of(),
                        0);
        String line = PlatformInspector.csv(List.of(r)).lines().skip(1).findFirst().orElseThrow();
        assertTrue(
                line.startsWith("c9,\"'=HYPERLINK(\"\"http://x\"\",\"\"点\"\")\",'\t乡镇,1,0"), line);
    }
}
