package org.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.gongkai.cli.Main;
import org.gongkai.testing.ContentTree;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;

/**
 * Property: an editor who commits anything at all — paths that climb out or into withheld sources,
 * symbolic links to outside files, script dressed as images, attachments and data, spreadsheet
 * formulas, control characters, a withheld marker without its attribute, YAML merge keys that hide
 * the attribute, file names the generator writes itself, immense words — gets a finished build
 * (exit 0) or findings (exit 1), never a Java failure; and whatever is built, read byte by byte
 * (pages, .gz, feed, CSV, search JSON, Lucene), holds no mark of a non-public document, no byte of
 * an outside file, nothing a browser would run and no CSV cell a spreadsheet would evaluate.
 *
 * <p>Each attack here is one of issue #19's classes; the tests that pin each single input are
 * beside the mechanism that stops it. This one mixes them at random with 主动公开, 依申请公开 and 不予公开
 * documents.
 */
class UntrustedEditorPropertyTest {

    private static final int SITES = 24;
    private static final String[] DISCLOSURES = {"主动公开", "依申请公开", "不予公开"};

    /** The string every script payload carries: no byte of it may reach the site. */
    static final String PAYLOAD = "PWNED";

    private static final Pattern FINDING =
            Pattern.compile("^\\S[^:]*:\\d+:\\d+: (error|warning) \\[[a-z0-9-]+\\] .+$");

    /**
     * @param clean no attack was made on it: if public, it must be found in what was built
     */
    record Doc(String id, String folder, boolean isPublic, boolean clean, List<String> marks) {}

    record Run(int code, String out, String err) {}

    @Test
    void everyAttackEndsInFindingsOrASafeSite() throws Exception {
        int built = 0;
        int scanned = 0;
        int attacks = 0;
        for (int seed = 1; seed <= SITES; seed++) {
            Random rnd = new Random(seed * 104729L);
            ContentTree t = ContentTree.create();
            // the 公示 tables stay on line, so their cells are rendered and scanned
            t.file("site.yaml", ContentTree.SITE_YAML + ContentTree.NAMES_ON_LINE);
            Path outside = t.root().resolveSibling("outside");
            Files.createDirectories(outside);
            String secret = "OUTSIDE" + seed + "SECRET";
            Files.writeString(outside.resolve("secret.txt"), secret + "\n");
            Files.writeString(outside.resolve("secret.csv"), "户主,金额\n" + secret + ",1\n");
            Files.write(outside.resolve("secret.png"), png(secret));
            List<String> attacked = new ArrayList<>();
            List<Doc> docs = generate(seed, rnd, t, outside, attacked);
            attacks += attacked.size();

            Path out = t.root().resolveSibling("site");
            Run r =
                    cli(
                            "build",
                            "--content",
                            t.root().toString(),
                            "--out",
                            out.toString(),
                            "--as-of",
                            Repo.AS_OF.toString(),
                            "--quiet");
            String where = "seed " + seed + " " + attacked;
            assertTrue(
                    r.code() == 0 || r.code() == 1,
                    () -> where + ": exit " + r.code() + "\n" + r.err() + r.out());
            assertTrue(
                    !r.err().contains("Exception")
                            && !r.err().contains("\tat ")
                            && !r.out().contains("Exception"),
                    () -> where + ": a Java failure reached the editor\n" + r.err() + r.out());
            for (String line : (r.out() + r.err()).split("\n")) {
                if (line.contains(": error [") || line.contains(": warning [")) {
                    assertTrue(
                            FINDING.matcher(line).matches(),
                            () -> where + ": not path:line:col: " + line);
                }
            }
            Map<String, byte[]> files;
            scanned++;
            if (r.code() == 1) {
                assertTrue(
                        r.out().contains(": error ["),
                        () -> where + ": exit 1 without an error finding\n" + r.out());
                assertTrue(
                        !Files.exists(out.resolve("index.html")),
                        () -> where + ": refused, yet site/ was written");
                // refused by checks: render it anyway, the renderer itself must not copy, leak or
                // run anything. A model the checks refused may be one no site can be made of (two
                // pages at one address): the CLI never renders it, so a renderer that gives up on
                // it is no leak
                try {
                    files = OutputScan.renderRegardless(t);
                } catch (RuntimeException e) {
                    scanned--;
                    continue;
                }
            } else {
                built++;
                files = OutputScan.files(out);
            }
            List<String> secrets = new ArrayList<>(List.of(secret, PAYLOAD));
            for (Doc d : docs) {
                if (!d.isPublic()) {
                    secrets.addAll(d.marks());
                }
            }
            assertEquals(List.of(), OutputScan.containing(files, secrets), where);
            assertEquals(List.of(), OutputScan.activeContent(files), where);
            assertEquals(List.of(), activeTypes(files), where);
            assertEquals(List.of(), formulaCells(files), where);
            OutputScan.assertXmlWellFormed(files);
            for (Doc d : docs) {
                if (d.isPublic() && d.clean()) {
                    assertTrue(
                            !OutputScan.containing(files, List.of(d.marks().get(0))).isEmpty(),
                            () ->
                                    where
                                            + ": public "
                                            + d.id()
                                            + " not found, so the scan proves nothing");
                }
            }
        }
        // the mild sites (every fourth) carry only attacks that end in warnings or inert output
        assertTrue(built >= SITES / 8, "too few attacked sites built through the CLI: " + built);
        assertTrue(scanned >= SITES * 3 / 4, "too few attacked sites scanned: " + scanned);
        assertTrue(attacks >= SITES * 2, "too few attacks: " + attacks);
    }

    /**
     * A random small site: documents of each disclosure, each with up to two attacks. The second
     * and later documents are the targets: a withheld policy is always written first, so every path
     * attack has a withheld source to reach for.
     */
    static List<Doc> generate(
            int seed, Random rnd, ContentTree t, Path outside, List<String> attacked)
            throws Exception {
        List<Doc> docs = new ArrayList<>();
        String withheldTag = String.format("S%02dW", seed);
        String withheldId = "wh" + withheldTag.toLowerCase(Locale.ROOT);
        t.withheldPolicy(
                withheldId,
                "2024-01-03",
                "安政发〔2024〕" + (900 + seed) + "号",
                "正文" + withheldTag + "句。");
        docs.add(
                new Doc(
                        withheldId,
                        "policies/2024",
                        false,
                        true,
                        List.of("正文" + withheldTag + "句", "安政发〔2024〕" + (900 + seed) + "号")));

        int n = 4 + rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
            String tag = String.format("S%02dD%02d", seed, i);
            String id = "at" + tag.toLowerCase(Locale.ROOT) + "x";
            String disclosure = i == 0 ? "主动公开" : DISCLOSURES[rnd.nextInt(3)];
            boolean isPublic = disclosure.equals("主动公开");
            boolean publicity = rnd.nextInt(4) == 0;
            String folder = publicity ? "publicity/2024" : "notices/2024";
            LocalDate date = LocalDate.of(2024, 2, 1).plusDays(i * 9L);
            List<String> marks = new ArrayList<>(List.of("标题" + tag + "号", "正文" + tag + "句"));
            String title = "标题" + tag + "号";
            StringBuilder fm = new StringBuilder();
            StringBuilder body = new StringBuilder("正文" + tag + "句。\n");
            List<String> attachments = new ArrayList<>();
            String disclosureLines =
                    "disclosure: "
                            + disclosure
                            + "\n"
                            + (isPublic
                                    ? ""
                                    : "withheld_basis: 第十六条第二款\nreview_by: "
                                            + date.plusYears(1)
                                            + "\n");
            String data = null;
            String csv = "户主,金额\n村民" + tag + ",100\n";
            String village = "安乐村";
            String idLine = "";
            String up = "../../";
            String withheldSource = up + "policies/2024/" + withheldId + ".md";

            int count = i == 0 ? 0 : 1 + rnd.nextInt(2);
            for (int k = 0; k < count; k++) {
                // every fourth site only meets what may be published once made inert (formulas,
                // control characters, an immense word), so some attacked sites go through the whole
                // CLI build
                int attack = seed % 4 == 0 ? new int[] {8, 9, 16}[rnd.nextInt(3)] : rnd.nextInt(18);
                attacked.add(tag + ":" + attack);
                switch (attack) {
                    case 0 -> attachments.add(withheldSource);
                    case 1 -> {
                        t.file(folder + "/x" + tag + "/keep.txt", "保留\n");
                        body.append("\n![图一](x")
                                .append(tag)
                                .append("/../")
                                .append(withheldSource)
                                .append(")\n");
                    }
                    case 2 -> {
                        Path link = t.root().resolve(folder + "/leak" + tag + ".pdf");
                        Files.createDirectories(link.getParent());
                        if (!Files.exists(
                                link, LinkOption.NOFOLLOW_LINKS)) { // the same attack twice
                            Files.createSymbolicLink(link, outside.resolve("secret.txt"));
                        }
                        attachments.add("leak" + tag + ".pdf");
                    }
                    case 3 -> {
                        Path link = t.root().resolve(folder + "/leak" + tag + ".png");
                        Files.createDirectories(link.getParent());
                        if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                            Files.createSymbolicLink(link, outside.resolve("secret.png"));
                        }
                        body.append("\n![图二](leak").append(tag).append(".png)\n");
                    }
                    case 4 -> {
                        String[] kinds = {"svg", "html", "xml", "xhtml", "png"};
                        String ext = kinds[rnd.nextInt(kinds.length)];
                        t.file(folder + "/evil" + tag + "." + ext, script(ext));
                        body.append("\n![图三](evil")
                                .append(tag)
                                .append('.')
                                .append(ext)
                                .append(")\n");
                    }
                    case 5 -> {
                        String[] kinds = {"html", "svg", "pdf", "htm", "xml"};
                        String ext = kinds[rnd.nextInt(kinds.length)];
                        t.file(folder + "/evil" + tag + "." + ext, script("html"));
                        attachments.add("evil" + tag + "." + ext);
                    }
                    case 6 -> {
                        t.file(folder + "/index.html", script("html"));
                        body.append("\n![图四](x").append(tag).append("/../index.html)\n");
                        t.file(folder + "/x" + tag + "/keep.txt", "保留\n");
                    }
                    case 7 -> {
                        if (publicity) {
                            t.file(folder + "/data" + tag + ".html", script("html"));
                            data = "data" + tag + ".html";
                        } else {
                            attachments.add(withheldSource);
                        }
                    }
                    case 8 -> {
                        csv =
                                "户主,金额,备注\n村民"
                                        + tag
                                        + ",100,=HYPERLINK(\"http://evil.example\",\"点我\")\n"
                                        + "张*,+cmd|' /C calc'!A0,@SUM(1+1)*cmd|' /C calc'!A0\n李*,-2+3+cmd|' /C calc'!A0,\"\tx\"\n";
                    }
                    case 9 -> {
                        title = "标题" + tag + "号\u0001";
                        body.append("第一行\u000B第二行。\n");
                    }
                    case 10 -> {
                        // the withheld marker with no attribute: in doubt, withheld
                        disclosureLines = "";
                        body.append("\n（此件不予公开）\n");
                        isPublic = false;
                    }
                    case 11 -> {
                        disclosureLines =
                                "base: &w {disclosure: 不予公开, withheld_basis: 第十四条, review_by: 2027-01-01}\n"
                                        + "<<: *w\n";
                        isPublic = false;
                    }
                    case 12 -> idLine = "id: index.html\n";
                    case 13 -> idLine = "id: " + "长".repeat(60) + "\n";
                    case 14 -> village = "西河\0村";
                    case 15 -> village = "村".repeat(100);
                    case 16 -> body.append("\n").append("QUJD".repeat(10_000)).append("\n");
                    default ->
                            body.append("\n[链接](").append(up).append("../../outside/secret.txt)\n");
                }
            }
            fm.append("---\n")
                    .append("title: \"")
                    .append(title.replace("\u0001", "\\x01"))
                    .append("\"\n")
                    .append(idLine)
                    .append("published: ")
                    .append(date)
                    .append('\n')
                    .append(disclosureLines)
                    .append("summary: 摘要")
                    .append(tag)
                    .append('\n')
                    .append("issuer: 安乐镇人民政府\n")
                    .append("index_no: ")
                    .append(ContentTree.ORG_CODE)
                    .append("/2024-")
                    .append(String.format("%05d", 3000 + seed * 20 + i))
                    .append('\n')
                    .append("topics: [综合政务/政务公开]\n");
            if (!isPublic) {
                marks.add("摘要" + tag);
            }
            if (publicity) {
                if (data == null) {
                    data = "名单" + tag + ".csv";
                    t.file(folder + "/" + data, csv);
                }
                fm.append("village: \"")
                        .append(village.replace("\0", "\\0"))
                        .append("\"\nperiod_end: ")
                        .append(date.plusDays(7))
                        .append("\ndata: ")
                        .append(data)
                        .append('\n');
                if (!isPublic) {
                    marks.add("村民" + tag);
                }
            }
            if (!attachments.isEmpty()) {
                fm.append("attachments:\n");
                for (String a : attachments) {
                    fm.append("  - {file: \"")
                            .append(a)
                            .append("\", title: 附件")
                            .append(tag)
                            .append("}\n");
                }
            }
            fm.append("---\n\n");
            t.file(folder + "/" + id + ".md", fm + body.toString());
            docs.add(new Doc(id, folder, isPublic, count == 0, marks));
        }
        if (seed % 4 != 0 && rnd.nextInt(6) == 0) {
            // configuration: a URL that is not one, a synonyms file that is a link out of content/
            String[] bad = {
                "javascript:alert(1)//",
                "https://evil.example//evil.example/",
                "https://www.anle.gov.cn/x x/"
            };
            String url = bad[rnd.nextInt(bad.length)];
            attacked.add("base_url:" + url);
            t.file(
                    "site.yaml",
                    ContentTree.SITE_YAML.replace(
                                    "https://www.anle.gov.cn/xxgk/", "\"" + url + "\"")
                            + ContentTree.NAMES_ON_LINE);
        }
        if (seed % 4 != 0 && rnd.nextInt(6) == 0) {
            attacked.add("synonyms-link");
            Files.writeString(
                    outside.resolve("synonyms.txt"), "公开," + "OUTSIDE" + seed + "SECRET\n");
            Files.createSymbolicLink(
                    t.root().resolve("synonyms.txt"), outside.resolve("synonyms.txt"));
        }
        return docs;
    }

    /** A file whose script, if a browser ever ran it, would say so. */
    static String script(String ext) {
        return switch (ext) {
            case "svg" ->
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"localStorage.pwned='"
                            + PAYLOAD
                            + "'\"><script>localStorage.pwned='"
                            + PAYLOAD
                            + "'</script></svg>\n";
            case "xml", "xhtml" ->
                    "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                            + "<script>localStorage.pwned='"
                            + PAYLOAD
                            + "'</script></body></html>\n";
            // a "picture" that is really a page: decided by the bytes, not the name
            default ->
                    "<!DOCTYPE html><html><body><script>localStorage.pwned='"
                            + PAYLOAD
                            + "'</script></body></html>\n";
        };
    }

    /** A real PNG header followed by a marker, so a leak of the picture is a leak of the marker. */
    static byte[] png(String marker) {
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        byte[] tail = marker.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    /**
     * Files in the site that a browser would treat as a document able to run script, other than the
     * pages the generator writes: every HTML file must be one of ours (it carries the theme's
     * policy), and no other file may hold markup a browser would sniff or render.
     */
    static List<String> activeTypes(Map<String, byte[]> files) {
        List<String> out = new ArrayList<>();
        files.forEach(
                (name, bytes) -> {
                    String head =
                            new String(
                                            bytes,
                                            0,
                                            Math.min(bytes.length, 1024),
                                            StandardCharsets.UTF_8)
                                    .toLowerCase(Locale.ROOT)
                                    .stripLeading();
                    String base =
                            name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
                    if (base.startsWith("assets/")) {
                        // the theme's own files (a reviewed part of the repository): an SVG icon is
                        // fine, script in it is not
                        String text =
                                new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                        if (!base.endsWith(".js")
                                && (text.contains("<script")
                                        || text.matches("(?s).*<[^>]+\\son[a-z]+=.*"))) {
                            out.add(name + ": script in a theme file");
                        }
                    } else if (base.endsWith(".html")) {
                        if (!head.startsWith("<!doctype html>")
                                || !new String(bytes, StandardCharsets.UTF_8)
                                        .contains("Content-Security-Policy")) {
                            out.add(name + ": an HTML file the theme did not write");
                        }
                    } else if (base.endsWith(".svg")
                            || base.endsWith(".xhtml")
                            || base.endsWith(".htm")
                            || (base.endsWith(".xml")
                                    && !base.endsWith("feed.xml")
                                    && !base.endsWith("sitemap.xml"))) {
                        out.add(name + ": active type by name");
                    } else if (!base.endsWith(".js")
                            && !base.endsWith(".css")
                            && !base.endsWith(".json")
                            && !base.endsWith(".xml")
                            && !base.contains("lucene/")
                            && (head.startsWith("<")
                                    || head.contains("<script")
                                    || head.contains("<svg")
                                    || head.contains("<html"))) {
                        out.add(name + ": markup in a copied file");
                    }
                });
        return out;
    }

    /**
     * CSV cells that Excel or WPS would evaluate as a formula (a plain negative number is data).
     */
    static List<String> formulaCells(Map<String, byte[]> files) {
        List<String> out = new ArrayList<>();
        files.forEach(
                (name, bytes) -> {
                    if (!name.endsWith(".csv")) {
                        return;
                    }
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    for (String line : text.split("\r?\n")) {
                        for (String cell : line.split(",")) {
                            String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                            if ((!c.isEmpty() && "=+@\t\r".indexOf(c.charAt(0)) >= 0)
                                    || (c.startsWith("-") && !c.matches("-\\d+(\\.\\d+)?\"?"))) {
                                out.add(name + ": " + cell);
                            }
                        }
                    }
                });
        return out;
    }

    static Run cli(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(
                    code,
                    out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
