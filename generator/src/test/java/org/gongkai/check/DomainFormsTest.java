package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 文号, 统一社会信用代码 and personal numbers, as the rules read them. */
class DomainFormsTest {

    @Test
    void creditCodeCheckCharacter() {
        assertTrue(CreditCode.isValid("11371723004235384N"));
        assertTrue(CreditCode.isValid("9144030071526726XG"), "the reference's sanity example");
        assertFalse(CreditCode.isValid("11371723004235384M"));
        assertFalse(CreditCode.isValid("1137172300423538IN"), "I is not in the alphabet");
    }

    @Test
    void idCardNeedsItsCheckDigit() {
        assertTrue(PersonalData.isIdCard("371723198001010029"));
        assertFalse(PersonalData.isIdCard("371723198001010028"));
        assertEquals(
                List.of("3717**********0029"),
                PersonalData.find("号码371723198001010029。", PersonalData.Kind.ID_CARD).stream()
                        .map(PersonalData.Match::masked)
                        .toList());
    }

    @Test
    void indexNumberAndMaskedFormsAreNotPersonalData() {
        for (PersonalData.Kind k : PersonalData.Kind.values()) {
            assertEquals(
                    List.of(),
                    PersonalData.find("index_no: 11371723004235384N/2022-00003", k),
                    k.name());
            assertEquals(
                    List.of(),
                    PersonalData.find("3714**********1234 138****5678 6222********0128", k),
                    k.name());
            assertEquals(List.of(), PersonalData.find("电话 0530-8123456，热线 12345", k), k.name());
        }
    }

    @Test
    void mobileAndBankCard() {
        assertEquals(1, PersonalData.find("手机13812345678", PersonalData.Kind.MOBILE).size());
        assertEquals(
                0,
                PersonalData.find("编号1381234567890", PersonalData.Kind.MOBILE).size(),
                "13 digits");
        assertTrue(PersonalData.luhn("6222021234567890128"));
        assertEquals(
                1, PersonalData.find("卡号6222021234567890128", PersonalData.Kind.BANK_CARD).size());
        assertEquals(
                0, PersonalData.find("卡号6222021234567890127", PersonalData.Kind.BANK_CARD).size());
        assertEquals(
                0,
                PersonalData.find("身份证371723198001010029", PersonalData.Kind.BANK_CARD).size(),
                "an ID number is reported as an ID number only");
    }

    @Test
    void oneWalkFindsEachKindWhereItStands() {
        String line =
                "身份证37172319800101103X，手机13812345678，卡号6222021234567890128，另卡 6228 4800 1234 5671，"
                        + "编号37172319800101103X9";
        var all = PersonalData.findAll(line);
        assertEquals(
                List.of("37172319800101103X"),
                all.get(PersonalData.Kind.ID_CARD).stream().map(PersonalData.Match::text).toList(),
                "the X belongs to the ID; glued to a digit it is none");
        assertEquals(
                List.of(line.indexOf("138")),
                all.get(PersonalData.Kind.MOBILE).stream().map(PersonalData.Match::start).toList());
        assertEquals(
                List.of("6222021234567890128", "6228 4800 1234 5671"),
                all.get(PersonalData.Kind.BANK_CARD).stream()
                        .map(PersonalData.Match::text)
                        .toList(),
                "plain and grouped, in line order");
        for (PersonalData.Kind k : PersonalData.Kind.values()) {
            assertEquals(all.get(k), PersonalData.find(line, k), k.name());
        }
    }

    @Test
    void namesAreMaskedKeepingFirstAndLast() {
        assertEquals("张*", PiiName.masked("张三"));
        assertEquals("张*明", PiiName.masked("张小明"));
        assertEquals("欧**明", PiiName.masked("欧阳小明"));
    }

    @Test
    void withholdingArticlesReadInChineseNumerals() {
        assertEquals(16, WithheldBasis.number("十六"));
        assertEquals(14, WithheldBasis.number("14"));
        assertEquals(2, WithheldBasis.number("二"));
        assertEquals(20, WithheldBasis.number("二十"));
    }
}
