package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.CheckResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.content.DocNumber;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.search.SearchIndexer;
import org.gongkai.site.SiteModel;
import org.gongkai.testing.ContentTree;
import org.gongkai.testing.Repo;
import org.gongkai.testing.Trees;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample platform (platform/: the county, ../content as 安乐镇, 东风镇, 西湖镇) built whole and in
 * parts.
 */
class PlatformBuildTest {

    @TempDir static Path dir;

    static Path out;
    static PlatformResult built;

    static Path sample() {
        return Repo.root().resolve("platform");
    }

    @BeforeAll
    static void buildOnce() throws IOException {
        out = dir.resolve("whole").resolve("site");
        built = PlatformBuilder.build(PlatformConfig.of(sample(), out, Repo.AS_OF));
        assertTrue(built.written(), () -> built.findings().toString());
    }

    @Test
    void everyColumnIsACompleteSiteInsideThePlatformChrome() throws IOException {
        Platform p = PlatformLoader.load(sample()).platform().orElseThrow();
        assertEquals(
                List.of("county", "anle", "dongfeng", "xihu"),
                p.columns().stream().map(PlatformColumn::id).toList());
        for (PlatformColumn c : p.columns()) {
            for (String f :
                    List.of(
                            "index.html",
                            "search/index.html",
                            "feed.xml",
                            "sitemap.xml",
                            "404.html")) {
                assertTrue(Files.isRegularFile(out.resolve(c.id()).resolve(f)), c.id() + "/" + f);
            }
        }
        // 安乐镇 is content/ itself, every page of it there
        assertTrue(
                Files.isRegularFile(
                        out.resolve("anle/policies/2022/anzhengfa-2022-32/index.html")));
        var page =
                Jsoup.parse(
                        Files.readString(
                                out.resolve("anle/policies/2022/anzhengfa-2022-32/index.html")));
        var bar = page.selectFirst("nav.platform-bar");
        assertTrue(bar != null, "the platform's bar is on the column's pages");
        assertEquals("../../../../index.html", bar.select("a").get(1).attr("href"));
        assertEquals("临河县人民政府 政府信息公开", bar.select("a").get(1).text());
        assertEquals("https://www.linhe.gov.cn/", bar.select("a").get(0).attr("href"));
        String footer = page.selectFirst("footer").text();
        assertTrue(
                footer.contains("网站标识码：3717230001"),
                "the portal's 网站标识码, not the column's own: " + footer);
        assertTrue(footer.contains("鲁ICP备05021800号-1"), footer);
        // the column is served under the platform's address
        assertTrue(
                Files.readString(out.resolve("anle/sitemap.xml"))
                        .contains("<loc>https://www.linhe.gov.cn/xxgk/anle/"));
    }

    @Test
    void theHomeListsEveryColumnByKind() throws IOException {
        var home = Jsoup.parse(Files.readString(out.resolve("index.html")));
        assertEquals("临河县人民政府 政府信息公开", home.selectFirst("h1").text());
        List<String> headings = home.select("main h2").eachText();
        assertEquals(List.of("县政府", "乡镇/街道", "最新公开"), headings);
        assertEquals(
                List.of("临河县人民政府", "安乐镇人民政府", "东风镇人民政府", "西湖镇人民政府"),
                home.select("main .link-list a").eachText());
        for (var a : home.select("a[href]")) {
            String href = a.attr("href");
            if (!href.contains(":") && !href.startsWith("#")) {
                assertTrue(Files.isRegularFile(out.resolve(href.replace("%20", " "))), href);
            }
        }
    }

    @Test
    void thePolicyLibraryHoldsEveryPublishedPolicyOfEveryColumnWithPlainLinkFilters()
            throws IOException {
        int expected = 0;
        Platform p = PlatformLoader.load(sample()).platform().orElseThrow();
        for (PlatformColumn c : p.columns()) {
            CheckResult r =
                    SiteBuilder.check(
                            BuildConfig.of(c.folder(), dir.resolve("x"), Repo.AS_OF),
                            ColumnFrames.frame(p, c, m -> {}));
            expected += r.model().published(DocumentType.POLICY).size();
        }
        var library = Jsoup.parse(Files.readString(out.resolve("zcwjk/index.html")));
        assertEquals("共 " + expected + " 件", library.selectFirst("p.count").text());
        List<String> facets = library.select("nav.years").eachAttr("aria-label");
        assertEquals(List.of("按发布机构筛选", "按有效性筛选", "按主题筛选", "按年份筛选", "按文件类别筛选"), facets);
        // each filter value is a page of its own, reachable without script, and its entries link to
        // the column
        var anle = Jsoup.parse(Files.readString(out.resolve("zcwjk/jg/anle/index.html")));
        assertTrue(anle.selectFirst("h1").text().contains("发布机构：安乐镇人民政府"));
        for (var a : anle.select("ul.doc-list a.doc-title")) {
            assertTrue(a.attr("href").startsWith("../../../anle/policies/"), a.attr("href"));
            assertTrue(
                    Files.isRegularFile(
                            out.resolve("zcwjk/jg/anle").resolve(a.attr("href")).normalize()));
        }
        var valid = Jsoup.parse(Files.readString(out.resolve("zcwjk/yxx/valid/index.html")));
        assertTrue(
                valid.select("ul.doc-list .validity").eachText().stream()
                        .allMatch(t -> t.endsWith("有效")));
        assertTrue(Files.isRegularFile(out.resolve("zcwjk/gfxwj/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("zcwjk/nf/2022/index.html")));
    }

    @Test
    void oneFeedAndASitemapIndexOverAllColumns() throws Exception {
        var xml = DocumentBuilderFactory.newInstance();
        var feed = xml.newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
        assertEquals(30, feed.getElementsByTagName("entry").getLength());
        Set<String> authors = new HashSet<>();
        var names = feed.getElementsByTagName("name");
        for (int i = 0; i < names.getLength(); i++) {
            authors.add(names.item(i).getTextContent());
        }
        assertTrue(authors.size() >= 2, "the feed mixes columns: " + authors);
        var index = xml.newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile());
        assertEquals("sitemapindex", index.getDocumentElement().getTagName());
        assertEquals(5, index.getElementsByTagName("sitemap").getLength());
        assertTrue(
                Files.readString(out.resolve("robots.txt"))
                        .contains("Sitemap: https://www.linhe.gov.cn/xxgk/sitemap.xml"));
        // the platform's 404 page links from the platform's root path, since hosts serve it
        // anywhere
        var notFound = Jsoup.parse(Files.readString(out.resolve("404.html")));
        assertTrue(
                notFound.select("main a").eachAttr("href").stream()
                        .allMatch(h -> h.startsWith("/xxgk/")),
                notFound.select("main a").eachAttr("href")::toString);
        assertFalse(Files.readString(out.resolve("sitemap-platform.xml")).contains("404"));
    }

    @Test
    void withheldDocumentOfAnyColumnAppearsNowhereInOut() throws IOException {
        Platform p = PlatformLoader.load(sample()).platform().orElseThrow();
        Set<String> publicTexts = new HashSet<>();
        List<String> marks = new ArrayList<>();
        List<Document> hidden = new ArrayList<>();
        for (PlatformColumn c : p.columns()) {
            SiteModel m =
                    SiteBuilder.check(
                                    BuildConfig.of(c.folder(), dir.resolve("x"), Repo.AS_OF),
                                    ColumnFrames.frame(p, c, x -> {}))
                            .model();
            for (Document d : m.documents()) {
                if (m.isPublished(d)) {
                    publicTexts.add(d.title());
                    d.policy()
                            .flatMap(x -> x.docNumber())
                            .map(DocNumber::written)
                            .ifPresent(publicTexts::add);
                } else {
                    hidden.add(d);
                }
            }
        }
        for (Document d : hidden) {
            d.indexNo().ifPresent(marks::add);
            d.policy()
                    .flatMap(x -> x.docNumber())
                    .map(DocNumber::written)
                    .filter(n -> !publicTexts.contains(n))
                    .ifPresent(marks::add);
            if (!publicTexts.contains(d.title())) {
                marks.add(d.title());
            }
        }
        assertTrue(
                hidden.size() >= 3,
                "the sample has withheld or on-request documents in several columns: "
                        + hidden.size());
        Map<String, byte[]> files = Trees.files(out, rel -> !rel.endsWith(".gz"));
        // the platform's search over all columns is part of OUT: its manifest and shards are read
        // too
        assertTrue(
                files.containsKey("search/manifest.json")
                        && files.containsKey("search/index.html"));
        assertTrue(
                files.keySet().stream().filter(rel -> rel.startsWith("search/data/")).count() > 10,
                "the search's shards");
        List<String> leaks = new ArrayList<>();
        files.forEach(
                (path, bytes) -> {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    for (String mark : marks) {
                        if (text.contains(mark)) {
                            leaks.add(path + " contains " + mark);
                        }
                    }
                });
        assertEquals(List.of(), leaks);
    }

    @Test
    void partsAssembleIntoTheWholeBuildByteForByte() throws IOException {
        Path a = dir.resolve("part-a");
        Path b = dir.resolve("part-b");
        assertTrue(
                PlatformBuilder.build(
                                PlatformConfig.of(sample(), a, Repo.AS_OF)
                                        .withColumns(List.of("county", "anle")))
                        .written());
        assertTrue(
                PlatformBuilder.build(
                                PlatformConfig.of(sample(), b, Repo.AS_OF)
                                        .withColumns(List.of("xihu", "dongfeng")))
                        .written());
        assertFalse(Files.exists(a.resolve("index.html")), "a part has no platform pages");
        Path assembled = dir.resolve("assembled");
        PlatformResult r =
                PlatformBuilder.assemble(
                        PlatformConfig.of(sample(), assembled, Repo.AS_OF), List.of(b, a));
        assertTrue(r.written(), r.findings()::toString);
        Map<String, byte[]> expected = Trees.files(out, rel -> true);
        Map<String, byte[]> actual = Trees.files(assembled, rel -> true);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach(
                (path, bytes) -> {
                    if (path.contains("/" + SearchIndexer.LUCENE_FOLDER)) {
                        assertEquals(
                                bytes.length,
                                actual.get(path).length,
                                path); // Lucene's random segment ids aside
                    } else {
                        assertArrayEquals(bytes, actual.get(path), path);
                    }
                });
    }

    @Test
    void assembleRefusesMissingDuplicateOrForeignParts() throws IOException {
        Path a = dir.resolve("only-a");
        assertTrue(
                PlatformBuilder.build(
                                PlatformConfig.of(sample(), a, Repo.AS_OF)
                                        .withColumns(List.of("county")))
                        .written());
        Path target = dir.resolve("refused");
        var missing =
                Assertions.assertThrows(
                        IOException.class,
                        () ->
                                PlatformBuilder.assemble(
                                        PlatformConfig.of(sample(), target, Repo.AS_OF),
                                        List.of(a)));
        assertTrue(missing.getMessage().contains("不在任何部分中"), missing.getMessage());
        var twice =
                Assertions.assertThrows(
                        IOException.class,
                        () ->
                                PlatformBuilder.assemble(
                                        PlatformConfig.of(sample(), target, Repo.AS_OF),
                                        List.of(a, a)));
        assertTrue(twice.getMessage().contains("同时在"), twice.getMessage());
        var otherDay =
                Assertions.assertThrows(
                        IOException.class,
                        () ->
                                PlatformBuilder.assemble(
                                        PlatformConfig.of(sample(), target, Repo.AS_OF.plusDays(1)),
                                        List.of(a)));
        assertTrue(otherDay.getMessage().contains("不能拼合"), otherDay.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void anIncrementalBuildRebuildsOnlyTheEditedColumnAndEqualsAWholeBuild() throws IOException {
        Path copy = dir.resolve("inc-repo");
        List<String> lines = new ArrayList<>();
        PlatformConfig config = incrementalCopy(copy, lines);
        Path site = config.out();
        assertTrue(PlatformBuilder.build(config).written());
        assertTrue(lines.stream().noneMatch(l -> l.contains("都没有变化：取自上次构建")), lines::toString);
        Map<String, Object> library = libraryFiles(site);
        Path edited = copy.resolve("platform/columns/xihu/notices/2026/xihu-new.md");
        Files.writeString(
                edited, "---\ntitle: 西湖镇秋季防火工作动态\npublished: 2026-11-20\n---\n各村已完成防火巡查。\n");
        lines.clear();
        assertTrue(PlatformBuilder.build(config).written());
        List<String> reused =
                lines.stream()
                        .filter(l -> l.contains("都没有变化：取自上次构建"))
                        .map(l -> l.substring(1, l.indexOf(']')))
                        .toList();
        assertEquals(List.of("county", "anle", "dongfeng"), reused, "only 西湖镇 is built again");
        assertTrue(
                Files.readString(site.resolve("index.html")).contains("西湖镇秋季防火工作动态"),
                "the portal pages follow");
        // the platform's search rewrites the shards of the new document's terms (and the manifest),
        // keeps the rest
        assertFewerThanHalfWritten(lines, "已导出全平台搜索索引", "(\\d+) 个分片；写入 (\\d+) 个文件");
        // a notice is in no list of the 政策文件库: none of its pages is written again
        assertEquals(library, libraryFiles(site));
        assertSameAsWholeBuild(copy.resolve("platform"), dir.resolve("inc-whole"), site);
    }

    @Test
    void oneEditedPolicyTitleRewritesOnlyTheLibraryPagesThatListIt() throws IOException {
        Path copy = dir.resolve("inc-title-repo");
        List<String> lines = new ArrayList<>();
        PlatformConfig config = incrementalCopy(copy, lines);
        Path site = config.out();
        assertTrue(PlatformBuilder.build(config).written());
        Map<String, Object> before = libraryFiles(site);
        assertTrue(before.size() > 10, before::toString);
        Map<String, Object> columnBefore = fileKeys(site.resolve("xihu"));
        Map<String, byte[]> bytesBefore = Trees.files(site.resolve("xihu"), rel -> true);
        Path policy = copy.resolve("platform/columns/xihu/policies/2023/2023-00001.md");
        String title = "西湖镇财政所关于加强公共企事业单位信息公开服务保障的管理办法";
        String edited = "西湖镇财政所关于公共企事业单位信息公开服务保障的管理办法（修订）";
        Files.writeString(policy, Files.readString(policy).replace(title, edited));
        lines.clear();
        assertTrue(PlatformBuilder.build(config).written());
        // a page taken from the last build is a hard link to the same file: a rewritten one is new
        Map<String, Object> after = libraryFiles(site);
        assertEquals(before.keySet(), after.keySet());
        Set<String> rewritten = new HashSet<>();
        Set<String> listing = new HashSet<>();
        for (String page : after.keySet()) {
            if (!after.get(page).equals(before.get(page))) {
                rewritten.add(page);
            }
            if (Files.readString(site.resolve(page)).contains(edited)) {
                listing.add(page);
            }
        }
        assertTrue(listing.contains("zcwjk/index.html"), listing::toString);
        assertTrue(listing.contains("zcwjk/jg/xihu/index.html"), listing::toString);
        assertEquals(listing, rewritten, "only the library pages that list the policy are written");
        assertFewerThanHalfWritten(lines, "已生成平台页面", "(\\d+) 个.*写入 (\\d+) 个");
        // the column is built as a stand-alone column is with --incremental: of its files only
        // the pages that show the title and the search files of its terms are written again
        Map<String, Object> columnAfter = fileKeys(site.resolve("xihu"));
        Map<String, byte[]> bytesAfter = Trees.files(site.resolve("xihu"), rel -> true);
        Set<String> pagesWritten = new TreeSet<>();
        Set<String> pagesChanged = new TreeSet<>();
        Set<String> searchWritten = new TreeSet<>();
        int searchFiles = 0;
        for (String file : columnAfter.keySet()) {
            boolean written = !columnAfter.get(file).equals(columnBefore.get(file));
            if (file.startsWith("search/") && !file.contains(SearchIndexer.LUCENE_FOLDER)) {
                searchFiles++;
                if (written) {
                    searchWritten.add(file);
                }
            } else if (file.endsWith(".html")) {
                if (written) {
                    pagesWritten.add(file);
                }
                if (!Arrays.equals(bytesBefore.get(file), bytesAfter.get(file))) {
                    pagesChanged.add(file);
                }
            }
        }
        assertTrue(
                pagesChanged.contains("policies/2023/2023-00001/index.html"),
                pagesChanged::toString);
        assertEquals(pagesChanged, pagesWritten, "the column writes only the pages that change");
        // a title's terms hash into most of a small column's shards; the document's metadata is in
        // one file of several
        assertTrue(
                searchWritten.size() < searchFiles,
                "search files written: " + searchWritten + " of " + searchFiles);
        assertEquals(
                2,
                searchWritten.stream().filter(f -> f.startsWith("search/data/m/")).count(),
                searchWritten::toString);
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.startsWith("[xihu] 已生成") && l.contains("个未变，取自上次构建")),
                lines::toString);
        // its record is kept in the platform's cache, never in the published output
        assertTrue(Files.isRegularFile(ColumnCache.folderOf(site).resolve("xihu.record")));
        try (var walk = Files.walk(site)) {
            assertTrue(walk.noneMatch(p -> p.toString().contains(".gongkai-cache")));
        }
        assertSameAsWholeBuild(copy.resolve("platform"), dir.resolve("inc-title-whole"), site);
    }

    /**
     * An incremental build of a copy of the sample platform (and ../content) in {@code copy},
     * writing copy/site and its progress into {@code lines}.
     */
    private static PlatformConfig incrementalCopy(Path copy, List<String> lines)
            throws IOException {
        Trees.copy(sample(), copy.resolve("platform"));
        Trees.copy(Repo.content(), copy.resolve("content"));
        return PlatformConfig.of(copy.resolve("platform"), copy.resolve("site"), Repo.AS_OF)
                .withIncremental(true)
                .withProgress(lines::add);
    }

    /**
     * The progress line starting with {@code start} says fewer than half of its files were written
     * again: {@code pattern}'s first group is how many there are, its second how many were written.
     */
    private static void assertFewerThanHalfWritten(
            List<String> lines, String start, String pattern) {
        String line = lines.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
        Matcher m = Pattern.compile(pattern).matcher(line);
        assertTrue(m.find(), line);
        assertTrue(Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(1)) / 2, line);
    }

    /** Each .html file under zcwjk/ with the identity of the file on disk. */
    private static Map<String, Object> libraryFiles(Path site) throws IOException {
        Map<String, Object> files = new TreeMap<>();
        fileKeys(site.resolve("zcwjk"))
                .forEach(
                        (rel, key) -> {
                            if (rel.endsWith(".html")) {
                                files.put("zcwjk/" + rel, key);
                            }
                        });
        return files;
    }

    /**
     * Every file under {@code root} with the identity of the file on disk (a hard link keeps it).
     */
    private static Map<String, Object> fileKeys(Path root) throws IOException {
        Map<String, Object> files = new TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Object key = Files.readAttributes(p, BasicFileAttributes.class).fileKey();
                assertTrue(key != null, "the file system gives files an identity");
                files.put(root.relativize(p).toString().replace('\\', '/'), key);
            }
        }
        return files;
    }

    /** The incremental build's {@code site} is what a whole build of {@code platform} writes. */
    private static void assertSameAsWholeBuild(Path platform, Path whole, Path site)
            throws IOException {
        assertTrue(PlatformBuilder.build(PlatformConfig.of(platform, whole, Repo.AS_OF)).written());
        Map<String, byte[]> expected = Trees.files(whole, rel -> true);
        Map<String, byte[]> actual = Trees.files(site, rel -> true);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach(
                (path, bytes) -> {
                    if (path.contains("/" + SearchIndexer.LUCENE_FOLDER)) {
                        assertEquals(bytes.length, actual.get(path).length, path);
                    } else {
                        assertArrayEquals(bytes, actual.get(path), path);
                    }
                });
    }

    @Test
    void aTownshipsLinkToACountyPolicyGetsItsAddressAndTheCountysValidity() throws IOException {
        Path page = out.resolve("dongfeng/policies/2025/2025-00004/index.html");
        var link =
                Jsoup.parse(Files.readString(page)).selectFirst("a[data-xref=county:2020-00001]");
        assertTrue(link != null, "the link is on the page");
        assertEquals("../../../../county/policies/2020/2020-00001/index.html", link.attr("href"));
        assertTrue(
                Files.isRegularFile(page.getParent().resolve(link.attr("href")).normalize()),
                "and leads to the county's page");
        assertEquals(
                "已失效",
                link.attr("data-validity"),
                "the county's own derivation: past its valid_until");
        var gz =
                new String(
                        new GZIPInputStream(Files.newInputStream(Path.of(page + ".gz")))
                                .readAllBytes(),
                        StandardCharsets.UTF_8);
        assertEquals(Files.readString(page), gz, "the precompressed copy says the same");
    }

    @Test
    void aCountyRepealShowsOnTheTownshipsPageAtTheNextIncrementalBuild() throws IOException {
        Path copy = dir.resolve("xref-repo");
        Trees.copy(sample(), copy.resolve("platform"));
        Trees.copy(Repo.content(), copy.resolve("content"));
        Path site = copy.resolve("site");
        List<String> lines = new ArrayList<>();
        PlatformConfig config =
                PlatformConfig.of(copy.resolve("platform"), site, Repo.AS_OF)
                        .withIncremental(true)
                        .withProgress(lines::add);
        assertTrue(PlatformBuilder.build(config).written());
        Path county = copy.resolve("platform/columns/county/policies/2026");
        String code = ContentTree.orgCode(copy.resolve("platform/columns/county/site.yaml"));
        Files.writeString(
                county.resolve("linzhengfa-2026-5.md"),
                """
                ---
                title: 临河县人民政府关于废止部分安全生产文件的决定
                doc_number: 临政发〔2026〕5号
                issuer: 临河县人民政府
                written: 2026-03-01
                published: 2026-03-02
                disclosure: 主动公开
                index_no: %s/2026-00905
                repeals: [2020-00001]
                ---
                决定废止《临河县应急管理办公室关于健全安全生产审核审批的管理办法》。
                """
                        .formatted(code));
        lines.clear();
        assertTrue(PlatformBuilder.build(config).written());
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("[dongfeng]") && l.contains("取自上次构建")),
                lines::toString);
        var link =
                Jsoup.parse(
                                Files.readString(
                                        site.resolve(
                                                "dongfeng/policies/2025/2025-00004/index.html")))
                        .selectFirst("a[data-xref=county:2020-00001]");
        assertEquals(
                "已废止",
                link.attr("data-validity"),
                "the township's unchanged page follows the county's repeal");
        Path whole = dir.resolve("xref-whole");
        assertTrue(
                PlatformBuilder.build(
                                PlatformConfig.of(copy.resolve("platform"), whole, Repo.AS_OF))
                        .written());
        assertEquals(
                Files.readString(whole.resolve("dongfeng/policies/2025/2025-00004/index.html")),
                Files.readString(site.resolve("dongfeng/policies/2025/2025-00004/index.html")));
    }
}
