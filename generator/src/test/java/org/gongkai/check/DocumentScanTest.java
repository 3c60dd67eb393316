package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.site.SiteModel;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/**
 * The personal-number rules share one walk of a document through the scan the checker hands them.
 */
class DocumentScanTest {

    private static final String BODY =
            "联系人手机 13812345678，身份证 11010519491231002X，卡号 6228480402564890018。";

    @Test
    void theScanWalksADocumentOnceForAllThreeKinds() {
        ContentTree t = ContentTree.create().policy("numbers", "2024-01-02", "", BODY);
        Document d = t.check().model().documents().get(0);
        DocumentScan scan = new DocumentScan(d);
        List<DocumentScan.Found> mobiles = scan.personalNumbers(PersonalData.Kind.MOBILE);
        assertEquals(List.of("13812345678"), mobiles.stream().map(f -> f.match().text()).toList());
        assertSame(
                mobiles,
                scan.personalNumbers(PersonalData.Kind.MOBILE),
                "walked once, kept for the next rule");
        assertEquals(1, scan.personalNumbers(PersonalData.Kind.ID_CARD).size());
        assertEquals(1, scan.personalNumbers(PersonalData.Kind.BANK_CARD).size());
    }

    @Test
    void aLineSkippedForTooFewDigitsHoldsNoNumberOfAnyKind() {
        // the shortest of each kind at the threshold, and one digit fewer
        for (String line :
                List.of(
                        "手机 13812345678",
                        "手机 1381234567",
                        "卡号 6228 4804 0256 4890 018",
                        "卡号 6228 480",
                        "电话 0530-1234567，邮编 256300",
                        "无数字")) {
            boolean any = PersonalData.findAll(line).values().stream().anyMatch(m -> !m.isEmpty());
            if (any) {
                assertTrue(mayHold(line), line);
            }
        }
        assertTrue(
                PersonalData.findAll("手机 13812345678").get(PersonalData.Kind.MOBILE).size() == 1);
        assertFalse(mayHold("手机 1381234567"));
    }

    private static boolean mayHold(String line) {
        return PersonalData.mayHold(PersonalData.digits(line.toCharArray(), line.length()));
    }

    @Test
    void rulesReadingTheirThreadsBufferFindWhatEachFindsAlone() {
        // many documents, so the checker's threads each scan several through one buffer, and lines
        // of every length, so a buffer is reused for a shorter line after a longer one
        ContentTree t = ContentTree.create();
        for (int i = 0; i < 40; i++) {
            String pad = "依".repeat(i * 97);
            t.policy(
                    "d" + i,
                    "2024-01-02",
                    "",
                    pad + "安乐镇 2022 年依据政府信息公开条列，手机 1381234" + (5000 + i) + "。\n\n短 1 行");
        }
        SiteModel model = t.check().model();
        List<DocumentRule> rules = List.of(new StraySpace(), new Wording(), new PiiMobile());
        List<Finding> together = new Checker(List.copyOf(rules)).run(model);
        List<Finding> alone = new ArrayList<>();
        for (DocumentRule r : rules) {
            alone.addAll(r.check(model));
        }
        alone.sort(Finding.ORDER);
        assertEquals(alone, together);
        assertEquals(4 * 40, together.size(), "two stray spaces, a wording slip and a mobile each");
    }

    @Test
    void theLinesAreCutOnceAndAreTheFilesLinesAsWritten() {
        ContentTree t = ContentTree.create().policy("wording", "2024-01-02", "", "依据政府信息公开条列办理。  ");
        Document d = t.check().model().documents().get(0);
        DocumentScan scan = new DocumentScan(d);
        List<String> lines = scan.lines();
        assertEquals(d.body().sourceLines(), lines);
        assertSame(lines, scan.lines(), "cut once, kept for the next rule");
        // wording reads the scan's lines and finds the same through either entry point
        List<Finding> viaScan = new ArrayList<>();
        List<Finding> alone = new ArrayList<>();
        Wording wording = new Wording();
        DocumentRule.Setting setting = DocumentRule.Setting.of(t.check().model());
        wording.check(d, setting, scan, viaScan);
        wording.check(d, setting, alone);
        assertEquals(1, viaScan.size());
        assertEquals(alone, viaScan);
    }

    /** Records the scan each document's rules were handed. */
    private static final class Seeing extends DocumentRule {
        final IdentityHashMap<Document, List<DocumentScan>> seen = new IdentityHashMap<>();

        Seeing() {
            super("seeing", "");
        }

        @Override
        public void check(Document d, Setting setting, List<Finding> out) {
            throw new AssertionError("the checker hands every rule the document's scan");
        }

        @Override
        public void check(Document d, Setting setting, DocumentScan scan, List<Finding> out) {
            synchronized (seen) {
                seen.computeIfAbsent(d, k -> new ArrayList<>()).add(scan);
            }
        }
    }

    @Test
    void theCheckerHandsEveryRuleOfADocumentTheSameScanAndTheRulesFindWhatTheyFoundAlone() {
        ContentTree t =
                ContentTree.create()
                        .policy("numbers", "2024-01-02", "", BODY)
                        .policy("other", "2024-01-03", "", "另一份，电话 13912345678。");
        SiteModel model = t.check().model();
        Seeing first = new Seeing();
        Seeing second = new Seeing();
        List<Finding> together =
                new Checker(
                                List.of(
                                        first,
                                        new PiiIdCard(),
                                        new PiiMobile(),
                                        new PiiBankCard(),
                                        second))
                        .run(model);
        for (Document d : model.documents()) {
            assertEquals(1, first.seen.get(d).size());
            assertSame(first.seen.get(d).get(0), second.seen.get(d).get(0), d.id());
        }
        List<Finding> alone = new ArrayList<>();
        for (DocumentRule r : List.of(new PiiIdCard(), new PiiMobile(), new PiiBankCard())) {
            alone.addAll(r.check(model));
        }
        alone.sort(Finding.ORDER);
        assertEquals(alone, together);
        assertEquals(4, together.size(), together.toString());
    }
}
