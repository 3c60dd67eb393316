package org.gongkai.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.Body;
import org.gongkai.content.Document;

/**
 * {@code check --fix}: the repairs of layout rules that cannot change what a document says, applied
 * to its Markdown. A paragraph cut in two by a page break is joined (paragraph-broken), half-width
 * numbering (一) becomes the full-width （一） the rest of the text uses (numbering-mixed), spaces
 * between Chinese characters and numbers go (stray-space), and a heading gets the level of its
 * numbered siblings (heading-levels). Wording, numbers and everything else is left to the editor.
 */
public final class SafeFixes {

    /** The rules whose findings {@code check --fix} repairs. */
    public static final Set<String> RULES =
            Set.of("paragraph-broken", "numbering-mixed", "stray-space", "heading-levels");

    private static final Pattern HALF_NUMBER =
            Pattern.compile(
                    "^(#+[ \\t]*)?(?:\\(([一二三四五六七八九十]+)\\)|（([一二三四五六七八九十]+)\\)|\\(([一二三四五六七八九十]+)）)");
    private static final Pattern HEADING_MARKS = Pattern.compile("^#+");

    private SafeFixes() {}

    /** A file's text before and after, and how many repairs were made. */
    public record Fixed(String before, String after, int repairs) {
        public boolean changed() {
            return !before.equals(after);
        }
    }

    /**
     * Repairs {@code text}, the file {@code d} was read from. The repairs are found again from the
     * document, so they are exactly what the rules report.
     */
    public static Fixed fix(Document d, String text) {
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        boolean finalEol = text.endsWith("\n");
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
        if (finalEol) {
            lines.remove(lines.size() - 1);
        }
        int repairs = 0;
        // line by line first: no line is added or removed, so every source line number still holds
        for (int line : strayLines(d, lines)) {
            String t = StraySpace.tighten(lines.get(line - 1));
            if (!t.equals(lines.get(line - 1))) {
                lines.set(line - 1, t);
                repairs++;
            }
        }
        if (usesFullWidthNumbering(d)) {
            for (Body.Paragraph p : d.body().paragraphs()) {
                repairs += fullWidth(lines, p.where().line());
            }
            for (Body.Heading h : d.body().headings()) {
                repairs += fullWidth(lines, h.where().line());
            }
        }
        for (HeadingLevels.Wrong w : HeadingLevels.wrong(d)) {
            int i = w.heading().where().line() - 1;
            Matcher m = HEADING_MARKS.matcher(lines.get(i));
            if (m.find()) {
                lines.set(i, "#".repeat(w.level()) + lines.get(i).substring(m.end()));
                repairs++;
            }
        }
        // then the joins, from the end of the file up, so the lines above keep their numbers
        List<Body.Paragraph[]> breaks = new ArrayList<>(ParagraphBroken.breaks(d));
        breaks.sort((a, b) -> Integer.compare(b[1].where().line(), a[1].where().line()));
        for (Body.Paragraph[] b : breaks) {
            int next = b[1].where().line() - 1;
            if (!lines.get(next).strip().startsWith(b[1].text().substring(0, 1))) {
                continue; // the next paragraph sits in a quote or list: joining the lines would
                // carry its marker
            }
            int end = next - 1;
            while (end > b[0].where().line() - 1 && lines.get(end).isBlank()) {
                end--;
            }
            lines.set(end, lines.get(end).stripTrailing() + lines.get(next).strip());
            lines.subList(end + 1, next + 1).clear();
            repairs++;
        }
        String after = String.join(eol, lines) + (finalEol ? eol : "");
        return new Fixed(text, after, repairs);
    }

    private static List<Integer> strayLines(Document d, List<String> lines) {
        TreeMap<Integer, Boolean> out = new TreeMap<>();
        if (d.keys().has("title")) {
            out.put(d.at("title").line(), true);
        }
        d.body().headings().forEach(h -> out.put(h.where().line(), true));
        d.body().paragraphs().forEach(p -> out.put(p.where().line(), true));
        out.keySet().removeIf(l -> l < 1 || l > lines.size());
        return List.copyOf(out.keySet());
    }

    /**
     * numbering-mixed reports half-width numbers only where the document also has the full-width
     * form.
     */
    private static boolean usesFullWidthNumbering(Document d) {
        Pattern full = Pattern.compile("^（[一二三四五六七八九十]+）");
        return d.body().paragraphs().stream().anyMatch(p -> full.matcher(p.text()).find())
                || d.body().headings().stream().anyMatch(h -> full.matcher(h.text()).find());
    }

    private static int fullWidth(List<String> lines, int line) {
        if (line < 1 || line > lines.size()) {
            return 0;
        }
        String t = lines.get(line - 1);
        Matcher m = HALF_NUMBER.matcher(t);
        if (!m.find()) {
            return 0;
        }
        String prefix = m.group(1) == null ? "" : m.group(1);
        String n = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        // a half-width bracket is often followed by a space; the full-width one carries its own
        lines.set(
                line - 1,
                prefix + "（" + n + "）" + t.substring(m.end()).replaceFirst("^[ \\t]+", ""));
        return 1;
    }

    /** A unified diff of the change, as {@code diff -u} prints it, for the editor to review. */
    public static String diff(String file, String before, String after) {
        List<String> a = Arrays.asList(before.split("\r?\n", -1));
        List<String> b = Arrays.asList(after.split("\r?\n", -1));
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] =
                        a.get(i).equals(b.get(j))
                                ? lcs[i + 1][j + 1] + 1
                                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        // the edit script: ' ' kept, '-' removed, '+' added, with each line's number in the old and
        // new text
        List<String[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add(new String[] {" ", a.get(i), String.valueOf(i), String.valueOf(j)});
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new String[] {"-", a.get(i), String.valueOf(i), String.valueOf(j)});
                i++;
            } else {
                ops.add(new String[] {"+", b.get(j), String.valueOf(i), String.valueOf(j)});
                j++;
            }
        }
        StringBuilder sb = new StringBuilder("--- a/" + file + "\n+++ b/" + file + "\n");
        int context = 2;
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k)[0].equals(" ")) {
                k++;
                continue;
            }
            int start = Math.max(0, k - context);
            int end = k;
            // extend the hunk while changes are within 2 × context lines of each other
            while (end < ops.size()) {
                int e = end;
                while (e < ops.size() && !ops.get(e)[0].equals(" ")) {
                    e++;
                }
                int same = e;
                while (same < ops.size()
                        && ops.get(same)[0].equals(" ")
                        && same - e < 2 * context + 1) {
                    same++;
                }
                if (same < ops.size() && !ops.get(same)[0].equals(" ")) {
                    end = same;
                } else {
                    end = Math.min(ops.size(), e + context);
                    break;
                }
            }
            int oldStart = Integer.parseInt(ops.get(start)[2]) + 1;
            int newStart = Integer.parseInt(ops.get(start)[3]) + 1;
            int oldCount = 0;
            int newCount = 0;
            for (int x = start; x < end; x++) {
                String op = ops.get(x)[0];
                oldCount += op.equals("+") ? 0 : 1;
                newCount += op.equals("-") ? 0 : 1;
            }
            sb.append("@@ -")
                    .append(oldStart)
                    .append(',')
                    .append(oldCount)
                    .append(" +")
                    .append(newStart)
                    .append(',')
                    .append(newCount)
                    .append(" @@\n");
            for (int x = start; x < end; x++) {
                sb.append(ops.get(x)[0]).append(ops.get(x)[1]).append('\n');
            }
            k = end;
        }
        return sb.toString();
    }
}
