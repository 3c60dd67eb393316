package org.gongkai.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A fixed-layout page's furniture, which is not text: page numbers (— 3 —, -3-, 第3页) and running
 * headers and footers (the same line at the top or bottom of several pages).
 */
final class RunningLines {

    private static final Pattern PAGE_NUMBER =
            Pattern.compile(
                    "^[\\s—–\\-－－_~·]*[0-9０-９]{1,4}[\\s—–\\-－_~·]*$"
                            + "|^第\\s*[0-9０-９]{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*[0-9０-９]{1,4}\\s*页)?$"
                            + "|^[0-9]{1,4}\\s*/\\s*[0-9]{1,4}$|^-\\s*[0-9]{1,4}\\s*-$");

    private RunningLines() {}

    /** Page numbers, and lines repeated at the top or bottom of two or more pages, are not text. */
    static List<PdfReader.Line> drop(List<PdfReader.Line> lines, int pages, List<String> dropped) {
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (PdfReader.Line l : lines) {
            if (atEdge(l)) {
                edgeCounts.merge(edgeKey(l), 1, Integer::sum);
            }
        }
        List<PdfReader.Line> kept = new ArrayList<>();
        Map<String, Integer> running = new LinkedHashMap<>();
        int pageNumbers = 0;
        for (PdfReader.Line l : lines) {
            String t = l.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (atEdge(l, 0.15f) && PAGE_NUMBER.matcher(t).matches()) {
                pageNumbers++;
                continue;
            }
            if (pages > 1 && atEdge(l) && edgeCounts.getOrDefault(edgeKey(l), 0) >= 2) {
                running.merge(
                        (l.y() < l.pageHeight() / 2 ? "页眉“" : "页脚“") + t + "”", 1, Integer::sum);
                continue;
            }
            kept.add(l);
        }
        if (pageNumbers > 0) {
            dropped.add(pageNumbers + " 个页码");
        }
        running.forEach((text, n) -> dropped.add(text + "（" + n + " 页）"));
        return kept;
    }

    /** In the top or bottom tenth of the page, where running headers and footers sit. */
    private static boolean atEdge(PdfReader.Line l) {
        return atEdge(l, 0.1f);
    }

    /**
     * GB/T 9704 puts the page number 7 mm below a 35 mm bottom margin, close to the tenth; a line
     * that is nothing but a page number is taken anywhere in the outer {@code share} of the page.
     */
    private static boolean atEdge(PdfReader.Line l, float share) {
        return l.y() < l.pageHeight() * share || l.y() > l.pageHeight() * (1 - share);
    }

    private static String edgeKey(PdfReader.Line l) {
        return (l.y() < l.pageHeight() / 2 ? "top:" : "bottom:")
                + l.text().strip().replaceAll("[0-9０-９]+", "#");
    }
}
