package org.gongkai.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout of the annual report's table 三 (收到和处理政府信息公开申请情况, 国办公开办函〔2021〕30号): its rows in the
 * national form's order, each with the front-matter key under {@code applications}, the label the
 * form prints and the short name a scaffold's comment gives it. The scaffold writes it, the
 * importer fills it, the report reads and prints it: all from here, so a row cannot be known to one
 * of them and not the others.
 */
public final class ReportForm {

    /**
     * A row of seven figures (the applicant kinds and the total); {@code brief} is empty where none
     * is needed.
     */
    public record Row(String key, String label, String brief) {}

    /** （三）to（六）: a group of outcome rows, written as a map under its key. */
    public record Group(String key, String label, String brief, List<Row> rows) {
        public Group {
            rows = List.copyOf(rows);
        }
    }

    /** The six sections of the national template, in order, as their headings read. */
    public static final List<String> SECTIONS =
            List.of(
                    "一、总体情况",
                    "二、主动公开政府信息情况",
                    "三、收到和处理政府信息公开申请情况",
                    "四、政府信息公开行政复议、行政诉讼情况",
                    "五、存在的主要问题及改进情况",
                    "六、其他需要报告的事项");

    /** 一、二 and （一）（二）, before the groups. */
    public static final List<Row> OPENING =
            List.of(
                    new Row("new", "一、本年新收政府信息公开申请数量", "本年新收申请数量"),
                    new Row("carried_over", "二、上年结转政府信息公开申请数量", "上年结转申请数量"),
                    new Row("granted", "（一）予以公开", "予以公开"),
                    new Row("partly_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开"));

    /** The label spanning （一）to（七）. */
    public static final String OUTCOME_HEADING = "三、本年度办理结果";

    /**
     * （三）to（六）as the national form lists them: each group's line (key, label, short name), then its
     * rows indented under it (key, label), which the form numbers by their place (1．2．…).
     */
    public static final List<Group> OUTCOMES =
            groups(
                    """
                    withheld              （三）不予公开  不予公开
                      state_secret          属于国家秘密
                      prohibited_by_law     其他法律行政法规禁止公开
                      security_stability    危及“三安全一稳定”
                      third_party           保护第三方合法权益
                      internal_affairs      属于三类内部事务信息
                      process_info          属于四类过程性信息
                      enforcement_files     属于行政执法案卷
                      administrative_query  属于行政查询事项
                    unable                （四）无法提供  无法提供
                      not_held              本机关不掌握相关政府信息
                      needs_creation        没有现成信息需要另行制作
                      unclear               补正后申请内容仍不明确
                    not_processed         （五）不予处理  不予处理
                      petition              信访举报投诉类申请
                      repeated              重复申请
                      publications          要求提供公开出版物
                      excessive             无正当理由大量反复申请
                      confirmation          要求行政机关确认或重新出具已获取信息
                    other                 （六）其他处理  其他处理
                      no_correction         申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
                      fee_unpaid            申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
                      other                 其他
                    """);

    /** （七）总计: optional in front matter, the sum of （一）to（六）. */
    public static final Row TOTAL = new Row("total", "（七）总计", "");

    public static final Row CARRIED_FORWARD =
            new Row("carried_forward", "四、结转下年度继续办理", "结转下年度继续办理");

    private ReportForm() {}

    /**
     * The groups of {@code table}: a group's line, then the rows indented under it, numbered by
     * their place.
     */
    private static List<Group> groups(String table) {
        String[] lines = table.split("\n");
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < lines.length; ) {
            String[] head = cells(lines[i++]);
            List<Row> rows = new ArrayList<>();
            while (i < lines.length && lines[i].startsWith(" ")) {
                String[] r = cells(lines[i++]);
                rows.add(new Row(r[0], (rows.size() + 1) + "．" + r[1], ""));
            }
            groups.add(new Group(head[0], head[1], head[2], rows));
        }
        return List.copyOf(groups);
    }

    /** The words of a line, between runs of spaces. */
    private static String[] cells(String line) {
        return line.strip().split(" +");
    }
}
