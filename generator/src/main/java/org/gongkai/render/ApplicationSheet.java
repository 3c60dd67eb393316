package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gongkai.content.ApplicationForm;
import org.gongkai.content.ApplyOffice;

/**
 * What one 政府信息公开申请表 says, before it is a DOCX or a PDF: both files are written from this one
 * record, so the Word form and the printed form never differ. The rows are what 条例 第二十九条 asks an
 * application to hold; the office block and the notes are the site's {@code apply:} office, so a
 * form printed and posted carries where it goes.
 *
 * @param authority 受理机关 (the site's name)
 * @param office the office's lines (受理机构, 地址, 邮政编码 …), only those site.yaml gives
 * @param sections the form's tables, each a heading and its rows
 * @param notes 填表说明, in order
 */
record ApplicationSheet(
        String title,
        String authority,
        List<Line> office,
        List<Section> sections,
        List<String> notes) {

    /** A label and its value: an office line, or a row of the form with what is pre-printed. */
    record Line(String label, String value) {}

    record Section(String heading, List<Line> rows) {}

    /** 条例 第二十九条第二款, as the law words it: the notes quote it so the applicant knows why. */
    static final String ARTICLE_29 =
            "（一）申请人的姓名或者名称、身份证明、联系方式；"
                    + "（二）申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述；"
                    + "（三）申请公开的政府信息的形式要求，包括获取信息的方式、途径。";

    /** The office's lines, in the form's order; one site.yaml gives no value for is left out. */
    private static final List<OfficeLine> OFFICE =
            List.of(
                    new OfficeLine("受理机构", ApplyOffice::office),
                    new OfficeLine("通信地址", ApplyOffice::address),
                    new OfficeLine("邮政编码", ApplyOffice::postcode),
                    new OfficeLine("联系电话", ApplyOffice::phone),
                    new OfficeLine("传真", ApplyOffice::fax),
                    new OfficeLine("电子邮箱", ApplyOffice::email),
                    new OfficeLine("受理时间", ApplyOffice::hours));

    private record OfficeLine(String label, Function<ApplyOffice, String> value) {}

    static ApplicationSheet of(ApplicationForm form, String authority, ApplyOffice o) {
        List<Line> office =
                OFFICE.stream()
                        .map(l -> new Line(l.label(), l.value().apply(o)))
                        .filter(l -> !l.value().isBlank())
                        .toList();
        List<Section> sections =
                List.of(
                        new Section("一、申请人信息（" + form.applicant + "）", toFill(applicant(form))),
                        new Section(
                                "二、所需政府信息", toFill(List.of("政府信息的名称", "文号", "便于行政机关查询的其他特征性描述"))),
                        new Section(
                                "三、政府信息的形式要求",
                                List.of(
                                        new Line("获取信息的方式", "□纸质文本　□电子文本　□光盘　□其他：________"),
                                        new Line("获取信息的途径", "□邮寄　□电子邮件　□当面领取　□其他：________"))),
                        new Section(
                                "四、申请人确认",
                                List.of(
                                        new Line(
                                                form == ApplicationForm.CITIZEN ? "申请人签名" : "申请人盖章",
                                                ""),
                                        new Line("申请日期", "　　　　年　　月　　日"))));
        List<String> notes = new ArrayList<>();
        notes.add("依据《中华人民共和国政府信息公开条例》第二十九条，政府信息公开申请应当包括下列内容：" + ARTICLE_29);
        notes.add(
                form == ApplicationForm.CITIZEN
                        ? "请随表附上申请人身份证明（居民身份证等有效身份证件）复印件或扫描件。"
                        : "请随表附上身份证明（营业执照、统一社会信用代码证书或者其他登记证书）复印件或扫描件。");
        routes(o).forEach(notes::add);
        notes.add("申请人提交的个人信息仅用于办理本次申请，" + authority + "依法予以保护。");
        return new ApplicationSheet(form.title(), authority, office, sections, notes);
    }

    /** How an application reaches the office: in person, by post, by e-mail — those it has. */
    static List<String> routes(ApplyOffice o) {
        List<String> out = new ArrayList<>();
        if (!o.address().isEmpty()) {
            out.add(
                    "当面递交："
                            + o.address()
                            + (o.hours().isEmpty() ? "" : "，受理时间：" + o.hours())
                            + "。");
            out.add(
                    "信函申请：邮寄至"
                            + o.address()
                            + (o.postcode().isEmpty() ? "" : "，邮政编码" + o.postcode())
                            + "，收件人"
                            + o.office()
                            + "，请在信封左下角注明“政府信息公开申请”字样。");
        }
        if (!o.email().isEmpty()) {
            out.add("电子邮件申请：将填好的申请表和身份证明扫描件发送至" + o.email() + "。");
        }
        return out;
    }

    /** The applicant's rows: a citizen's or an organisation's particulars. */
    private static List<String> applicant(ApplicationForm form) {
        return form == ApplicationForm.CITIZEN
                ? List.of("姓名", "证件名称", "证件号码", "工作单位", "通信地址", "邮政编码", "联系电话", "电子邮箱")
                : List.of(
                        "名称", "统一社会信用代码", "法定代表人或者主要负责人", "联系人姓名", "联系人电话", "通信地址", "邮政编码", "电子邮箱");
    }

    /** Rows the applicant fills in: nothing is pre-printed after the label. */
    private static List<Line> toFill(List<String> labels) {
        return labels.stream().map(l -> new Line(l, "")).toList();
    }
}
