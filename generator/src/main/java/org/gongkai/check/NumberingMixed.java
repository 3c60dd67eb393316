package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.Body;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;

/**
 * GB/T 9704 numbers second-level items with full-width brackets （一）. A converted document that
 * mixes in half-width (一) shows uneven spacing and betrays an edit pasted from elsewhere. Reported
 * at each half-width number when the document also uses the full-width form.
 */
public final class NumberingMixed extends DocumentRule {

    private static final Pattern FULL = Pattern.compile("^（[一二三四五六七八九十]+）");
    private static final Pattern HALF =
            Pattern.compile("^(\\([一二三四五六七八九十]+\\)|（[一二三四五六七八九十]+\\)|\\([一二三四五六七八九十]+）)");

    public NumberingMixed() {
        super("numbering-mixed", "（转换质量）同一文件中全角序号（一）与半角序号(一)混用，应统一为全角（一）");
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        boolean full = false;
        List<Numbered> half = new ArrayList<>();
        for (Numbered n : numbered(d.body())) {
            if (n.text().isEmpty() || (n.text().charAt(0) != '（' && n.text().charAt(0) != '(')) {
                continue;
            }
            if (FULL.matcher(n.text()).find()) {
                full = true;
            } else if (HALF.matcher(n.text()).find()) {
                half.add(n);
            }
        }
        if (!full) {
            return;
        }
        for (Numbered n : half) {
            // the matched number itself: "(一）" opens half-width and closes full-width
            Matcher m = HALF.matcher(n.text());
            String number = m.find() ? m.group(1) : n.text();
            String inner = number.substring(1, number.length() - 1);
            out.add(warning(n.where(), "序号“" + number + "”是半角括号，本文其他处用全角：请改为（" + inner + "）"));
        }
    }

    private record Numbered(String text, SourceRef where) {}

    private static List<Numbered> numbered(Body body) {
        List<Numbered> all = new ArrayList<>();
        body.headings().forEach(h -> all.add(new Numbered(h.text(), h.where())));
        body.paragraphs().forEach(p -> all.add(new Numbered(p.text(), p.where())));
        return all;
    }
}
