package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.Body;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.report.ReportSections;

/**
 * Headings are not content: 条例 第五十条 has each level of government report 工作考核、社会评议和责任追究结果 (in
 * 一、总体情况's 监督保障), and 国办公开办函〔2021〕30号 asks 六、 for the 信息处理费 charged and the handling of 人大代表建议 and
 * 政协提案. A report that does not mention them leaves them out.
 */
public final class ReportContentMissing extends DetailsRule<Details.Report> {

    /**
     * A thing a section must mention: its label for the editor, and words any one of which shows
     * it.
     */
    private record Mention(String label, List<String> words) {}

    /** What one section (一、 is 1) must mention, in the order the message names them. */
    private record Required(int section, List<Mention> mentions) {}

    private static final List<Required> REQUIRED =
            List.of(
                    new Required(
                            1,
                            List.of(
                                    new Mention("工作考核", List.of("考核")),
                                    new Mention("社会评议", List.of("评议")),
                                    new Mention("责任追究", List.of("责任追究", "追责")))),
                    new Required(
                            6,
                            List.of(
                                    new Mention("信息处理费", List.of("信息处理费")),
                                    new Mention("人大代表建议和政协提案办理", List.of("建议", "提案")))));

    public ReportContentMissing() {
        super(
                "report-content-missing",
                "年度报告“一、总体情况”没有写工作考核、社会评议、责任追究（监督保障，条例第五十条），"
                        + "或“六、其他需要报告的事项”没有写信息处理费收取和人大代表建议、政协提案办理情况",
                Details.Report.class);
    }

    @Override
    void check(Document d, Details.Report report, Setting setting, List<Finding> out) {
        for (Required section : REQUIRED) {
            Body.Heading heading = null;
            for (Body.Heading h : d.body().headings()) {
                if (h.level() == 2 && ReportSections.number(h.text()) == section.section()) {
                    heading = h;
                    break;
                }
            }
            if (heading == null) {
                continue; // report-section-missing asks for the section itself
            }
            String text = sectionText(d.body(), heading.where().line());
            List<String> missing = new ArrayList<>();
            for (Mention m : section.mentions()) {
                if (m.words().stream().noneMatch(text::contains)) {
                    missing.add(m.label());
                }
            }
            if (!missing.isEmpty()) {
                out.add(
                        warning(
                                heading.where(),
                                "“"
                                        + heading.text()
                                        + "”没有写"
                                        + String.join("、", missing)
                                        + "的情况：请补写（没有的也写明“无”或“0元”），国家模板要求不能遗漏"));
            }
        }
    }

    /** The headings and paragraphs from {@code line} to the next ## heading. */
    private static String sectionText(Body body, int line) {
        int end =
                body.headings().stream()
                        .filter(h -> h.level() <= 2 && h.where().line() > line)
                        .mapToInt(h -> h.where().line())
                        .min()
                        .orElse(Integer.MAX_VALUE);
        StringBuilder sb = new StringBuilder();
        body.headings().stream()
                .filter(h -> h.where().line() > line && h.where().line() < end)
                .forEach(h -> sb.append(h.text()).append('\n'));
        body.paragraphs().stream()
                .filter(p -> p.where().line() > line && p.where().line() < end)
                .forEach(p -> sb.append(p.text()).append('\n'));
        return sb.toString();
    }
}
