package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small readers of official text: 文号, 成文日期, spacing and numbering, Markdown emphasis. */
class OfficialTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "安政发〔2022〕32号      | 安政发〔2022〕32号 | ",
                "安政发[2022]32号        | 安政发〔2022〕32号 | 年份括号“[]”改为六角括号〔〕",
                "安政发(2022)32号        | 安政发〔2022〕32号 | 年份括号“()”改为六角括号〔〕",
                "安政发（2022）32号      | 安政发〔2022〕32号 | 年份括号“（）”改为六角括号〔〕",
                "安政发【2022】32号      | 安政发〔2022〕32号 | 年份括号“【】”改为六角括号〔〕",
                "安政发［2022］第32号    | 安政发〔2022〕32号 | 年份括号“［］”改为六角括号〔〕",
                "安政发〔22〕32号        | 安政发〔2022〕32号 | 年份“22”补全为 2022",
                "安政办发 〔2022〕 9 号  | 安政办发〔2022〕9号 | ",
                "安政发２０２２年３２号  | 安政发〔2022〕32号 | 年份加上六角括号〔〕",
                "安政发2022〕32号        | 安政发〔2022〕32号 | 年份括号不全（“〕”），改为六角括号〔〕",
            })
    void docNumbersAreNormalisedToHexagonalBrackets(
            String written, String normalised, String repairs) {
        DocNumberLine d = DocNumberLine.parse(written).orElseThrow();
        assertEquals(normalised, d.text());
        assertEquals(repairs == null ? "" : repairs, d.repairs());
    }

    @ParameterizedTest
    @ValueSource(strings = {"各行政村、镇直各部门：", "安乐镇人民政府", "2022年6月21日", "第32号文件已废止。"})
    void linesThatAreNotDocNumbersAreNotTakenForOne(String line) {
        assertEquals(Optional.empty(), DocNumberLine.parse(line));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2022年6月21日           | 2022-06-21",
                "2022 年 6 月 21 日      | 2022-06-21",
                "２０２２年６月２１日    | 2022-06-21",
                "二〇二二年六月二十一日  | 2022-06-21",
                "二零二二年十二月十日    | 2022-12-10",
                "二○二六年二月二十六日   | 2026-02-26",
            })
    void writtenDatesInTheFormsOfficesUse(String line, LocalDate expected) {
        assertEquals(Optional.of(expected), ChineseDate.parseLine(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022年2月30日", "于2022年6月21日印发", "二〇二二年十三月一日", "2022年6月"})
    void impossibleOrEmbeddedDatesAreNotADateLine(String line) {
        assertEquals(Optional.empty(), ChineseDate.parseLine(line));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "安乐镇人民政府 2022 年政务公开工作要点 | 安乐镇人民政府2022年政务公开工作要点",
                "安乐镇人民政府办公室 关于印发的通知     | 安乐镇人民政府办公室关于印发的通知",
                "（国务院令 711 号修订）                 | （国务院令711号修订）",
                "使用 WPS Office 编辑                     | 使用 WPS Office 编辑",
            })
    void straySpacesBetweenChineseAndDigitsGoLatinSpacesStay(String in, String out) {
        assertEquals(out, ChineseText.removeStraySpaces(in));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "(一) 强化工作保障。 | （一）强化工作保障。",
                "（二）  改进作风    | （二）改进作风",
                "(3)资金             | （3）资金",
                "一、 总体要求       | 一、总体要求",
            })
    void numberingTakesFullWidthBracketsAndNoSpace(String in, String out) {
        assertEquals(out, ChineseText.normaliseNumbering(in));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // CommonMark does not close ** after 。 when a Chinese character follows: the 。
                // moves outside
                "（一）\uE000补贴对象。\uE001本镇   | （一）**补贴对象**。本镇",
                "\uE000“两高”行业\uE001重点      | “**两高”行业**重点",
                "\uE000。\uE001                  | 。",
                "1. 资金                          | 1\\. 资金",
                "- 不是列表                       | \\- 不是列表",
                "a*b_c[d]                         | a\\*b\\_c\\[d\\]",
            })
    void paragraphsBecomeMarkdownThatRendersAsTheDocumentReads(String marked, String markdown) {
        assertEquals(markdown, MarkdownWriter.paragraph(marked));
    }
}
