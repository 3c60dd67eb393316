package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil.example\",\"点此领取\")",
                "+cmd|' /C calc'!A0",
                "@SUM(1+1)*cmd|' /C calc'!A0",
                "-2+3+cmd|' /C calc'!A0",
                "\t=1+1",
                "\rcmd",
                "\t张三",
                " =1+1",
                "=",
                "@"
            })
    void aSpreadsheetWouldRunIt(String text) {
        CsvCell c = CsvCell.figure(text);
        assertTrue(c.evaluated(), text);
        assertEquals("'" + text, c.inert());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "", "张*", "100", "-120", "+5", "3.50", "-0.5", "-", "+", "a=b", "1+1", "安乐村"
            })
    void plainTextAndNumbersStayAsTheyAre(String text) {
        CsvCell c = CsvCell.figure(text);
        assertFalse(c.evaluated(), text);
        assertEquals(text, c.inert());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-120", "+5", "-0.5", "-", "+"})
    void aBareNumberIsAFigureOnlyInAColumnOfFigures(String text) {
        // OWASP's rule has no exception for numbers: in a text column (a title) +5 would show as 5
        CsvCell c = CsvCell.text(text);
        assertTrue(c.evaluated(), text);
        assertEquals("'" + text, c.inert());
        assertFalse(CsvCell.figure(text).evaluated(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "张*", "100", "3.50", "a=b", "1+1", "安乐村"})
    void plainTextStaysAsItIsInATextColumn(String text) {
        assertEquals(text, CsvCell.text(text).inert());
    }

    @Test
    void fieldQuotesTheInertText() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvCell.figure("=HYPERLINK(\"x\")").field());
        assertEquals("\"a,b\"", CsvCell.figure("a,b").field());
        assertEquals("-120", CsvCell.figure("-120").field());
    }

    @Test
    void guardInsertsTheQuoteAtEachRunnableCellAndNowhereElse() {
        String csv =
                "\uFEFF户主,金额,备注\r\n张*,100,=HYPERLINK(\"http://evil.example\")\r\n"
                        + "\"李*\",\"+cmd|' /C calc'!A0\",-2+3\n\"王*\n二行\",\"\t=1\",-120\n";
        String guarded =
                new String(
                        CsvCell.guard(csv.getBytes(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
        assertEquals(
                "\uFEFF户主,金额,备注\r\n张*,100,'=HYPERLINK(\"http://evil.example\")\r\n"
                        + "\"李*\",\"'+cmd|' /C calc'!A0\",'-2+3\n\"王*\n二行\",\"'\t=1\",-120\n",
                guarded);
        assertEquals(
                List.of("2:8", "3:6", "3:27", "5:5"),
                CsvCell.scan(csv.getBytes(StandardCharsets.UTF_8)).stream()
                        .map(f -> f.line() + ":" + f.column())
                        .toList());
    }

    @Test
    void aCleanFileIsPublishedByteForByte() {
        byte[] csv = "户主,金额\n张*,100\n李*,-20\n".getBytes(StandardCharsets.UTF_8);
        assertSame(csv, CsvCell.guard(csv));
    }

    @Test
    void aGbkFileFromExcelIsGuardedToo() {
        Charset gbk = Charset.forName("GBK");
        byte[] csv = "户主,备注\n张*,=HYPERLINK(\"x\")\n".getBytes(gbk);
        assertEquals("户主,备注\n张*,'=HYPERLINK(\"x\")\n", new String(CsvCell.guard(csv), gbk));
    }

    @Test
    void unbalancedQuotesEndTheScanWithoutFailing() {
        byte[] csv = "a,\"=1,\nb".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals("a,\"'=1,\nb".getBytes(StandardCharsets.UTF_8), CsvCell.guard(csv));
    }

    /**
     * Random files over the characters that matter: guarding never fails, is idempotent (a guarded
     * cell starts with ' and is never guarded again), and, where Commons CSV reads the file, gives
     * the same cells with a ' before exactly the ones a spreadsheet would run.
     */
    @Test
    void guardIsIdempotentAndChangesOnlyRunnableCells() throws Exception {
        String alphabet = "=+-@,\"\n\r\t a1张'";
        Random rnd = new Random(19);
        int compared = 0;
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(40);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            byte[] csv = sb.toString().getBytes(StandardCharsets.UTF_8);
            byte[] once = CsvCell.guard(csv);
            assertArrayEquals(once, CsvCell.guard(once), sb.toString());
            List<List<String>> before = parse(sb.toString());
            List<List<String>> after = parse(new String(once, StandardCharsets.UTF_8));
            if (before == null || after == null) {
                continue;
            }
            compared++;
            List<List<String>> expected =
                    before.stream()
                            .map(row -> row.stream().map(c -> CsvCell.figure(c).inert()).toList())
                            .toList();
            assertEquals(expected, after, sb.toString());
        }
        assertTrue(compared > 1_000, "too few files parsed: " + compared);
    }

    private static List<List<String>> parse(String text) {
        try (var p =
                CSVParser.parse(
                        text, CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).build())) {
            return p.getRecords().stream().map(r -> r.stream().toList()).toList();
        } catch (Exception e) {
            return null;
        }
    }
}
