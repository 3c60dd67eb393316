package org.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever mix of 主动公开, 依申请公开 and 不予公开 documents a site has, and however the public ones
 * refer to the others (amended or repealed by them, linking to them, interpreting them), no mark of
 * a non-public document reaches any file of the built site: pages, feed, sitemap, 404, copied
 * files, search shards and the Lucene index, read as bytes.
 */
class NoLeakPropertyTest {

    private static final int SITES = 20;
    private static final String[] DISCLOSURES = {"主动公开", "依申请公开", "不予公开"};

    /** One generated document and the strings that mark it. */
    record Doc(String id, String type, String folder, boolean isPublic, List<String> marks) {}

    @Test
    void nonPublicDocumentsLeaveNoMarkInAnyOutputFile() throws Exception {
        int built = 0;
        int scannedWithheld = 0;
        for (int seed = 1; seed <= SITES; seed++) {
            Random rnd = new Random(seed * 7919L);
            ContentTree t = ContentTree.create();
            // the 公示 tables stay on line, so their cells are rendered and scanned
            t.file("site.yaml", ContentTree.SITE_YAML + ContentTree.NAMES_ON_LINE);
            List<Doc> docs = generate(seed, rnd, t);
            BuildResult r = t.build();
            final int s0 = seed;
            // the refusals this generator provokes on purpose (a link to, or an interpretation of,
            // a non-public document); any other error is a bug in the generator
            assertEquals(
                    List.of(),
                    r.findings().stream()
                            .filter(f -> f.isError())
                            .filter(
                                    f ->
                                            !f.ruleId().equals("interpretation-of-withheld")
                                                    && !f.ruleId().equals("link-broken")
                                                    && !f.ruleId()
                                                            .equals("disclosure-attribute-missing"))
                            .toList(),
                    () -> "seed " + s0);
            Map<String, byte[]> files;
            if (r.written()) {
                built++;
                files = OutputScan.files(t.siteFolder());
            } else {
                // refused by checks: render it anyway, the renderer must not leak either
                files = OutputScan.renderRegardless(t);
            }
            List<String> secret = new ArrayList<>();
            List<String> open = new ArrayList<>();
            for (Doc d : docs) {
                (d.isPublic() ? open : secret).addAll(d.marks());
                if (!d.isPublic()) {
                    scannedWithheld++;
                }
            }
            final int s = seed;
            assertEquals(List.of(), OutputScan.containing(files, secret), () -> "seed " + s);
            // the scan itself works: every public document's title is somewhere in the site
            for (Doc d : docs) {
                if (d.isPublic()) {
                    assertFalse(
                            OutputScan.containing(files, List.of(d.marks().get(0))).isEmpty(),
                            () -> "seed " + s + ": public " + d.id() + " not found");
                }
            }
        }
        assertTrue(
                built >= SITES / 4,
                "too few generated sites built through the whole pipeline: " + built);
        assertTrue(
                scannedWithheld >= SITES,
                "too few non-public documents scanned: " + scannedWithheld);
    }

    /** A random small site: 5–15 documents of every type, random disclosure and relations. */
    static List<Doc> generate(int seed, Random rnd, ContentTree t) {
        int n = 5 + rnd.nextInt(11);
        List<Doc> docs = new ArrayList<>();
        List<Doc> policies = new ArrayList<>();
        String[] types = {"policy", "policy", "interpretation", "notice", "publicity", "page"};
        for (int i = 0; i < n; i++) {
            String type = types[i < 2 ? i : rnd.nextInt(types.length)];
            String disclosure = i == 0 ? "主动公开" : DISCLOSURES[rnd.nextInt(3)];
            boolean isPublic = disclosure.equals("主动公开");
            String tag =
                    String.format(
                            "S%02dD%02d", seed, i); // fixed width: no mark is a prefix of another
            String id = "mk" + tag.toLowerCase(Locale.ROOT) + "x";
            // later documents are later: an amendment may only change what came before it
            LocalDate date = LocalDate.of(2024, 1, 2).plusDays(i * 20L + rnd.nextInt(10));
            int number = 5000 + seed * 20 + i;
            List<String> marks =
                    new ArrayList<>(
                            List.of(
                                    "标题" + tag + "号",
                                    id,
                                    "正文" + tag + "句",
                                    "摘要" + tag,
                                    "关键词" + tag));
            StringBuilder fm =
                    new StringBuilder("---\n")
                            .append("title: 标题")
                            .append(tag)
                            .append("号\n")
                            .append("published: ")
                            .append(date)
                            .append('\n')
                            .append("disclosure: ")
                            .append(disclosure)
                            .append('\n')
                            .append("summary: 摘要")
                            .append(tag)
                            .append('\n')
                            .append("keywords: [关键词")
                            .append(tag)
                            .append("]\n")
                            .append("issuer: 安乐镇人民政府\n")
                            .append("index_no: 11371723004235384N/2024-")
                            .append(String.format("%05d", number))
                            .append('\n')
                            .append("topics: [综合政务/政务公开]\n");
            if (!isPublic) {
                fm.append("withheld_basis: 第十六条第二款（过程性信息）\nreview_by: ")
                        .append(date.plusYears(1))
                        .append('\n');
            }
            String folder;
            StringBuilder body = new StringBuilder("正文").append(tag).append("句。\n");
            switch (type) {
                case "policy" -> {
                    folder = "policies/2024";
                    String docNumber = "安政发〔2024〕" + number + "号";
                    marks.add(docNumber);
                    fm.append("doc_number: ")
                            .append(docNumber)
                            .append("\nwritten: ")
                            .append(date)
                            .append('\n');
                    // a non-public policy may amend or repeal a public one: the public page must
                    // not name it
                    List<Doc> publicPolicies = policies.stream().filter(Doc::isPublic).toList();
                    if (!isPublic && !publicPolicies.isEmpty() && rnd.nextBoolean()) {
                        Doc target = publicPolicies.get(rnd.nextInt(publicPolicies.size()));
                        fm.append(rnd.nextBoolean() ? "amends: [" : "repeals: [")
                                .append(target.id())
                                .append("]\n");
                    }
                }
                case "interpretation" -> {
                    folder = "interpretations/2024";
                    Doc target = policies.get(rnd.nextInt(policies.size()));
                    // interpreting a withheld policy is refused by a rule; keep it rare so most
                    // sites build
                    if (!target.isPublic() && isPublic && rnd.nextInt(4) != 0) {
                        target = policies.get(0);
                    }
                    fm.append("interprets: ").append(target.id()).append("\nform: 文字解读\n");
                }
                case "publicity" -> {
                    folder = "publicity/2024";
                    String csv = "名单" + tag + ".csv";
                    marks.add("名单" + tag);
                    marks.add("村民" + tag);
                    fm.append("village: 安乐村\nperiod_end: ")
                            .append(date.plusDays(7))
                            .append("\ndata: ")
                            .append(csv)
                            .append('\n');
                    t.file(folder + "/" + csv, "户主,金额\n村民" + tag + "*,100\n");
                }
                case "page" -> {
                    folder = "pages";
                    fm.append("order: ").append(i).append('\n');
                }
                default -> folder = "notices/2024";
            }
            if (rnd.nextBoolean()) {
                String file = "附件" + tag + ".pdf";
                marks.add("附件" + tag);
                marks.add("附件标题" + tag);
                fm.append("attachments: [{file: ")
                        .append(file)
                        .append(", title: 附件标题")
                        .append(tag)
                        .append("}]\n");
                t.file(folder + "/" + file, "%PDF-1.4 附件内容" + tag + "\n");
                marks.add("附件内容" + tag);
            }
            // public documents link to earlier documents by file, public or not
            if (!docs.isEmpty() && rnd.nextInt(5) == 0) {
                Doc target = docs.get(rnd.nextInt(docs.size()));
                String rel =
                        rnd.nextInt(3) == 0
                                ? target.id() // by id, which link-broken accepts
                                : folder.equals(target.folder())
                                        ? target.id() + ".md"
                                        : "../".repeat(folder.split("/").length)
                                                + target.folder()
                                                + "/"
                                                + target.id()
                                                + ".md";
                body.append("\n参见[相关文件](").append(rel).append(")。\n");
            }
            // a non-public notice, publicity or page may say so only in its body's marker line, the
            // way the issuing office wrote it: withheld all the same (disclosure-attribute-missing
            // reports it)
            String front = fm.toString();
            if (!isPublic
                    && !type.equals("policy")
                    && !type.equals("interpretation")
                    && rnd.nextInt(4) == 0) {
                front = front.replace("disclosure: " + disclosure + "\n", "");
                body.append(rnd.nextBoolean() ? "\n" : "")
                        .append(disclosure.equals("不予公开") ? "（此件不予公开）\n" : "（此件依申请公开）\n");
            }
            t.file(folder + "/" + id + ".md", front + "---\n\n" + body);
            Doc d = new Doc(id, type, folder, isPublic, marks);
            docs.add(d);
            if (type.equals("policy")) {
                policies.add(d);
            }
        }
        return docs;
    }

    @Test
    void generatorIsDeterministic() {
        ContentTree a = ContentTree.create();
        ContentTree b = ContentTree.create();
        assertEquals(generate(3, new Random(3), a), generate(3, new Random(3), b));
        Path p = a.root();
        assertTrue(p.toFile().isDirectory());
    }
}
