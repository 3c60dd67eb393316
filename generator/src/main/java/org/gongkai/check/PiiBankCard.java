package org.gongkai.check;

/**
 * Bank-card and 一卡通 account numbers are never published; Luhn keeps random digit runs from tripping
 * it.
 */
public final class PiiBankCard extends PersonalNumberRule {

    public PiiBankCard() {
        super(
                "pii-bank-card",
                "不得出现完整的银行卡号、一卡通账号（按 Luhn 校验识别）",
                PersonalData.Kind.BANK_CARD,
                "银行卡号",
                m -> "补贴公示不应列出卡号，请删去这一列；确需保留时改写为 " + m.masked());
    }
}
