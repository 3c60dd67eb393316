package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.gongkai.testing.Repo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The sample site's decision, consultation, publicity and report pages, as residents and screen
 * readers meet them.
 */
class CivicPagesTest {

    static Document page(String path) throws IOException {
        Path file = Repo.sampleSite().resolve(path);
        assertTrue(Files.isRegularFile(file), path + " was not written");
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    /**
     * Follows a relative href from a page to a file in the site, and checks its #fragment exists
     * there.
     */
    static void assertResolves(String from, String href) throws IOException {
        String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        String fragment =
                href.contains("#")
                        ? URLDecoder.decode(
                                href.substring(href.indexOf('#') + 1), StandardCharsets.UTF_8)
                        : "";
        Path base = Repo.sampleSite().resolve(from).getParent();
        Path file =
                target.isEmpty()
                        ? Repo.sampleSite().resolve(from)
                        : base.resolve(URLDecoder.decode(target, StandardCharsets.UTF_8))
                                .normalize();
        assertTrue(Files.isRegularFile(file), from + " links to missing " + href);
        if (!fragment.isEmpty()) {
            Document d = Jsoup.parse(file.toFile(), "UTF-8");
            assertTrue(
                    d.getElementById(fragment) != null,
                    from + " links to " + href + " but there is no id " + fragment);
        }
    }

    @Test
    void catalogLinksEveryPublishedStageToAnAnchorThatExists() throws IOException {
        String path = "decisions/catalog/2025/index.html";
        Document catalog = page(path);
        List<Element> rows = catalog.select("table.catalog tbody tr");
        assertEquals(2, rows.size());
        Element first = rows.get(0);
        assertEquals("安乐镇集镇区雨污分流改造工程", first.selectFirst("th[scope=row] a").text());
        assertEquals("安乐镇经济发展办公室", first.select("td").get(1).text());
        // zdjc-2025-1 has nine stage sections; only 效果评估 is missing, and it is 已决策, so 尚未进行
        assertEquals(9, first.select("ul.catalog-stages a").size());
        assertEquals("效果评估：尚未进行", first.selectFirst(".stage-absent").text());
        for (Element a : catalog.select("main a[href]")) {
            assertFalse(a.text().isBlank(), "empty link in catalog: " + a);
            assertResolves(path, a.attr("href"));
        }
    }

    @Test
    void missingStagesSayWhyAfterTheStatus() throws IOException {
        Document catalog = page("decisions/catalog/2026/index.html");
        List<Element> rows = catalog.select("table.catalog tbody tr");
        // 已决策 without 列席情况 → 未公开; 征求意见中 without 决策结果 → 尚未进行
        assertTrue(rows.get(0).text().contains("列席情况：未公开"));
        assertTrue(rows.get(1).text().contains("决策结果：尚未进行"));
        assertTrue(rows.get(2).text().contains("决策草案全文：尚未进行"));
    }

    @Test
    void decisionPageCollectsStagesInCatalogOrderWithTheConsultation() throws IOException {
        Document d = page("decisions/2025/zdjc-2025-1/index.html");
        List<String> headings = d.select("main .body h2").eachText();
        assertEquals(
                List.of(
                        "决策草案全文", "草案说明", "决策背景", "征求意见", "采纳情况", "列席情况", "决策结果", "风险评估", "专家论证",
                        "效果评估"),
                headings);
        Element summary = d.selectFirst(".consultation-summary");
        assertTrue(summary.text().contains("2025-04-07 至 2025-05-09（共 33 天）"), summary.text());
        assertTrue(summary.text().contains("收到意见建议 37 条"));
        assertTrue(summary.select(".feedback-reasons li").size() >= 1);
        for (Element a : d.select(".stage-nav a")) {
            assertResolves("decisions/2025/zdjc-2025-1/index.html", a.attr("href"));
        }
    }

    @Test
    void catalogsAreLinkedFromTheDecisionListAndTheSitemap() throws IOException {
        assertTrue(
                page("decisions/index.html")
                                .select("a[href$=decisions/catalog/2026/index.html]")
                                .size()
                        >= 1);
        Document sitemap = page("sitemap/index.html");
        assertTrue(sitemap.select("a[href$=decisions/catalog/2025/index.html]").size() >= 1);
        assertTrue(sitemap.text().contains("各村公示"));
    }

    @Test
    void consultationsListOpenOnesFirstAndClosedOnesWithFeedback() throws IOException {
        Document d = page("consultations/index.html");
        List<String> sections = d.select("main h2").eachText();
        assertTrue(sections.get(0).startsWith("正在征求意见"), sections.toString());
        Element open = d.selectFirst("section[aria-labelledby=h-open]");
        assertTrue(open.text().contains("征求中（还剩 18 天）"), open.text());
        Element closed = d.selectFirst("section[aria-labelledby=h-closed]");
        assertTrue(closed.text().contains("采纳 11 条"));
        assertTrue(closed.text().contains("未采纳的主要意见及理由"));
    }

    @Test
    void villagePagesListPublicityByYear() throws IOException {
        for (String v : List.of("东关村", "西河村", "南岭村")) {
            assertTrue(
                    Files.isRegularFile(Repo.sampleSite().resolve("villages/" + v + "/index.html")),
                    v);
        }
        Document d = page("villages/西河村/index.html");
        assertEquals(List.of("2026年（1 条）", "2025年（1 条）"), d.select("main h2").eachText());
    }

    @Test
    void publicityTableHasCaptionHeadersAndTotals() throws IOException {
        // 东关村's 公示 runs to 2026-11-30: its names are still on line as of the test date
        Document d = page("publicity/2026/dibao-2026-dongguan/index.html");
        Element table = d.selectFirst("table.data");
        assertFalse(table.select("caption").text().isBlank());
        assertEquals(6, table.select("thead th[scope=col]").size());
        assertEquals(8, table.select("tbody tr").size());
        Element totals = table.selectFirst("tfoot tr");
        assertEquals("合计", totals.selectFirst("th[scope=row]").text());
        // 保障人口 14 people and 月保障金 6620 yuan, as the body text says; 序号 is not summed and
        // text columns stay empty
        List<String> cells = totals.select("td").stream().map(Element::text).toList();
        assertEquals(List.of("", "", "14", "", "6620"), cells);
        assertTrue(d.text().contains("公示中"));
    }

    @Test
    void publicityPastItsNamesWindowShowsOnlyTheSummary() throws IOException {
        // 西河村 2025 ended 2025-10-26, more than the default 30 days before the test date
        Document d = page("publicity/2025/dibao-2025-xihe/index.html");
        assertTrue(d.text().contains("公示期已结束，名单已按规定撤下"));
        assertTrue(d.select("table.data thead").isEmpty(), "no per-person table");
        // the summary keeps the totals the body text gives: 25 people, 32730 yuan
        assertTrue(
                d.select(".publicity-summary td").eachText().containsAll(List.of("25", "32730")));
        assertTrue(d.select("a[href$=.csv]").isEmpty());
    }

    @Test
    void homePageFollowsTheNationalColumnStructure() throws IOException {
        Document home = page("index.html");
        assertEquals(
                List.of(
                        "政府信息公开指南",
                        "政府信息公开制度",
                        "法定主动公开内容",
                        "政府信息公开工作年度报告",
                        "依申请公开",
                        "公共企事业单位信息公开",
                        "基层政务公开标准目录",
                        "财政预决算",
                        "重大行政决策事项目录",
                        "各村公示",
                        "分类浏览"),
                home.select(".sections > section > h3").eachText());
        Element statutory = home.select(".sections > section").get(2);
        assertEquals("机构职能", statutory.selectFirst("li a").text());
        assertTrue(
                statutory.select("li a").eachText().stream()
                        .noneMatch(t -> t.contains("公共企事业") || t.contains("依申请")));
    }

    @Test
    void workNewsHasItsOwnColumnApartFromNotices() throws IOException {
        List<String> news =
                page("news/index.html").select("ul.doc-list a.doc-title").eachAttr("href");
        assertEquals(5, news.size(), news.toString());
        assertTrue(news.stream().allMatch(h -> h.contains("gzdt-")), news.toString());
        List<String> notices =
                page("notices/index.html").select("ul.doc-list a.doc-title").eachAttr("href");
        assertTrue(
                !notices.isEmpty() && notices.stream().noneMatch(h -> h.contains("gzdt-")),
                notices.toString());
        Document item = page("notices/2026/gzdt-2026-02/index.html");
        assertTrue(item.select("nav a").eachText().contains("工作动态"), "crumb to 工作动态");
        assertTrue(
                page("index.html").select(".sections a").eachText().stream()
                        .anyMatch(t -> t.startsWith("工作动态（5）")));
    }

    @Test
    void anEndedPublicityLeavesTheHomePageAndItsListSaysEnded() throws IOException {
        Document home = page("index.html");
        assertTrue(
                home.select("#h-latest + ul a.doc-title").stream()
                        .noneMatch(a -> a.attr("href").contains("dibao-2025-xihe")),
                "ended 公示 on the home page");
        Document list = page("publicity/index.html");
        Element item =
                list.select("ul.doc-list li").stream()
                        .filter(
                                li ->
                                        li.selectFirst("a.doc-title")
                                                .attr("href")
                                                .contains("dibao-2025-xihe"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("公示状态：已结束", item.selectFirst(".publicity-status").text());
    }

    @Test
    void reportPageFollowsTheNationalTemplate() throws IOException {
        Document d = page("reports/2024/index.html");
        assertEquals(
                List.of(
                        "一、总体情况",
                        "二、主动公开政府信息情况",
                        "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况",
                        "五、存在的主要问题及改进情况",
                        "六、其他需要报告的事项"),
                d.select("main .body > section > h2").eachText());
        // hand count: anzhengfa-2024-6 issued, it repeals anzhengfa-2021-8; 2021-15, 2023-5 and
        // 2024-6 in force
        Element normative = d.select("table.data").get(0);
        assertEquals("第二十条第（一）项", normative.selectFirst("caption").text());
        assertEquals(
                List.of("1", "1", "3"),
                normative.select("tbody tr").get(1).select("td").eachText());
        Element applications = d.selectFirst("table.report-applications");
        // 一、二、the 22 outcome rows （一）…（七） with their sub-rows, 四
        assertEquals(25, applications.select("tbody tr").size());
        assertEquals(15, d.select("table.report-reviews tbody td").size());
        // section 二 is exactly the national form; the site's own counts follow the report, marked
        // supplementary
        assertEquals(
                List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"),
                d.select("main .body > section").get(1).select("table caption").eachText());
        Element supplement = d.selectFirst("main .body > aside.report-supplement");
        assertEquals(
                List.of("补充表1　本年在本专栏主动公开政府信息（按栏目）", "补充表2　本年在本专栏主动公开政府信息（按月份）"),
                supplement.select("caption").eachText());
        assertTrue(
                supplement.elementSiblingIndex()
                        > d.select("main .body > section").last().elementSiblingIndex());
        String csvHref = d.selectFirst("a[href$=figures.csv]").attr("href");
        assertResolves("reports/2024/index.html", csvHref);
        String csv = Files.readString(Repo.sampleSite().resolve("reports/2024/figures.csv"));
        assertTrue(csv.contains("行政规范性文件,1,1,3\r\n"), csv);
    }

    static int gzipSize(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(Files.readAllBytes(file));
        }
        return bytes.size();
    }
}
