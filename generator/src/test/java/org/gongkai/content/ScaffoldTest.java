package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.CheckResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.cli.Main;
import org.gongkai.testing.Repo;
import org.gongkai.testing.SmallSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScaffoldTest {

    private static final LocalDate TODAY = Repo.AS_OF;

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void eachTypeChecksCleanOnceTheEditorFillsWhatOnlyTheyKnow(DocumentType type)
            throws IOException {
        SmallSite s = SmallSite.create();
        s.write(
                "policies/2026/anzhengfa-2026-2.md",
                """
                ---
                title: 安乐镇人民政府关于做好冬季安全生产工作的通知
                doc_number: 安政发〔2026〕2号
                issuer: 安乐镇人民政府
                written: 2026-01-05
                published: 2026-01-06
                disclosure: 主动公开
                normative: false
                index_no: 11371723004235384N/2026-00001
                topics: [综合政务/应急管理]
                ---

                各村、各单位：做好冬季安全生产工作。
                """);
        Scaffold.Created c =
                Scaffold.write(
                        s.content(),
                        type,
                        "安乐镇关于冬季安全生产的通知",
                        TODAY,
                        Optional.empty(),
                        type == DocumentType.INTERPRETATION
                                ? Optional.of("anzhengfa-2026-2")
                                : Optional.empty());

        String rel = s.content().relativize(c.file()).toString().replace('\\', '/');
        assertEquals(
                type.dated()
                        ? type.folder() + "/2026/" + c.id() + ".md"
                        : type.folder() + "/" + c.id() + ".md",
                rel);
        List<String> lines = Files.readAllLines(c.file());
        assertTrue(
                lines.stream()
                        .anyMatch(
                                l ->
                                        l.startsWith("published: 2026-11-28")
                                                && l.contains("# 发布日期")));
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.startsWith("index_no: 11371723004235384N/2026-00017")),
                "SmallSite uses 2026-00002 and 2026-00016, so 00017 is next");

        // before filling: the only errors stand on the lines the editor was told to fill
        List<Finding> before = errorsIn(s, rel);
        assertTrue(!before.isEmpty(), "an unfilled body is never published");
        for (Finding f : before) {
            String line = lines.get(f.where().line() - 1);
            assertTrue(
                    line.contains(Scaffold.PLACEHOLDER)
                            || c.toFill().stream().anyMatch(k -> line.startsWith(k + ":")),
                    f.format() + " is not on a line to fill: " + line);
        }

        String filled =
                String.join("\n", lines)
                        .replace(Scaffold.PLACEHOLDER + "正文）", "冬季是安全生产事故易发期，请各村、各单位落实责任。")
                        .replaceFirst("(?m)^doc_number:", "doc_number: 安政发〔2026〕30号");
        Files.writeString(c.file(), filled + "\n");
        assertEquals(List.of(), errorsIn(s, rel));
    }

    @Test
    void interpretationsAndPolicyNeedsMarkedForFilling() throws IOException {
        SmallSite s = SmallSite.create();
        Scaffold.Created policy =
                Scaffold.write(
                        s.content(),
                        DocumentType.POLICY,
                        "关于印发某某办法的通知",
                        TODAY,
                        Optional.empty(),
                        Optional.empty());
        assertEquals(List.of("doc_number", "正文"), policy.toFill());
        assertEquals("zcwj-2026-1", policy.id());
        Scaffold.Created jd =
                Scaffold.write(
                        s.content(),
                        DocumentType.INTERPRETATION,
                        "某某办法解读",
                        TODAY,
                        Optional.empty(),
                        Optional.of(policy.id()));
        assertEquals("zcwj-2026-1-jiedu", jd.id());
        assertTrue(Files.readString(jd.file()).contains("interprets: zcwj-2026-1 "));
        assertEquals(
                "11371723004235384N/2026-00018",
                jd.indexNo(),
                "the policy just written took 00017");
        Scaffold.Created notice =
                Scaffold.write(
                        s.content(),
                        DocumentType.NOTICE,
                        "通知",
                        TODAY,
                        Optional.empty(),
                        Optional.empty());
        assertEquals("tzgg-2026-02", notice.id(), "notices number on from tzgg-2026-01");
        Scaffold.Created report =
                Scaffold.write(
                        s.content(),
                        DocumentType.REPORT,
                        "2026年年度报告",
                        LocalDate.of(2027, 1, 12),
                        Optional.empty(),
                        Optional.empty());
        assertEquals(s.content().resolve("reports/2026.md"), report.file());
        assertTrue(
                Files.readString(report.file())
                        .contains("index_no: 11371723004235384N/2027-00001"));
    }

    @Test
    void neverOverwritesAndTheCliPrintsThePath() throws IOException {
        SmallSite s = SmallSite.create();
        Path existing = s.content().resolve("notices/2026/tzgg-2026-01.md");
        String before = Files.readString(existing);
        assertThrows(
                FileAlreadyExistsException.class,
                () ->
                        Scaffold.write(
                                s.content(),
                                DocumentType.NOTICE,
                                "重名",
                                TODAY,
                                Optional.of("tzgg-2026-01"),
                                Optional.empty()));
        assertEquals(before, Files.readString(existing));

        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code =
                    Main.run(
                            "new",
                            "publicity",
                            "东关村2026年12月临时救助公示",
                            "--content",
                            s.content().toString(),
                            "--as-of",
                            "2026-11-28");
        } finally {
            System.setOut(out);
        }
        assertEquals(Main.OK, code);
        Path made = Path.of(captured.toString(StandardCharsets.UTF_8).strip());
        assertEquals(s.content().resolve("publicity/2026/gs-2026-1.md"), made);
        assertTrue(
                Files.exists(s.content().resolve("publicity/2026/gs-2026-1.csv")),
                "the data table beside it");
        assertEquals(
                Main.USAGE,
                Main.run(
                        "new",
                        "publicity",
                        "再来一次",
                        "--content",
                        s.content().toString(),
                        "--as-of",
                        "2026-11-28",
                        "--id",
                        "gs-2026-1"));
        assertEquals(
                Main.USAGE, Main.run("new", "memo", "没有这种类型", "--content", s.content().toString()));
    }

    private static List<Finding> errorsIn(SmallSite s, String rel) throws IOException {
        CheckResult r = SiteBuilder.check(BuildConfig.of(s.content(), s.site(), TODAY));
        return r.findings().stream()
                .filter(Finding::isError)
                .filter(f -> f.where().file().equals(rel))
                .toList();
    }
}
