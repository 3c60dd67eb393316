package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.testing.ContentTree;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small sites written inline: consultation status at its boundary dates, and a long publicity
 * table.
 */
class CivicSmallSiteTest {

    @TempDir Path dir;

    private Path site(Map<String, String> files, LocalDate asOf, String name) throws IOException {
        Path content = dir.resolve(name).resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), ContentTree.SITE_YAML);
        Files.writeString(content.resolve("taxonomies.yaml"), ContentTree.TAXONOMIES_YAML);
        for (var e : files.entrySet()) {
            Path p = content.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        Path out = dir.resolve(name).resolve("site");
        BuildResult r = SiteBuilder.build(BuildConfig.of(content, out, asOf));
        assertTrue(r.written(), () -> "build failed: " + r.findings());
        return out;
    }

    private static Document parse(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void consultationStatusAtTheBoundaryDates() throws IOException {
        Map<String, String> files =
                Map.of(
                        "consultations/2026/c.md",
                        "---\ntitle: 关于征求停车方案意见的公告\n"
                                + "published: 2026-11-01\nopens: 2026-11-10\ncloses: 2026-12-15\n---\n\n公告正文。\n");
        Map<LocalDate, String> expected =
                Map.of(
                        LocalDate.of(2026, 11, 9), "未开始",
                        LocalDate.of(2026, 11, 10), "征求中（还剩 36 天）",
                        LocalDate.of(2026, 12, 15), "征求中（还剩 1 天）",
                        LocalDate.of(2026, 12, 16), "已结束");
        for (var e : expected.entrySet()) {
            Path out = site(files, e.getKey(), e.getKey().toString());
            Document page = parse(out.resolve("consultations/2026/c/index.html"));
            assertEquals(
                    e.getValue(),
                    page.selectFirst(".doc-status .consultation-status").text(),
                    e.getKey().toString());
            Document list = parse(out.resolve("consultations/index.html"));
            assertTrue(
                    list.selectFirst(".consultation-status").text().equals(e.getValue()),
                    e.getKey().toString());
            // open ones are listed under 正在征求意见, the rest in their own sections
            boolean open = e.getValue().startsWith("征求中");
            assertEquals(
                    open,
                    list.selectFirst("section[aria-labelledby=h-open] .consultation-summary")
                            != null);
            if (e.getValue().equals("已结束")) {
                assertTrue(page.text().contains("意见采纳情况正在整理"), "closed without feedback says so");
            }
        }
    }

    @Test
    void longPublicityTableIsSplitIntoLightPagesWithWholeTableTotals() throws IOException {
        StringBuilder csv = new StringBuilder("序号,户主姓名,村民小组,补贴面积（亩）,补贴金额（元）\n");
        for (int i = 1; i <= 450; i++) {
            csv.append(i)
                    .append(",张*")
                    .append((char) ('甲' + i % 10))
                    .append(",第")
                    .append(i % 9 + 1)
                    .append("村民小组,")
                    .append(i % 7 + 1)
                    .append(".5,")
                    .append(100 + i)
                    .append(".00\n");
        }
        Map<String, String> files =
                Map.of(
                        "publicity/2025/big.md",
                                "---\ntitle: 东关村2025年耕地地力保护补贴发放结果公示\npublished: 2025-07-10\n"
                                        + "village: 东关村\nperiod_end: 2025-07-16\ndata: big.csv\n---\n\n现将补贴发放结果予以公示。\n",
                        "publicity/2025/big.csv", csv.toString(),
                        "publicity/2024/small.md",
                                "---\ntitle: 东关村2024年低保公示\npublished: 2024-10-10\nvillage: 东关村\n"
                                        + "period_end: 2024-10-16\n---\n\n公示正文。\n");
        Path out = site(files, LocalDate.of(2025, 7, 12), "big");
        Path first = out.resolve("publicity/2025/big/index.html");
        Path second = out.resolve("publicity/2025/big/page/2/index.html");
        Path third = out.resolve("publicity/2025/big/page/3/index.html");
        assertFalse(Files.exists(out.resolve("publicity/2025/big/page/4/index.html")));
        for (Path p : List.of(first, second, third)) {
            int gz = CivicPagesTest.gzipSize(p);
            assertTrue(gz < 14 * 1024, p + " is " + gz + " bytes gzipped, over the 14 KB budget");
        }
        Document one = parse(first);
        assertEquals("公示中", one.selectFirst(".publicity-status").text());
        assertEquals(200, one.select("table.data tbody tr").size());
        Document two = parse(second);
        List<Element> rows = two.select("table.data tbody tr");
        assertEquals(200, rows.size());
        assertEquals("201", rows.get(0).selectFirst("td").text());
        assertEquals(50, parse(third).select("table.data tbody tr").size());
        // the totals are of all 450 rows on every page: Σ(100+i) = 45000 + 101475; Σ(i%7+1.5) over
        // 450 rows
        double area = 0;
        for (int i = 1; i <= 450; i++) {
            area += i % 7 + 1.5;
        }
        for (Document d : List.of(one, two)) {
            List<String> totals =
                    d.select("table.data tfoot td").stream().map(Element::text).toList();
            assertEquals(
                    List.of(
                            "",
                            "",
                            new BigDecimal(area).stripTrailingZeros().toPlainString(),
                            "146475"),
                    totals);
            assertTrue(d.selectFirst("table.data tfoot th").text().startsWith("合计"));
        }
        assertTrue(two.select("nav.pager a[aria-current=page]").text().contains("2"));
        Document village = parse(out.resolve("villages/东关村/index.html"));
        assertEquals(List.of("2025年（1 条）", "2024年（1 条）"), village.select("main h2").eachText());
    }

    @Test
    void catalogLinksAttachmentsAndLinkedDocumentsButNeverAWithheldOne() throws IOException {
        Map<String, String> files =
                Map.of(
                        "decisions/2026/d.md",
                        "---\ntitle: 镇卫生院迁建项目\npublished: 2026-03-01\nyear: 2026\ncatalog_no: 1\n"
                                + "lead_unit: 安乐镇社会事务办公室\nstatus: 已决策\nattachments:\n  - {file: 风险评估报告.pdf, title: 社会稳定风险评估报告}\n"
                                + "stages:\n  风险评估: 风险评估报告.pdf\n  决策结果: result\n  专家论证: secret\n---\n\n## 决策背景\n\n背景。\n",
                        "decisions/2026/风险评估报告.pdf",
                        "%PDF-1.4\n",
                        "notices/2026/result.md",
                        "---\ntitle: 关于镇卫生院迁建项目决策结果的公告\npublished: 2026-06-01\n---\n\n审议通过。\n",
                        "notices/2026/secret.md",
                        "---\ntitle: 专家论证意见\npublished: 2026-05-01\ndisclosure: 不予公开\n"
                                + "withheld_basis: 第十六条\nreview_by: 2027-05-01\n---\n\n内部意见。\n");
        Path out = site(files, LocalDate.of(2026, 11, 28), "catalog");
        Document catalog = parse(out.resolve("decisions/catalog/2026/index.html"));
        Element stages = catalog.selectFirst("ul.catalog-stages");
        assertEquals(
                "../../../decisions/2026/d/风险评估报告.pdf",
                stages.selectFirst("a:containsOwn(风险评估)").attr("href"));
        assertTrue(Files.isRegularFile(out.resolve("decisions/2026/d/风险评估报告.pdf")));
        assertEquals(
                "../../../notices/2026/result/index.html",
                stages.selectFirst("a:containsOwn(决策结果)").attr("href"));
        // the 专家论证 document is withheld: no link to it, and its title appears nowhere
        assertTrue(stages.select("a:containsOwn(专家论证)").isEmpty());
        assertTrue(stages.text().contains("专家论证：未公开"));
        Document page = parse(out.resolve("decisions/2026/d/index.html"));
        assertFalse(page.text().contains("内部意见") || page.text().contains("专家论证意见"));
        assertEquals(
                "关于镇卫生院迁建项目决策结果的公告", page.selectFirst("#stage-result ~ p.stage-link a").text());
    }
}
