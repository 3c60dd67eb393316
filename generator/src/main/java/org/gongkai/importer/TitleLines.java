package org.gongkai.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 关于…的通知 line(s) after the 版头, joined when the title wraps over several paragraphs.
 *
 * @param lines how many paragraphs the title took (0 when none was found)
 */
record TitleLines(Optional<Recognised<String>> title, int lines) {

    private static final Pattern TITLE_KIND =
            Pattern.compile(
                    "(通知|通报|决定|意见|办法|规定|方案|要点|计划|规划|报告|请示|批复|函|公告|通告|纪要|细则|规则|决议|命令|议案|条例|制度|预案|指南|说明|答复|复函|公示|清单|目录)"
                            + "(（[^）]{1,12}）)?$");

    static TitleLines read(List<LayoutItem> items, int start, RecognitionNotes notes) {
        StringBuilder text = new StringBuilder();
        for (int k = start; k < Math.min(items.size(), start + 4); k++) {
            LayoutItem it = items.get(k);
            if (!it.isParagraph()
                    || it.plain.contains("。")
                    || it.plain.matches(".*[：:]$")
                    || it.plain.length() > 60
                    || Numbering.of(it.plain).isPresent()
                    || ChineseDate.parseLine(it.plain).isPresent()
                    || it.layout().tabular()
                    || it.plain.replaceAll("\\s", "").equals("目录")
                    || it.hasPicture()) {
                break;
            }
            text.append(it.plain);
            String joined = ChineseText.removeStraySpaces(text.toString());
            if (TITLE_KIND.matcher(joined).find()) {
                int lines = k - start + 1;
                String origin = lines == 1 ? it.origin : items.get(start).origin + "至" + it.origin;
                return new TitleLines(
                        Optional.of(
                                new Recognised<>(
                                        joined, origin, lines == 1 ? "" : lines + " 行标题已合并为一行")),
                        lines);
            }
        }
        if (start < items.size()) {
            LayoutItem first = items.get(start);
            SourceBlock.Layout l = first.layout();
            if (first.isParagraph()
                    && !first.hasPicture()
                    && (l.centred() || l.headingStyle())
                    && first.plain.length() <= 60
                    && !ChineseText.endsSentence(first.plain)
                    && !first.plain.contains("。")) {
                notes.doubts.add("标题不以“通知”“意见”等文种结尾，按版式取了" + first.origin + "居中的一行，请核对");
                return new TitleLines(
                        Optional.of(new Recognised<>(first.plain, first.origin, "按居中版式取得，请核对")), 1);
            }
        }
        notes.doubts.add("没有认出标题（“关于……的通知”一类的居中行）；请填写 title");
        return new TitleLines(Optional.empty(), 0);
    }
}
