package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.SiteBuilder;
import org.gongkai.cli.Main;
import org.gongkai.content.ContentLoader;
import org.gongkai.content.Finding;
import org.gongkai.content.SiteConfig;
import org.gongkai.testing.ContentTree;
import org.gongkai.testing.Repo;
import org.gongkai.testing.Trees;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check --content PLATFORM: every column's findings named from the platform folder, and the
 * platform's own rules.
 */
class PlatformCheckTest {

    @TempDir Path dir;

    /** Two townships copied from the sample platform into columns/a and columns/b. */
    private Path twoColumns() throws IOException {
        Path p = dir.resolve("plat");
        Trees.copy(Repo.root().resolve("platform/columns/dongfeng"), p.resolve("columns/a"));
        Trees.copy(Repo.root().resolve("platform/columns/xihu"), p.resolve("columns/b"));
        Files.writeString(
                p.resolve("platform.yaml"),
                """
                name: 临河县人民政府
                base_url: https://www.linhe.gov.cn/xxgk/
                site_code: '3717230001'
                org_code: 1137172300420000XF
                columns:
                  - {id: a, name: 东风镇人民政府, kind: 乡镇, path: columns/a}
                  - {id: b, name: 西湖镇人民政府, kind: 乡镇, path: columns/b}
                """);
        return p;
    }

    private static List<String> errors(PlatformResult r) {
        return r.findings().stream().filter(Finding::isError).map(Finding::format).toList();
    }

    @Test
    void theSampleChecksClean() throws IOException {
        PlatformResult r =
                PlatformBuilder.check(
                        PlatformConfig.of(Repo.root().resolve("platform"), dir, Repo.AS_OF));
        assertEquals(List.of(), errors(r));
        assertEquals(4, r.columns());
        assertTrue(
                r.findings().stream().anyMatch(f -> f.where().file().startsWith("../content/")),
                "安乐镇's findings are named from the platform folder");
        // the county's and the two townships' columns have what a real column has (a 2025 report,
        // the footer's ids, recent notices and policies, the year's decision catalog): no warning
        assertEquals(
                List.of(),
                r.findings().stream()
                        .filter(f -> f.where().file().startsWith("columns/"))
                        .map(Finding::format)
                        .toList());
    }

    @Test
    void aColumnsFindingNamesItsPathFromThePlatformFolder() throws IOException {
        Path p = twoColumns();
        Files.writeString(
                p.resolve("columns/b/notices/2026/broken.md"),
                "---\ntitle: 缺少发布日期\ndisclosure: 主动公开\npubished: 2026-01-01\n---\n正文。\n");
        PlatformResult r =
                PlatformBuilder.check(PlatformConfig.of(p, dir.resolve("out"), Repo.AS_OF));
        List<String> f = r.findings().stream().map(Finding::format).toList();
        assertTrue(
                f.stream()
                        .anyMatch(
                                x ->
                                        x.startsWith(
                                                "columns/b/notices/2026/broken.md:4:1: warning [unknown-key]")),
                f::toString);
        assertTrue(
                errors(r).stream().anyMatch(x -> x.startsWith("columns/b/notices/2026/broken.md:")),
                f::toString);
    }

    @Test
    void aDocNumberIsUniquePerIssuerAcrossThePlatform() throws IOException {
        Path p = twoColumns();
        // 西湖镇 publishes a paper under 东风镇应急管理办公室's own 文号: an error on both sides
        policy(p.resolve("columns/b"), "2022", "dup.md", "东应急发[2022]1号", "东风镇应急管理办公室");
        PlatformResult r = checked(p);
        List<String> e = errors(r);
        assertTrue(
                e.stream()
                        .anyMatch(
                                x ->
                                        x.startsWith(
                                                "columns/b/policies/2022/dup.md:3:1: error [platform-doc-number-duplicate] 文号“东应急发[2022]1号”在栏目“a”中也用了（columns/a/policies/2022/")),
                e::toString);
        assertTrue(
                e.stream()
                        .anyMatch(
                                x ->
                                        x.startsWith("columns/a/policies/2022/")
                                                && x.contains("[platform-doc-number-duplicate]")
                                                && x.contains(
                                                        "在栏目“b”中也用了（columns/b/policies/2022/dup.md:3:1）")),
                e::toString);
    }

    /**
     * A two-digit year (〔99〕) is read by the column's loader with the document's own year, and the
     * platform compares that reading: read again without the year, 〔99〕 was 2099 and the two
     * columns' copies of one 1999 文号 went unnoticed.
     */
    @Test
    void aTwoDigitYearIsComparedAsTheColumnReadIt() throws IOException {
        Path p = twoColumns();
        policy(p.resolve("columns/a"), "1999", "old.md", "东应急发〔1999〕7号", "东风镇应急管理办公室");
        policy(p.resolve("columns/b"), "1999", "old.md", "东应急发〔99〕7号", "东风镇应急管理办公室");
        PlatformResult r = checked(p);
        assertTrue(
                errors(r).stream()
                        .anyMatch(
                                x ->
                                        x.startsWith(
                                                "columns/b/policies/1999/old.md:3:1: error [platform-doc-number-duplicate] 文号“东应急发〔99〕7号”在栏目“a”中也用了（columns/a/policies/1999/old.md:3:1）")),
                errors(r)::toString);
    }

    /** Two offices whose 代字 collide: a warning naming the other office, not an error. */
    @Test
    void oneNumberOfTwoIssuersIsAWarningAboutTheirAgencyCodes() throws IOException {
        Path p = twoColumns();
        policy(p.resolve("columns/b"), "2022", "dup.md", "东应急发〔2022〕1号", "西湖镇应急管理所");
        PlatformResult r = checked(p);
        List<String> all = r.findings().stream().map(Finding::format).toList();
        assertTrue(
                all.contains(
                        "columns/b/policies/2022/dup.md:3:1: warning [platform-doc-number-duplicate] 文号“东应急发〔2022〕1号”与栏目“a”的文件（columns/a/policies/2022/2022-00001.md:3:1，发文机关 东风镇应急管理办公室）相同：两个机关的发文机关代字重复，请核对代字"),
                all::toString);
        assertTrue(
                all.stream().noneMatch(x -> x.contains("error [platform-doc-number-duplicate]")),
                all::toString);
    }

    /** {@code check} of the platform at {@code p}, as of the tests' date. */
    private PlatformResult checked(Path p) throws IOException {
        return PlatformBuilder.check(PlatformConfig.of(p, dir.resolve("out"), Repo.AS_OF));
    }

    /**
     * A policy of {@code issuer} in {@code column}, written and published in {@code year}, its 文号
     * on line 3, its 索引号 under the column's own org_code.
     */
    private static void policy(
            Path column, String year, String file, String docNumber, String issuer)
            throws IOException {
        Path folder = column.resolve("policies/" + year);
        Files.createDirectories(folder);
        String code = ContentTree.orgCode(column.resolve("site.yaml"));
        Files.writeString(
                folder.resolve(file),
                """
                ---
                title: 关于重复文号的通知
                doc_number: %s
                issuer: %s
                written: %s-05-01
                published: %s-05-02
                disclosure: 主动公开
                index_no: %s/%s-00901
                ---
                正文。
                """
                        .formatted(docNumber, issuer, year, year, code, year));
    }

    @Test
    void aLinkToAnotherColumnMustNameAPublishedPolicyOfAColumnThatExists() throws IOException {
        Path p = twoColumns();
        Path notice = p.resolve("columns/b/notices/2026/xref.md");
        Files.writeString(
                notice,
                """
                ---
                title: 关于转发东风镇文件的通知
                published: 2026-02-01
                disclosure: 主动公开
                ---
                见[东风镇的办法](a:2025-00004)、[不存在的文件](a:no-such-id)和[县里的文件](county:2020-00001)。
                """);
        PlatformResult r =
                PlatformBuilder.check(PlatformConfig.of(p, dir.resolve("out"), Repo.AS_OF));
        List<String> e =
                errors(r).stream()
                        .filter(x -> x.startsWith("columns/b/notices/2026/xref.md"))
                        .toList();
        assertEquals(2, e.size(), e::toString);
        assertTrue(
                e.get(0).startsWith("columns/b/notices/2026/xref.md:6:")
                        && e.get(0).contains("栏目“东风镇人民政府”没有公开编号为“no-such-id”的政策文件"),
                e::toString);
        assertTrue(
                e.get(1).startsWith("columns/b/notices/2026/xref.md:6:")
                        && e.get(1).contains("平台上没有编号为“county”的栏目"),
                e::toString);
        // a column built on its own shows the text without an address: it cannot know the platform
        Path alone = dir.resolve("alone");
        assertTrue(
                SiteBuilder.build(BuildConfig.of(p.resolve("columns/b"), alone, Repo.AS_OF))
                        .written());
        var a =
                Jsoup.parse(Files.readString(alone.resolve("notices/2026/xref/index.html")))
                        .selectFirst("a[data-xref=a:2025-00004]");
        assertTrue(a != null && !a.hasAttr("href"), String.valueOf(a));
    }

    @Test
    void aRelativeLinkToAnotherColumnsSourceIsResolvedAsItsIdIsAndNeverLeavesThePlatform()
            throws IOException {
        Path p = twoColumns();
        Path cites = p.resolve("columns/a/policies/2025/2025-00004.md"); // names the absent county
        Files.writeString(cites, Files.readString(cites).replace("(county:2020-00001)", ""));
        Path notice = p.resolve("columns/b/notices/2026/xref.md");
        String body =
                """
                ---
                title: 关于转发东风镇文件的通知
                published: 2026-02-01
                disclosure: 主动公开
                ---
                见[东风镇的办法](../../../a/policies/2025/2025-00004.md)和[同一办法](a:2025-00004)。

                [不存在的文件](../../../a/policies/2025/nosuch.md)。

                [越出平台](../../../../a/x.md)，[绕出去再回来](../../../a/../../b/x.md)。
                """;
        Files.writeString(notice, body);
        List<String> e =
                errors(PlatformBuilder.check(PlatformConfig.of(p, dir.resolve("o"), Repo.AS_OF)))
                        .stream()
                        .filter(x -> x.startsWith("columns/b/notices/2026/xref.md"))
                        .toList();
        assertEquals(3, e.size(), e::toString);
        assertTrue(
                e.stream()
                        .anyMatch(
                                x ->
                                        x.startsWith("columns/b/notices/2026/xref.md:8:")
                                                && x.contains("[platform-link-broken]")
                                                && x.contains("“policies/2025/nosuch.md”")),
                e::toString);
        assertEquals(
                2,
                e.stream()
                        .filter(
                                x ->
                                        x.startsWith("columns/b/notices/2026/xref.md:10:")
                                                && x.contains("[link-outside-content]"))
                        .count(),
                e::toString);

        Files.writeString(notice, body.substring(0, body.indexOf("\n\n[不存在") + 1));
        Path out = dir.resolve("site");
        PlatformResult r = PlatformBuilder.build(PlatformConfig.of(p, out, Repo.AS_OF));
        assertTrue(r.written(), () -> errors(r).toString());
        String html = Files.readString(out.resolve("b/notices/2026/xref/index.html"));
        var links = Jsoup.parse(html).select("a[data-xref]");
        assertEquals(
                List.of("a:/policies/2025/2025-00004.md", "a:2025-00004"),
                links.eachAttr("data-xref"));
        assertEquals(
                "../../../../a/policies/2025/2025-00004/index.html", links.get(0).attr("href"));
        assertEquals(links.get(1).attr("href"), links.get(0).attr("href"));
        assertEquals(links.get(1).attr("data-validity"), links.get(0).attr("data-validity"));
        assertTrue(
                Jsoup.parse(html).select("[href*=.md], [src*=.md]").isEmpty(),
                "no address on the page follows the path as written");
        // on its own the column cannot know the platform: the text stays, with no address
        Path alone = dir.resolve("alone");
        assertTrue(
                SiteBuilder.build(BuildConfig.of(p.resolve("columns/b"), alone, Repo.AS_OF))
                        .written());
        var a =
                Jsoup.parse(Files.readString(alone.resolve("notices/2026/xref/index.html")))
                        .selectFirst("a[data-xref]");
        assertTrue(a != null && !a.hasAttr("href"), String.valueOf(a));
    }

    @Test
    void aColumnInsideThePlatformKeepsItsOwnSettings() throws IOException {
        // the platform replaces a column's address, 网站标识码, 备案号 and theme; 安乐镇's 调休 calendar, 党政机关
        // 网站标识, 索引号 scheme, 公示 periods and wording stay its own (they decide its findings and
        // pages)
        SiteConfig own = new ContentLoader().load(Repo.content()).site();
        Platform p = PlatformLoader.load(Repo.root().resolve("platform")).platform().orElseThrow();
        SiteConfig framed =
                ColumnFrames.frame(p, p.column("anle").orElseThrow(), m -> {}).site().apply(own);
        assertFalse(own.workingDays().workdays().isEmpty(), "the sample has 调休 days");
        assertEquals(own.workingDays().workdays(), framed.workingDays().workdays());
        assertEquals(own.workingDays().holidays(), framed.workingDays().holidays());
        assertEquals(own.indexScheme(), framed.indexScheme());
        assertEquals(own.publicityDays(), framed.publicityDays());
        assertEquals(own.wording(), framed.wording());
        assertEquals(own.conacLink(), framed.conacLink());
        assertEquals(own.conacIcon(), framed.conacIcon());
        assertEquals(own.searchEndpoint(), framed.searchEndpoint());
        assertEquals("https://www.linhe.gov.cn/xxgk/anle/", framed.baseUrl());
        assertEquals("3717230001", framed.siteCode());
    }

    @Test
    void platformYamlChoosesTheThemeOfThePlatformAndOfEveryColumn() throws IOException {
        Path p = twoColumns();
        Path themes = dir.resolve("themes");
        Trees.copy(Repo.root().resolve("themes/default"), themes.resolve("county"));
        Files.writeString(
                themes.resolve("county/assets/gongkai.css"), "/* 临河县统一样式 */ body{color:#123}\n");
        Files.writeString(
                p.resolve("platform.yaml"),
                Files.readString(p.resolve("platform.yaml")) + "theme: county\n");
        Path cites =
                p.resolve("columns/a/policies/2025/2025-00004.md"); // its link names the county,
        // absent here
        Files.writeString(cites, Files.readString(cites).replace("(county:2020-00001)", ""));
        PlatformResult r =
                PlatformBuilder.build(PlatformConfig.of(p, dir.resolve("site"), Repo.AS_OF));
        assertTrue(r.written(), () -> errors(r).toString());
        for (String page : List.of("index.html", "a/index.html", "b/policies/index.html")) {
            var css =
                    Jsoup.parse(Files.readString(dir.resolve("site").resolve(page)))
                            .selectFirst("link[rel=stylesheet]");
            Path file =
                    dir.resolve("site")
                            .resolve(page)
                            .getParent()
                            .resolve(css.attr("href"))
                            .normalize();
            assertTrue(Files.readString(file).contains("临河县统一样式"), page + " → " + file);
        }
        Files.writeString(
                p.resolve("platform.yaml"),
                Files.readString(p.resolve("platform.yaml"))
                        .replace("theme: county", "theme: nosuch"));
        PlatformResult missing =
                PlatformBuilder.build(PlatformConfig.of(p, dir.resolve("site2"), Repo.AS_OF));
        assertFalse(missing.written());
        assertTrue(
                errors(missing).stream()
                        .anyMatch(
                                e ->
                                        e.startsWith(
                                                "platform.yaml:8:1: error [platform-theme] 主题“nosuch”")),
                () -> errors(missing).toString());
    }

    @Test
    void aPlatformOnSolrSearchesItFromThePlatformsPageAndFromEachColumnsWithItsFilter()
            throws IOException {
        Path p = twoColumns();
        Files.writeString(
                p.resolve("platform.yaml"),
                Files.readString(p.resolve("platform.yaml")) + "search_solr: /solr/zcwjk/select\n");
        Path cites =
                p.resolve("columns/a/policies/2025/2025-00004.md"); // its link names the county,
        // absent here
        Files.writeString(cites, Files.readString(cites).replace("(county:2020-00001)", ""));
        Path out = dir.resolve("solr-site");
        PlatformResult r = PlatformBuilder.build(PlatformConfig.of(p, out, Repo.AS_OF));
        assertTrue(r.written(), () -> errors(r).toString());
        var unified =
                Jsoup.parse(Files.readString(out.resolve("search/index.html")))
                        .selectFirst("form#search-form");
        assertEquals("/solr/zcwjk/select", unified.attr("data-solr"));
        assertEquals(
                "",
                unified.attr("data-column"),
                "the platform's page: the reader's choice in the column filter");
        assertTrue(unified.selectFirst("select[name=column]") != null);
        var column =
                Jsoup.parse(Files.readString(out.resolve("a/search/index.html")))
                        .selectFirst("form#search-form");
        assertEquals("/solr/zcwjk/select", column.attr("data-solr"));
        assertEquals(
                "a",
                column.attr("data-column"),
                "a column's page searches its own documents in the collection");
        assertTrue(
                Files.isRegularFile(out.resolve("a/search/publish.jsonl.gz")),
                "what publish-search sends");
        assertTrue(
                Files.isRegularFile(out.resolve("search/manifest.json")),
                "the static index is still built");
    }

    @Test
    void everyColumnHasItsOwnOrgCode() throws IOException {
        Path p = twoColumns();
        Path site = p.resolve("columns/b/site.yaml");
        String a =
                Files.readAllLines(p.resolve("columns/a/site.yaml")).stream()
                        .filter(l -> l.startsWith("org_code"))
                        .findFirst()
                        .orElseThrow();
        List<String> lines =
                Files.readAllLines(site).stream()
                        .map(l -> l.startsWith("org_code") ? a : l)
                        .toList();
        Files.write(site, lines);
        PlatformResult r =
                PlatformBuilder.check(PlatformConfig.of(p, dir.resolve("out"), Repo.AS_OF));
        List<String> e = errors(r);
        assertTrue(
                e.stream()
                        .anyMatch(
                                x ->
                                        x.startsWith(
                                                        "columns/b/site.yaml:3:1: error [platform-org-code-duplicate]")
                                                && x.contains("与栏目 a 相同")),
                e::toString);
        assertTrue(
                e.stream()
                        .anyMatch(
                                x ->
                                        x.startsWith(
                                                "columns/a/site.yaml:3:1: error [platform-org-code-duplicate]")),
                e::toString);
    }

    @Test
    void theCommandLineBuildsChecksAndAssemblesAPlatform() throws IOException {
        Path sample = Repo.root().resolve("platform");
        String asOf = Repo.AS_OF.toString();
        assertEquals(Main.OK, run("check", "--content", sample.toString(), "--as-of", asOf, "-q"));
        Path part1 = dir.resolve("p1");
        Path part2 = dir.resolve("p2");
        assertEquals(
                Main.OK,
                run(
                        "build",
                        "--content",
                        sample.toString(),
                        "--columns",
                        "county,anle",
                        "--out",
                        part1.toString(),
                        "--as-of",
                        asOf,
                        "-q"));
        assertEquals(
                Main.OK,
                run(
                        "build",
                        "--content",
                        sample.toString(),
                        "--columns",
                        "dongfeng,xihu",
                        "--out",
                        part2.toString(),
                        "--as-of",
                        asOf,
                        "-q"));
        Path out = dir.resolve("site");
        assertEquals(
                Main.OK,
                run(
                        "assemble",
                        "--content",
                        sample.toString(),
                        "--out",
                        out.toString(),
                        "--as-of",
                        asOf,
                        "-q",
                        part1.toString(),
                        part2.toString()));
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(Files.isRegularFile(out.resolve("anle/index.html")));
        assertEquals(
                Main.USAGE,
                run(
                        "build",
                        "--content",
                        sample.toString(),
                        "--columns",
                        "nosuch",
                        "--out",
                        dir.resolve("x").toString(),
                        "--as-of",
                        asOf,
                        "-q"));
        assertFalse(Files.exists(dir.resolve("x")));
        Path p = twoColumns();
        Files.writeString(
                p.resolve("platform.yaml"),
                Files.readString(p.resolve("platform.yaml")).replace("columns/b}", "/etc}"));
        assertEquals(
                Main.CONTENT_ERRORS,
                run(
                        "build",
                        "--content",
                        p.toString(),
                        "--out",
                        dir.resolve("y").toString(),
                        "--as-of",
                        asOf,
                        "-q"));
    }

    private static int run(String... args) {
        PrintStream err = System.err;
        try {
            System.setErr(
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            var cli = Main.commandLine(args);
            cli.setOut(new PrintWriter(new StringWriter()));
            cli.setErr(new PrintWriter(new StringWriter()));
            return cli.execute(args);
        } finally {
            System.setErr(err);
        }
    }
}
