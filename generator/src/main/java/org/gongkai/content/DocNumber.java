package org.gongkai.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 发文字号 as written in front matter or in a document's 版头, read once by the one grammar the checks,
 * the importer and the search analysis share. GB/T 9704-2012 §7.2.4 wants 发文机关代字, the full year in
 * 六角括号, the sequence number with no 第 and no leading zeros, then 号 — 安政发〔2022〕32号. It does not
 * forbid digits in the 代字 (a platform of hundreds of offices runs out of one-character ones:
 * 安2政发〔2024〕3号); the year's brackets keep such a number unambiguous, so a 代字 ending in a digit
 * needs them. Orders (令) are numbered 国务院令第711号: a different, legitimate form that is not checked.
 *
 * @param written the text as written, stripped
 * @param kind 文号, 令, or neither (then the parts are empty and the problem says so)
 * @param agency 发文机关代字 (for a 令, the organ before 令); empty when missing
 * @param year the four-digit year, expanded from a two-digit one; 0 for a 令
 * @param number the sequence number
 * @param brackets the year's brackets as written ("〔〕", "[]", "〕" when one is missing, "" when
 *     none)
 * @param problems what differs from the GB/T 9704 form, in order; empty when it is correct
 */
public record DocNumber(
        String written,
        Kind kind,
        String agency,
        int year,
        int number,
        String brackets,
        List<Problem> problems) {

    public DocNumber {
        problems = List.copyOf(problems);
    }

    public enum Kind {
        DOC_NUMBER,
        ORDER,
        UNRECOGNISED
    }

    /** One way a written 文号 departs from GB/T 9704; {@link #describe} says it to an editor. */
    public enum Problem {
        UNRECOGNISED,
        NO_AGENCY,
        AGENCY_NOT_HAN,
        YEAR_NOT_BRACKETED,
        HALF_BRACKETED,
        WRONG_BRACKETS,
        SHORT_YEAR,
        FULL_WIDTH_DIGITS,
        SEQUENCE_DI,
        LEADING_ZEROS,
        NO_HAO,
        SPACES,
        OTHER
    }

    /**
     * Opening and closing year brackets, pairwise: every bracket Word, PDF conversion and typists
     * put around the year. {@code search/Analysis} and {@code search.js} read the same list (after
     * NFKC, which folds the full-width ones) so that the index and the checks agree on what a 文号
     * is.
     */
    public static final String OPEN = "〔[［(（【{｛〈<﹝";

    public static final String CLOSE = "〕]］)）】}｝〉>﹞";

    private static final Pattern ORDER = Pattern.compile("(\\p{IsHan}+?)令\\s*(第)?\\s*(\\d+)\\s*号");
    private static final Pattern FORM =
            Pattern.compile(
                    "(?<agency>(?:[^"
                            + Pattern.quote(OPEN + CLOSE)
                            + "\\d][^"
                            + Pattern.quote(OPEN + CLOSE)
                            + "]*?)?)\\s*(?<open>["
                            + Pattern.quote(OPEN)
                            + "])?\\s*"
                            + "(?<year>\\d{2,4})\\s*(?<close>["
                            + Pattern.quote(CLOSE)
                            + "])?\\s*(?<nian>年)?\\s*"
                            + "(?<di>第)?\\s*(?<seq>\\d+)\\s*(?<hao>号)?");

    /**
     * Reads a 文号 leniently, so that the usual mistakes can be named and corrected.
     *
     * @param writtenYear the document's 成文 (or published) year, to expand 〔22〕; 0 when unknown
     */
    public static DocNumber parse(String text, int writtenYear) {
        String t = text.strip();
        String ascii = asciiDigits(t);
        Matcher o = ORDER.matcher(ascii);
        if (o.matches() && o.group(3).length() <= 9) {
            return new DocNumber(
                    t, Kind.ORDER, o.group(1), 0, Integer.parseInt(o.group(3)), "", List.of());
        }
        Matcher m = FORM.matcher(ascii);
        if (!m.matches()) {
            return unrecognised(t);
        }
        String open = m.group("open") == null ? "" : m.group("open");
        String close = m.group("close") == null ? "" : m.group("close");
        String yearText = m.group("year");
        String seqText = m.group("seq");
        boolean bare = open.isEmpty() && close.isEmpty();
        String agency = m.group("agency").strip();
        // a bare year needs four digits or a 年 (安政发22 3号 is not a 文号); nine digits of sequence were
        // never issued; a 代字 may hold digits (安2政发: a platform's thirty-first 安), but one ending in
        // a digit needs the opening bracket, else where the year begins is a guess (安政22024年3号)
        if (yearText.length() == 3
                || (open.isEmpty()
                        && !agency.isEmpty()
                        && isDigit(agency.charAt(agency.length() - 1)))
                || (bare && yearText.length() != 4 && m.group("nian") == null)
                || seqText.length() > 9) {
            return unrecognised(t);
        }
        int sequence = Integer.parseInt(seqText);
        if (sequence == 0) {
            return unrecognised(t);
        }
        List<Problem> problems = new ArrayList<>();
        if (agency.isEmpty()) {
            problems.add(Problem.NO_AGENCY);
        } else if (!agency.codePoints()
                .allMatch(
                        c ->
                                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                                        || isDigit(c))) {
            problems.add(Problem.AGENCY_NOT_HAN);
        }
        if (bare) {
            problems.add(Problem.YEAR_NOT_BRACKETED);
        } else if (open.isEmpty() || close.isEmpty()) {
            problems.add(Problem.HALF_BRACKETED);
        } else if (!open.equals("〔") || !close.equals("〕")) {
            problems.add(Problem.WRONG_BRACKETS);
        }
        int year = Integer.parseInt(yearText);
        if (yearText.length() == 2) {
            problems.add(Problem.SHORT_YEAR);
            year = writtenYear > 0 && writtenYear % 100 == year ? writtenYear : 2000 + year;
        }
        if (!ascii.equals(t)) {
            problems.add(Problem.FULL_WIDTH_DIGITS);
        }
        if (m.group("di") != null) {
            problems.add(Problem.SEQUENCE_DI);
        }
        if (seqText.length() > 1 && seqText.startsWith("0")) {
            problems.add(Problem.LEADING_ZEROS);
        }
        if (m.group("hao") == null) {
            problems.add(Problem.NO_HAO);
        }
        DocNumber n =
                new DocNumber(t, Kind.DOC_NUMBER, agency, year, sequence, open + close, problems);
        if (problems.isEmpty() && !t.equals(n.canonical())) {
            // what remains is noise between the parts: spaces, or a 年 after a bracketed year
            problems.add(
                    t.replaceAll("\\s+", "").equals(n.canonical())
                            ? Problem.SPACES
                            : Problem.OTHER);
            n = new DocNumber(t, Kind.DOC_NUMBER, agency, year, sequence, open + close, problems);
        }
        return n;
    }

    private static DocNumber unrecognised(String t) {
        return new DocNumber(t, Kind.UNRECOGNISED, "", 0, 0, "", List.of(Problem.UNRECOGNISED));
    }

    /** Full-width digits as Word keeps them from an IME (公安部令第１４９号) read as the digits they are. */
    private static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return b.toString();
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    public boolean recognised() {
        return kind != Kind.UNRECOGNISED;
    }

    public boolean isOrder() {
        return kind == Kind.ORDER;
    }

    public boolean wellFormed() {
        return problems.isEmpty();
    }

    public boolean has(Problem p) {
        return problems.contains(p);
    }

    /**
     * The one spelling every comparison uses: 安政发〔2022〕32号, 国务院令第711号; the written text when it is
     * not recognisable. Two documents with the same canonical form carry the same number.
     */
    public String canonical() {
        return switch (kind) {
            case DOC_NUMBER ->
                    (agency.isEmpty() ? "（发文机关代字）" : agency) + "〔" + year + "〕" + number + "号";
            case ORDER -> agency + "令第" + number + "号";
            case UNRECOGNISED -> written;
        };
    }

    /** What is wrong, for an editor, in the order found: 年份应写全四位，序号前不加“第”. */
    public String describe() {
        List<String> out = new ArrayList<>();
        for (Problem p : problems) {
            out.add(
                    switch (p) {
                        case UNRECOGNISED -> "格式不对";
                        case NO_AGENCY -> "缺少发文机关代字（如 安政发）";
                        case AGENCY_NOT_HAN -> "发文机关代字“" + agency + "”只应由汉字（可带数字）组成";
                        case YEAR_NOT_BRACKETED -> "年份应放在六角括号〔〕中";
                        case HALF_BRACKETED -> "年份括号不全（“" + brackets + "”），应使用六角括号〔〕";
                        case WRONG_BRACKETS -> "年份应使用六角括号〔〕，不能用 " + brackets;
                        case SHORT_YEAR -> "年份应写全四位";
                        case FULL_WIDTH_DIGITS -> "数字应使用半角数字";
                        case SEQUENCE_DI -> "序号前不加“第”";
                        case LEADING_ZEROS -> "序号不编虚位（不在前面补 0）";
                        case NO_HAO -> "序号后应加“号”";
                        case SPACES -> "文号中不应有空格";
                        case OTHER -> "写法与标准格式不同";
                    });
        }
        return String.join("，", out);
    }
}
