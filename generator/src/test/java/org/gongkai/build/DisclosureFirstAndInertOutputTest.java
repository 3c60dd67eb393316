package org.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Finding;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, "editors are not trusted": what an editor of content/ writes decides nothing it should
 * not — not publication against the issuing office's marker, not values hidden behind YAML merge
 * keys, not formulas in residents' spreadsheets, not the addresses feeds point at, not whether an
 * XML file parses.
 */
class DisclosureFirstAndInertOutputTest {

    /**
     * An ordinary notice (title, published, issuer, index_no, topics) with extra front matter and a
     * body.
     */
    static String notice(String title, String extra, String body) {
        return """
                ---
                title: %s
                published: 2025-03-05
                issuer: 安乐镇人民政府
                index_no: 11371723004235384N/2025-%05d
                topics: [综合政务/政务公开]
                %s---

                %s
                """
                .formatted(title, Math.floorMod(title.hashCode(), 90000) + 1, extra, body);
    }

    static List<String> findings(BuildResult r, String rule) {
        return r.findings().stream()
                .filter(f -> f.ruleId().equals(rule))
                .map(Finding::format)
                .toList();
    }

    static List<String> findings(CheckResult r, String rule) {
        return r.findings().stream()
                .filter(f -> f.ruleId().equals(rule))
                .map(Finding::format)
                .toList();
    }

    @Test
    void noticeMarkedWithheldWithoutDisclosureKeyIsPublishedNowhere() throws Exception {
        ContentTree t =
                ContentTree.create()
                        .file("notices/2025/public.md", notice("公开的停水通知", "", "明日停水。"))
                        .file(
                                "notices/2025/neibu-fengong.md",
                                notice("镇直部门内部分工调整通知", "", "各部门分工调整如下：甲乙丙丁内部事项。\n（此件不予公开）"))
                        .file(
                                "notices/2025/kaocha-anpai.md",
                                notice("干部考察安排通知", "", "考察安排戊己庚辛。\n\n（此件不公开）"));
        CheckResult checked = t.check();
        assertEquals(
                List.of(
                        "notices/2025/kaocha-anpai.md:11:1: error [disclosure-attribute-missing] 正文标注“（此件不公开）”，"
                                + "但 front matter 没有写公开属性：请加一行 disclosure: 不予公开（并写 withheld_basis 和 review_by）；"
                                + "写明之前这份文件按不予公开处理，不会发布",
                        "notices/2025/neibu-fengong.md:10:1: error [disclosure-attribute-missing] 正文标注“（此件不予公开）”，"
                                + "但 front matter 没有写公开属性：请加一行 disclosure: 不予公开（并写 withheld_basis 和 review_by）；"
                                + "写明之前这份文件按不予公开处理，不会发布"),
                findings(checked, "disclosure-attribute-missing"));
        assertEquals(
                List.of("public"), checked.model().published().stream().map(d -> d.id()).toList());
        BuildResult r = t.build();
        assertFalse(r.written(), "an error stops the build");
        // rendered regardless of the error: pages, feed, sitemap, search JSON and Lucene files hold
        // neither
        Map<String, byte[]> files = OutputScan.renderRegardless(t);
        assertFalse(
                OutputScan.containing(files, List.of("公开的停水通知")).isEmpty(),
                "the scan sees the public one");
        assertEquals(
                List.of(),
                OutputScan.containing(
                        files,
                        List.of(
                                "内部分工调整",
                                "甲乙丙丁",
                                "neibu-fengong",
                                "kaocha-anpai",
                                "考察安排",
                                "戊己庚辛")));
    }

    @Test
    void disclosureWrittenButEmptyWithholdsTheDocument() {
        ContentTree t =
                ContentTree.create()
                        .file("notices/2025/empty.md", notice("停电通知", "disclosure:\n", "明日停电。"))
                        .file(
                                "notices/2025/list.md",
                                notice("停气通知", "disclosure: [主动公开, 不予公开]\n", "明日停气。"));
        CheckResult checked = t.check();
        // undecided, not 不予公开: no rule then asks for the basis of a withholding nobody decided
        assertEquals(
                List.of(
                        "notices/2025/empty.md:7:1: error [disclosure-attribute-missing] 公开属性没有写明（空的或不是一个值）："
                                + "请写 主动公开、依申请公开 或 不予公开；写明之前这份文件按不予公开处理，不会发布",
                        "notices/2025/list.md:7:1: error [disclosure-attribute-missing] 公开属性没有写明（空的或不是一个值）："
                                + "请写 主动公开、依申请公开 或 不予公开；写明之前这份文件按不予公开处理，不会发布"),
                findings(checked, "disclosure-attribute-missing"));
        assertEquals(List.of(), findings(checked, "withheld-basis"));
        assertFalse(findings(checked, "front-matter-type").isEmpty());
        assertEquals(List.of(), checked.model().published());
    }

    @Test
    void yamlMergeKeyIsRefusedAtItsLineAndTheDocumentIsPublishedNowhere() throws Exception {
        ContentTree t =
                ContentTree.create()
                        .file("notices/2025/public.md", notice("公开的停水通知", "", "明日停水。"))
                        .file(
                                "notices/2025/merged.md",
                                notice(
                                        "合并键隐藏属性的通知",
                                        "base: &w {disclosure: 不予公开, withheld_basis: 第十四条, review_by: 2027-01-01}\n<<: *w\n",
                                        "壬癸子丑内部事项。"))
                        .file(
                                "notices/2025/merged-explicit.md",
                                notice(
                                        "显式合并标签的通知",
                                        "feedback:\n  !!merge : {disclosure: 不予公开}\n",
                                        "寅卯辰巳内部事项。"));
        CheckResult checked = t.check();
        assertEquals(
                List.of(
                        "notices/2025/merged-explicit.md:8:3: error [yaml-syntax] 不支持 YAML 合并键“<<”：它把别处的键值悄悄并入这里，"
                                + "阅读时看不出来。请把需要的键（如 disclosure、withheld_basis）逐个写在这一节中",
                        "notices/2025/merged.md:8:1: error [yaml-syntax] 不支持 YAML 合并键“<<”：它把别处的键值悄悄并入这里，"
                                + "阅读时看不出来。请把需要的键（如 disclosure、withheld_basis）逐个写在这一节中"),
                findings(checked, "yaml-syntax"));
        assertEquals(
                List.of(),
                findings(checked, "unknown-key"),
                "no warning that would hide the error");
        BuildResult r = t.build();
        assertFalse(r.written());
        Map<String, byte[]> files = OutputScan.renderRegardless(t);
        assertFalse(OutputScan.containing(files, List.of("公开的停水通知")).isEmpty());
        assertEquals(
                List.of(),
                OutputScan.containing(files, List.of("合并键隐藏属性", "壬癸子丑", "显式合并标签", "寅卯辰巳")));
    }

    @Test
    void yamlMergeKeyInSiteYamlIsRefused() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "site.yaml",
                                ContentTree.SITE_YAML
                                        + "defaults: &d {theme: default}\nextra:\n  <<: *d\n");
        assertEquals(
                List.of(
                        "site.yaml:11:3: error [yaml-syntax] 不支持 YAML 合并键“<<”：它把别处的键值悄悄并入这里，"
                                + "阅读时看不出来。请把需要的键（如 disclosure、withheld_basis）逐个写在这一节中"),
                findings(t.check(), "yaml-syntax"));
    }

    @Test
    void controlCharactersInTitlesAndBodiesKeepFeedAndSitemapWellFormed() throws Exception {
        // U+000B is Word's manual line break, pasted with the text; U+0001 reaches a title through
        // a YAML escape
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2025/vt.md",
                                notice(
                                        "\"停水\\x01通知\\x7F\\x85\"",
                                        "keywords: [\"停水\\x02\"]\n",
                                        "明日\u000B上午八时起停水\u000C。\uFFFE其余\u0008照常。"))
                        .file("notices/2025/tab.md", notice("停电通知", "", "明日停电。"));
        // (a control character in a taxonomy name is refused, not filtered: it would become a
        // folder name; CrashesBecomeFindingsTest.taxonomyNamesAreFolderNamesToo)
        BuildResult r = t.build();
        assertTrue(r.written(), r.findings()::toString);
        Map<String, byte[]> files = OutputScan.files(t.siteFolder());
        OutputScan.assertXmlWellFormed(files);
        String feed = new String(files.get("feed.xml"), StandardCharsets.UTF_8);
        assertTrue(feed.contains("<title>停水通知\u007F\u0085</title>"), feed);
        assertTrue(feed.contains("明日 上午八时起停水 。"), feed);
    }

    @Test
    void spreadsheetFormulasInEveryPublishedCsvAreInertAndReported() throws Exception {
        String hostile =
                "户主,金额,备注\n"
                        + "张*,100,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"点此领取补贴\"\")\"\n"
                        + "李*,200,+cmd|' /C calc'!A0\n"
                        + "王*,300,@SUM(1+1)*cmd|' /C calc'!A0\n"
                        + "赵*,-120,-2+3+cmd|' /C calc'!A0\n"
                        + "钱*,400,\"\t=1+1\"\n"
                        + "孙*,500,\"\r=1+1\"\n";
        ContentTree t =
                ContentTree.create()
                        .file(
                                "publicity/2025/dibao.md",
                                """
                        ---
                        title: 低保公示
                        published: 2025-03-05
                        issuer: 安乐镇人民政府
                        index_no: 11371723004235384N/2025-00021
                        topics: [综合政务/政务公开]
                        village: 安乐村
                        period_end: 2025-03-12
                        data: dibao.csv
                        ---

                        公示如下。
                        """)
                        .file("publicity/2025/dibao.csv", hostile)
                        // the 2025 list stays on line for this test, whose subject is its cells
                        .file("site.yaml", ContentTree.SITE_YAML + ContentTree.NAMES_ON_LINE)
                        .file(
                                "notices/2025/mingdan.md",
                                notice(
                                        "补贴名单通知",
                                        "attachments: [{file: mingdan.csv, title: 名单}, {file: clean.csv, title: 汇总}]\n",
                                        "见附件。"))
                        .file("notices/2025/mingdan.csv", hostile)
                        .file("notices/2025/clean.csv", "户主,金额\n张*,-100\n");
        BuildResult r = t.build();
        assertTrue(r.written(), r.findings()::toString);
        List<String> warned = findings(r, "csv-formula");
        assertEquals(12, warned.size(), warned::toString);
        assertTrue(
                warned.contains(
                        "publicity/2025/dibao.csv:2:8: warning [csv-formula] 单元格“=HYPERLINK(\"http://evil."
                                + "exampl…”以“=”开头，Excel、WPS 打开时会把它当作公式执行（可打开任意链接、运行程序）。网站发布的 CSV 已在它"
                                + "前面加 ' 作为文字显示；如果不是有意写的，请改正数据"),
                warned::toString);
        assertTrue(
                warned.contains(
                        "notices/2025/mingdan.csv:3:8: warning [csv-formula] 单元格“+cmd|' /C calc'!A0”以“+”开头，"
                                + "Excel、WPS 打开时会把它当作公式执行（可打开任意链接、运行程序）。网站发布的 CSV 已在它前面加 ' 作为文字显示；"
                                + "如果不是有意写的，请改正数据"),
                warned::toString);
        assertTrue(
                warned.contains(
                        "publicity/2025/dibao.csv:6:8: warning [csv-formula] 单元格“=1+1”以制表符开头（表格软件去掉"
                                + "它后可能把其余内容当作公式执行）。网站发布的 CSV 已在它前面加 ' 作为文字显示；如果不是有意写的，请改正数据"),
                warned::toString);
        Map<String, byte[]> files = OutputScan.files(t.siteFolder());
        String expected =
                "户主,金额,备注\n"
                        + "张*,100,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点此领取补贴\"\")\"\n"
                        + "李*,200,'+cmd|' /C calc'!A0\n"
                        + "王*,300,'@SUM(1+1)*cmd|' /C calc'!A0\n"
                        + "赵*,-120,'-2+3+cmd|' /C calc'!A0\n"
                        + "钱*,400,\"'\t=1+1\"\n"
                        + "孙*,500,\"'\r=1+1\"\n";
        assertEquals(
                expected,
                new String(files.get("publicity/2025/dibao/dibao.csv"), StandardCharsets.UTF_8));
        assertEquals(
                expected,
                new String(files.get("notices/2025/mingdan/mingdan.csv"), StandardCharsets.UTF_8));
        assertEquals(
                "户主,金额\n张*,-100\n",
                new String(files.get("notices/2025/mingdan/clean.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void malformedCsvIsAFindingAtItsLineNotAJavaMessage() {
        String md =
                """
                ---
                title: 低保公示
                published: 2025-03-05
                village: 安乐村
                period_end: 2025-03-12
                data: %s
                ---

                公示如下。
                """;
        ContentTree t =
                ContentTree.create()
                        .file("publicity/2025/open.md", md.formatted("open.csv"))
                        .file("publicity/2025/open.csv", "户主,金额\n张*,100\n\"李*,200\n")
                        .file("publicity/2025/after.md", md.formatted("after.csv"))
                        .file("publicity/2025/after.csv", "户主,金额\n\"张*\"三,100\n");
        assertEquals(
                List.of(
                        "publicity/2025/after.csv:2:1: error [table-invalid] 这一行有单元格在结束引号（\"）之后还有文字：单元格内的引号要写成"
                                + "两个（\"\"），或用引号把整格括起来",
                        "publicity/2025/open.csv:3:1: error [table-invalid] 从这一行开始的带引号（\"）的单元格直到文件末尾都没有结束的引号："
                                + "请补上引号，或删去多余的引号"),
                findings(t.check(), "table-invalid"));
    }

    @Test
    void disclosureUnderAnotherKeyWithholdsTheDocument() {
        ContentTree t =
                ContentTree.create()
                        .file("notices/2025/zh.md", notice("中文键名的通知", "公开属性: 不予公开\n", "午未申酉。"))
                        .file(
                                "notices/2025/typo.md",
                                notice("拼错键名的通知", "disclousre: 依申请公开\n", "戌亥甲乙。"))
                        .file(
                                "notices/2025/nested.md",
                                notice("嵌套的通知", "meta: {attr: [withheld]}\n", "丙丁戊己。"))
                        .file("notices/2025/fine.md", notice("普通通知", "remark: 主动公开\n", "庚辛壬癸。"));
        CheckResult checked = t.check();
        assertEquals(
                List.of(
                        "notices/2025/nested.md:7:1: error [disclosure-invalid] “meta”不是公开属性的键名，但写的是“不予公开”："
                                + "请改写为 disclosure: 不予公开；改正之前这份文件按不予公开处理，不会发布",
                        "notices/2025/typo.md:7:1: error [disclosure-invalid] “disclousre”不是公开属性的键名，但写的是“依申请公开”："
                                + "请改写为 disclosure: 依申请公开；改正之前这份文件按不予公开处理，不会发布",
                        "notices/2025/zh.md:7:1: error [disclosure-invalid] “公开属性”不是公开属性的键名，但写的是“不予公开”："
                                + "请改写为 disclosure: 不予公开；改正之前这份文件按不予公开处理，不会发布"),
                findings(checked, "disclosure-invalid"));
        assertEquals(
                List.of("fine"), checked.model().published().stream().map(d -> d.id()).toList());
    }
}
