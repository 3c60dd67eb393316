package org.gongkai.content;

import java.util.List;

/**
 * The two 政府信息公开申请表 the 依申请公开 page offers, one per kind of applicant (条例 第二十七条: 公民、法人或者其他组织), each
 * written at build from site.yaml as DOCX (to fill in on a computer) and PDF (to print). They are
 * known here, not in the renderer, because the check stage must know the page keeps the promise
 * "申请表可以在本页下载" ({@code promised-download}) without a file in content/.
 */
public enum ApplicationForm {
    CITIZEN("公民", "shenqingbiao-gongmin"),
    ORGANIZATION("法人或者其他组织", "shenqingbiao-faren");

    /** The 依申请公开 page's document id (pages/apply.md). */
    public static final String PAGE_ID = "apply";

    /** The formats each form is written in, by file extension. */
    public static final List<String> FORMATS = List.of("docx", "pdf");

    public final String applicant;
    private final String stem;

    ApplicationForm(String applicant, String stem) {
        this.applicant = applicant;
        this.stem = stem;
    }

    /** The form's file name beside the apply page, e.g. {@code shenqingbiao-gongmin.pdf}. */
    public String fileName(String format) {
        return stem + "." + format;
    }

    public String title() {
        return "政府信息公开申请表（" + applicant + "）";
    }

    /** Whether {@code d} is the page the forms are written beside. */
    public static boolean offeredOn(Document d) {
        return d.type() == DocumentType.PAGE && d.id().equals(PAGE_ID);
    }
}
