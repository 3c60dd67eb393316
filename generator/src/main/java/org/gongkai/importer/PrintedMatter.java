package org.gongkai.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What belongs to the printed copy and not to the web page: the table of contents and the 版记.
 * Removed from the items first, so no later step takes them for a title or body text.
 */
final class PrintedMatter {

    private static final Pattern COLOPHON =
            Pattern.compile(
                    "^((抄送|分送|报送)[：:].*|.{0,40}[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日印发|[（(]?共印[0-9一二三四五六七八九十百]+份[）)]?)$");
    private static final Pattern COLOPHON_START = Pattern.compile("(抄送|分送|报送)[：:]");

    /**
     * 一、总体情况……1: an entry of a table of contents (several, when a PDF ran them into one paragraph).
     */
    private static final Pattern CONTENTS_ENTRY =
            Pattern.compile("^(?:[^。；]{1,60}?(?:[.…·．_－\\-]{2,}|\\s+)\\s*[0-9]{1,3}\\s*)+$");

    private PrintedMatter() {}

    static void drop(List<LayoutItem> items, RecognitionNotes notes) {
        dropContents(items, notes);
        dropColophon(items, notes);
    }

    /**
     * 版记 (抄送、分送、印发, 共印N份) is for distribution, not for the public text. It is its own block
     * wherever it starts: a page break may have glued its first line to the 成文日期 above it
     * (2025年3月3日抄送：县政府办公室。), and then the date is cut free and kept.
     */
    private static void dropColophon(List<LayoutItem> items, RecognitionNotes notes) {
        for (int k = 0; k < items.size(); k++) {
            LayoutItem it = items.get(k);
            if (!it.isParagraph() || it.layout().tabular()) {
                continue;
            }
            if (COLOPHON.matcher(it.plain).matches()) {
                notes.dropped.add("版记“" + it.plain + "”（" + it.origin + "）");
                items.remove(k--);
                continue;
            }
            Matcher m = COLOPHON_START.matcher(it.plain);
            if (m.find()
                    && m.start() > 0
                    && ChineseDate.parseLine(it.plain.substring(0, m.start())).isPresent()) {
                String rest = it.plain.substring(m.start());
                notes.dropped.add("版记“" + rest + "”（" + it.origin + "，与上方的成文日期连在了一起）");
                notes.repairs.add(it.origin + "的成文日期与版记连成了一段（分页所致），已分开");
                it.setText(it.plain.substring(0, m.start()));
            }
        }
    }

    /**
     * A table of contents (目录 and the entries under it, each ending in its page number) belongs to
     * the printed copy: on the web the headings are the contents. A title over a page break must
     * not take 目录 for its last word either.
     */
    private static void dropContents(List<LayoutItem> items, RecognitionNotes notes) {
        for (int k = 0; k < Math.min(items.size(), 12); k++) {
            LayoutItem it = items.get(k);
            if (!it.isParagraph() || !it.plain.replaceAll("\\s", "").equals("目录")) {
                continue;
            }
            int end = k + 1;
            while (end < items.size()
                    && items.get(end).isParagraph()
                    && CONTENTS_ENTRY.matcher(items.get(end).plain).matches()) {
                end++;
            }
            if (end > k + 1) {
                notes.dropped.add("目录（" + it.origin + "起 " + (end - k - 1) + " 段）");
                items.subList(k, end).clear();
            }
            return;
        }
    }
}
