package org.gongkai.content;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One cell of a CSV the site publishes: the one guard against spreadsheet formulas (CSV injection),
 * used by every CSV writer and copier of the site (the catalog, a report's figures, the platform's
 * inspection, the data tables copied from content/, and the loader's warnings about them).
 *
 * <p>Residents open these downloads in Excel or WPS, which run a cell starting with {@code = + - @}
 * as a formula ({@code =HYPERLINK(…)}, {@code +cmd|' /C calc'!A0}: links to anywhere, DDE
 * commands), and may trim a leading tab, carriage return or spaces to reveal one. The rule,
 * OWASP's: such a cell is published with a leading {@code '}, which makes a spreadsheet show it as
 * text; the editor is told.
 *
 * <p>One exception, in a column of figures only: a cell that is nothing but a signed decimal number
 * ({@code -120}, {@code +5}, {@code 3.50}) or a lone sign stays as it is. A spreadsheet reads it as
 * the number it is, so nothing runs, and a {@code '} would turn the figure into text and break a
 * resident's sums. OWASP's list has no such exception, so a text column (a title, a summary, an
 * 索引号, a link) has none either: a title {@code +1} is published as {@code '+1}, or Excel would show
 * it as {@code 1}. A data table from content/ is read as figures in every column: its columns are
 * not typed, and what the exception lets through is only ever a number.
 *
 * @param text the cell's text
 * @param column what the cell's column holds
 */
public record CsvCell(String text, Column column) {

    /** What a column holds, which decides whether a bare signed number is a figure or text. */
    public enum Column {
        TEXT,
        FIGURES
    }

    /** A plain signed number stays a number in a column of figures. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    /** A cell of a text column: every cell that starts with a formula character is guarded. */
    public static CsvCell text(String text) {
        return new CsvCell(text, Column.TEXT);
    }

    /** A cell of a column of figures: a bare signed number stays a number. */
    public static CsvCell figure(String text) {
        return new CsvCell(text, Column.FIGURES);
    }

    /** True when a spreadsheet could run this cell rather than show it. */
    public boolean evaluated() {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r') {
            return true; // OWASP: some spreadsheets drop these and read on
        }
        String t = text.strip();
        if (t.isEmpty() || "=+-@".indexOf(t.charAt(0)) < 0) {
            return false;
        }
        return column == Column.TEXT
                || !(NUMBER.matcher(t).matches() || t.equals("-") || t.equals("+"));
    }

    /**
     * The text a published CSV carries: with a leading {@code '} when a spreadsheet would run it.
     */
    public String inert() {
        return evaluated() ? "'" + text : text;
    }

    /**
     * {@link #inert()} as one RFC 4180 field, quoted when it holds a comma, quote or line break.
     */
    public String field() {
        String s = inert();
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** For an editor: what the cell starts with that a spreadsheet would act on. */
    public String reason() {
        char first = text.charAt(0);
        if (first == '\t' || first == '\r') {
            return "以" + (first == '\t' ? "制表符" : "回车符") + "开头（表格软件去掉它后可能把其余内容当作公式执行）";
        }
        return "以“" + text.strip().charAt(0) + "”开头，Excel、WPS 打开时会把它当作公式执行（可打开任意链接、运行程序）";
    }

    /**
     * A cell a spreadsheet would run, where it stands in its file (line and column count from 1).
     */
    public record Found(int line, int column, CsvCell cell) {}

    /**
     * The cells of a CSV file from content/ that a spreadsheet would run, in file order (every
     * column figures).
     */
    public static List<Found> scan(byte[] csv) {
        List<Found> found = new ArrayList<>();
        walk(
                csv,
                (offset, line, column, cell) -> {
                    if (cell.evaluated()) {
                        found.add(new Found(line, column, cell));
                    }
                });
        return found;
    }

    /**
     * The file as it is to be published: the same bytes, with a {@code '} before each cell a
     * spreadsheet would run (inside its quotes when quoted). Byte for byte the input when there is
     * none. Works on bytes, so a file saved as GBK by Excel is guarded as well as UTF-8: the
     * characters that make a formula and separate cells are ASCII, which no byte of a GBK character
     * can be at the start of a cell.
     */
    public static byte[] guard(byte[] csv) {
        List<Integer> at = new ArrayList<>();
        walk(
                csv,
                (offset, line, column, cell) -> {
                    if (cell.evaluated()) {
                        at.add(offset);
                    }
                });
        if (at.isEmpty()) {
            return csv;
        }
        byte[] out = new byte[csv.length + at.size()];
        int from = 0;
        int to = 0;
        for (int offset : at) {
            System.arraycopy(csv, from, out, to, offset - from);
            to += offset - from;
            out[to++] = '\'';
            from = offset;
        }
        System.arraycopy(csv, from, out, to, csv.length - from);
        return out;
    }

    private interface Visitor {
        void cell(int contentOffset, int line, int column, CsvCell cell);
    }

    /**
     * Every cell of an RFC 4180 file (lenient: quotes mid-cell are kept), with where its content
     * starts.
     */
    private static void walk(byte[] b, Visitor visitor) {
        int n = b.length;
        int i =
                n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        int line = 1;
        int lineStart = i;
        while (i < n) {
            int cellLine = line;
            int column = characters(b, lineStart, i) + 1;
            int j;
            int contentStart;
            String text;
            if (b[i] == '"') {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                contentStart = i + 1;
                j = i + 1;
                while (j < n) {
                    if (b[j] == '"') {
                        if (j + 1 < n && b[j + 1] == '"') {
                            content.write('"');
                            j += 2;
                            continue;
                        }
                        j++;
                        break;
                    }
                    if (b[j] == '\n' || (b[j] == '\r' && (j + 1 >= n || b[j + 1] != '\n'))) {
                        line++;
                        lineStart = j + 1;
                    }
                    content.write(b[j]);
                    j++;
                }
                while (j < n && b[j] != ',' && b[j] != '\n' && b[j] != '\r') {
                    j++; // text after a closing quote: not the cell's start, so nothing to guard
                }
                text = new String(content.toByteArray(), StandardCharsets.UTF_8);
            } else {
                // an unquoted cell is its bytes as they stand: no copy byte by byte
                contentStart = i;
                j = i;
                while (j < n && b[j] != ',' && b[j] != '\n' && b[j] != '\r') {
                    j++;
                }
                text = new String(b, i, j - i, StandardCharsets.UTF_8);
            }
            visitor.cell(contentStart, cellLine, column, figure(text));
            if (j >= n) {
                return;
            }
            if (b[j] == ',') {
                i = j + 1;
                if (i == n) {
                    return;
                }
                continue;
            }
            if (b[j] == '\r' && j + 1 < n && b[j + 1] == '\n') {
                j++;
            }
            i = j + 1;
            line++;
            lineStart = i;
        }
    }

    /**
     * Characters (UTF-8 sequences) in {@code b[from, to)}: a column an editor's text editor shows.
     */
    private static int characters(byte[] b, int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            if ((b[k] & 0xC0) != 0x80) {
                count++;
            }
        }
        return count;
    }
}
