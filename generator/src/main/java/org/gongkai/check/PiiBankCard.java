package org.gongkai.check;

/**
 * Bank-card and 一卡通 account numbers are never published; Luhn keeps random digit runs from tripping
 * it.
 */
public final class PiiBankCard extends PersonalNumberRule {

    public PiiBankCard() {
        super("pii-bank-card", "不得出现完整的银行卡号、一卡通账号（按 Luhn 校验识别）");
    }

    @Override
    PersonalData.Kind kind() {
        return PersonalData.Kind.BANK_CARD;
    }

    @Override
    String noun() {
        return "银行卡号";
    }

    @Override
    String advice(PersonalData.Match m) {
        return "补贴公示不应列出卡号，请删去这一列；确需保留时改写为 " + m.masked();
    }
}
