package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.Body;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * A page break in Word or PDF often becomes a paragraph break in the middle of a sentence. Reported
 * at the first line of the broken paragraph (the one that stops mid-sentence), naming the line that
 * continues it. Short lines (signatures, dates, salutations) legitimately end without punctuation
 * and are left alone.
 */
public final class ParagraphBroken extends DocumentRule {

    /** A paragraph this long that ends without closing punctuation was cut off. */
    static final int MIN_LENGTH = 30;

    private static final String CLOSERS = "。！？；：…）)」』”’》】!?;:.\"'|";

    public ParagraphBroken() {
        super("paragraph-broken", "（转换质量）段落在句子中间断开（多为分页符变成了分段），应与下一段合并");
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        for (Body.Paragraph[] b : breaks(d)) {
            Body.Paragraph p = b[0];
            Body.Paragraph next = b[1];
            out.add(
                    warning(
                            p.where(),
                            "这一段在句子中间断开（以“…"
                                    + tail(p.text())
                                    + "”结尾），第 "
                                    + next.where().line()
                                    + " 行“"
                                    + head(next.text())
                                    + "…”接着这句话：请删去两段之间的空行，合并为一段"));
        }
    }

    /**
     * Each paragraph cut off mid-sentence with the one that carries on: for the check and for check
     * --fix.
     */
    static List<Body.Paragraph[]> breaks(Document d) {
        List<Body.Paragraph[]> out = new ArrayList<>();
        List<Body.Paragraph> ps = d.body().paragraphs();
        List<Body.Heading> hs = d.body().headings();
        int h = 0;
        for (int i = 0; i + 1 < ps.size(); i++) {
            Body.Paragraph p = ps.get(i);
            Body.Paragraph next = ps.get(i + 1);
            String t = p.text();
            if (t.length() < MIN_LENGTH || CLOSERS.indexOf(t.charAt(t.length() - 1)) >= 0) {
                continue;
            }
            while (h < hs.size() && hs.get(h).where().line() < p.where().line()) {
                h++;
            }
            boolean headingBetween =
                    h < hs.size() && hs.get(h).where().line() < next.where().line();
            if (headingBetween || !continues(next.text())) {
                continue;
            }
            out.add(new Body.Paragraph[] {p, next});
        }
        return out;
    }

    /**
     * The next paragraph carries on the sentence: it starts with text, not a number, bracket or
     * quote.
     */
    static boolean continues(String next) {
        if (next.isEmpty() || !HeadingNumbering.style(next).isEmpty()) {
            return false;
        }
        int c = next.codePointAt(0);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static String tail(String t) {
        return t.substring(Math.max(0, t.length() - 8));
    }

    private static String head(String t) {
        return t.substring(0, Math.min(8, t.length()));
    }
}
