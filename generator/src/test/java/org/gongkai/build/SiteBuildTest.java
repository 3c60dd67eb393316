package org.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.content.Document;
import org.gongkai.render.SitePaths;
import org.gongkai.testing.ContentTree;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;

/** Whole builds: what is written, what never is, and that site/ is replaced whole or not at all. */
class SiteBuildTest {

    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    static List<String> filesContaining(Path root, List<String> needles) throws IOException {
        List<String> hits = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : snapshot(root).entrySet()) {
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            for (String n : needles) {
                if (text.contains(n)) {
                    hits.add(e.getKey() + " contains " + n);
                }
            }
        }
        return hits;
    }

    @Test
    void sampleContentBuildsAPageForEveryPublishedDocument() throws IOException {
        Path site = Repo.sampleSite();
        CheckResult checked = SiteBuilder.check(BuildConfig.of(Repo.content(), site, Repo.AS_OF));
        assertFalse(checked.hasErrors(), () -> checked.findings().toString());
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertTrue(checked.model().published().size() >= 30);
        for (Document d : checked.model().published()) {
            assertTrue(Files.isRegularFile(site.resolve(SitePaths.document(d))), d.id());
        }
        assertTrue(Files.isRegularFile(site.resolve("policies/2022/anzhengfa-2022-32/index.html")));
        for (String f :
                List.of(
                        "sitemap.xml",
                        "feed.xml",
                        "404.html",
                        "robots.txt",
                        "sitemap/index.html",
                        "validity/valid/index.html",
                        "validity/repealed/index.html",
                        "validity/amended/index.html",
                        "validity/expired/index.html",
                        "topics/index.html",
                        "issuers/index.html",
                        "policies/2022/index.html")) {
            assertTrue(Files.isRegularFile(site.resolve(f)), f);
        }
    }

    @Test
    void withheldDocumentAppearsInNoOutputFile() throws IOException {
        ContentTree t =
                ContentTree.create()
                        .policy("public-one", "2024-01-02", "", "公开的正文。")
                        .file(
                                "policies/2024/secret-plan.md",
                                """
                        ---
                        title: 绝密拆迁补偿测算方案
                        doc_number: 安政发〔2024〕99号
                        published: 2024-01-03
                        disclosure: 不予公开
                        withheld_basis: 第十六条第二款（过程性信息）
                        review_by: 2025-01-03
                        attachments: [{file: secret-plan-附件.csv, title: 测算明细表}]
                        ---
                        补偿标准暂定每平方米八千八百元整。
                        """)
                        .file("policies/2024/secret-plan-附件.csv", "户,金额\n甲,1\n")
                        .file(
                                "policies/2024/on-request.md",
                                """
                        ---
                        title: 依申请公开的征地协议汇编
                        published: 2024-01-04
                        disclosure: 依申请公开
                        review_by: 2025-01-04
                        ---
                        协议编号甲乙丙丁。
                        """);
        assertTrue(t.build().written());
        List<String> leaks =
                filesContaining(
                        t.siteFolder(),
                        List.of(
                                "绝密拆迁补偿测算方案",
                                "安政发〔2024〕99号",
                                "八千八百元",
                                "secret-plan",
                                "测算明细表",
                                "依申请公开的征地协议汇编",
                                "甲乙丙丁",
                                "on-request"));
        assertEquals(List.of(), leaks);
        assertTrue(
                Files.isRegularFile(t.siteFolder().resolve("policies/2024/public-one/index.html")));
    }

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical() throws IOException {
        Path a = Files.createTempDirectory("gk-a").resolve("site");
        Path b = Files.createTempDirectory("gk-b").resolve("site");
        assertTrue(SiteBuilder.build(BuildConfig.of(Repo.content(), a, Repo.AS_OF)).written());
        assertTrue(SiteBuilder.build(BuildConfig.of(Repo.content(), b, Repo.AS_OF)).written());
        Map<String, byte[]> sa = snapshot(a);
        Map<String, byte[]> sb = snapshot(b);
        assertEquals(sa.keySet(), sb.keySet());
        for (String k : sa.keySet()) {
            if (k.startsWith(LUCENE)) {
                continue; // Lucene stamps each segment with a random id and a timestamp: compared
                // by content below
            }
            assertTrue(Arrays.equals(sa.get(k), sb.get(k)), "differs: " + k);
        }
        assertEquals(luceneContent(a.resolve(LUCENE)), luceneContent(b.resolve(LUCENE)));
    }

    static final String LUCENE = "search/lucene/";

    /**
     * What a Lucene index holds, in doc-id order: every stored field and, per field, every term
     * with its postings.
     */
    static List<String> luceneContent(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (var dir = FSDirectory.open(folder);
                var reader = DirectoryReader.open(dir)) {
            var stored = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i++) {
                out.add(
                        i
                                + ":"
                                + stored.document(i).getFields().stream()
                                        .map(f -> f.name() + "=" + f.stringValue())
                                        .toList());
            }
            List<String> termLines = new ArrayList<>();
            for (var leaf : reader.leaves()) {
                // field numbers follow the order threads first met each field: compare fields by
                // name
                for (var info : leaf.reader().getFieldInfos()) {
                    var terms = leaf.reader().terms(info.name);
                    if (terms == null) {
                        continue;
                    }
                    var it = terms.iterator();
                    for (var t = it.next(); t != null; t = it.next()) {
                        var postings = it.postings(null, PostingsEnum.FREQS);
                        StringBuilder sb =
                                new StringBuilder(info.name).append(':').append(t.utf8ToString());
                        for (int d = postings.nextDoc();
                                d != DocIdSetIterator.NO_MORE_DOCS;
                                d = postings.nextDoc()) {
                            sb.append(' ').append(d).append('x').append(postings.freq());
                        }
                        termLines.add(sb.toString());
                    }
                }
            }
            termLines.sort(null);
            out.addAll(termLines);
        }
        return out;
    }

    @Test
    void contentErrorsLeaveThePreviousSiteUntouched() throws IOException {
        ContentTree t = ContentTree.create().policy("a", "2024-01-02", "", "正文。");
        assertTrue(t.build().written());
        Map<String, byte[]> before = snapshot(t.siteFolder());
        t.file("policies/2024/broken.md", "---\ntitle: [未闭合\n---\n");
        BuildResult r = t.build();
        assertFalse(r.written());
        assertTrue(r.hasErrors());
        assertSameTree(before, snapshot(t.siteFolder()));
    }

    @Test
    void aFailureWhileRenderingLeavesThePreviousSiteUntouched() throws IOException {
        ContentTree t = ContentTree.create().policy("a", "2024-01-02", "", "正文。");
        assertTrue(t.build().written());
        Map<String, byte[]> before = snapshot(t.siteFolder());
        // a theme whose layout references something that does not exist: strict mode fails
        // mid-render, and the build ends with the template's finding instead of a crash
        Path themes = t.root().resolveSibling("themes");
        Files.createDirectories(themes.resolve("default/templates"));
        Files.writeString(
                themes.resolve("default/templates/layout.vm"), "<html>$page.noSuchField</html>");
        BuildResult failed = t.build();
        assertFalse(failed.written());
        assertTrue(
                failed.findings().stream()
                        .anyMatch(
                                f ->
                                        f.format()
                                                .startsWith(
                                                        "themes/default/templates/layout.vm:1:13: error [template-error]")),
                failed.findings()::toString);
        assertSameTree(before, snapshot(t.siteFolder()));
        try (Stream<Path> left = Files.list(t.siteFolder().getParent())) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".gongkai-old")));
        }
    }

    @Test
    void aSiteThemeOverridesOneTemplateByName() throws IOException {
        ContentTree t = ContentTree.create().policy("a", "2024-01-02", "", "正文。");
        Path themes = t.root().resolveSibling("themes");
        Files.createDirectories(themes.resolve("default/templates"));
        Files.writeString(themes.resolve("default/templates/notfound.vm"), "<h1>本站没有这个页面</h1>");
        assertTrue(t.build().written());
        assertTrue(Files.readString(t.siteFolder().resolve("404.html")).contains("本站没有这个页面"));
        // everything else still comes from the built-in theme
        assertTrue(Files.readString(t.siteFolder().resolve("index.html")).contains("最新公开"));
    }

    @Test
    void aThousandDocumentCorpusBuilds() throws IOException {
        Path content = Repo.corpus(1000);
        Path out = content.resolveSibling("site");
        BuildResult r = SiteBuilder.build(BuildConfig.of(content, out, Repo.AS_OF));
        assertTrue(
                r.written(),
                () -> r.findings().stream().filter(f -> f.isError()).limit(5).toList().toString());
        assertTrue(r.documents() > 900);
    }

    static void assertSameTree(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertTrue(Arrays.equals(v, after.get(k)), "changed: " + k));
    }

    @Test
    void aRuleErrorFoundWhilePagesRenderThrowsTheStagingFolderAway() throws IOException {
        // loads and resolves cleanly; only a rule (pii-mobile) objects, and the rules run beside
        // rendering
        ContentTree t =
                ContentTree.create()
                        .policy("anzhengfa-2026-1", "2026-03-02", "", "联系人：王先生，电话 13812345678。");
        Path site = t.siteFolder();
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "旧网站");

        BuildResult result = t.build();

        assertFalse(result.written());
        assertTrue(
                result.findings().stream()
                        .anyMatch(
                                f ->
                                        f.isError()
                                                && f.ruleId().equals("pii-mobile")
                                                && f.where()
                                                        .file()
                                                        .equals("policies/2026/anzhengfa-2026-1.md")
                                                && f.where().line() > 1),
                result.findings().toString());
        assertEquals("旧网站", Files.readString(site.resolve("index.html")), "site/ is untouched");
        try (Stream<Path> siblings = Files.list(site.getParent())) {
            assertEquals(
                    List.of("content", "site"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }
    }
}
