package org.gongkai.check;

/** 居民身份证号码 must be masked before publication (2018 政务公开工作要点; 条例 第十五条). */
public final class PiiIdCard extends PersonalNumberRule {

    public PiiIdCard() {
        super(
                "pii-id-card",
                "正文、front matter 和公示表格中不得出现完整的身份证号码（按校验位识别），应写成 3714**********1234",
                PersonalData.Kind.ID_CARD,
                "身份证号码",
                m -> "请改写为 " + m.masked() + "（只保留前 4 位和后 4 位）");
    }
}
