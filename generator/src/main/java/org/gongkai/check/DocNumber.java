package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 发文字号 per GB/T 9704-2012 §7.2.4: 发文机关代字, the full year in 六角括号 〔〕, the sequence number with no
 * 第 and no leading zeros, then 号 — 安政发〔2022〕32号. Orders (令) are numbered as 国务院令第711号 and are
 * a different, legitimate form.
 *
 * @param prefix   发文机关代字 as written (may be empty when missing)
 * @param year     the four-digit year, expanded from a two-digit one when needed
 * @param sequence the sequence number
 * @param problems what was wrong with the written form, in Chinese; empty when it is correct
 */
public record DocNumber(String prefix, int year, int sequence, List<String> problems) {

    public DocNumber {
        problems = List.copyOf(problems);
    }

    /** A serial of at most 9 digits: a 文号 never has more, and a longer one overflowed into a crash. */
    private static final Pattern CORRECT = Pattern.compile("\\p{IsHan}[\\p{IsHan}]*〔(\\d{4})〕([1-9]\\d{0,8})号");
    /** Digits as the order was printed: the real corpus has 公安部令第１４９号 in full-width digits. */
    private static final Pattern ORDER = Pattern.compile("\\p{IsHan}+令(?:第)?[0-9０-９]+号");
    private static final Pattern LENIENT = Pattern.compile(
            "(?<prefix>[^\\[\\](（)【】〔〕［］{}\\d]*?)\\s*"
                    + "(?:(?<open>[\\[(（【〔［{])\\s*(?<year>\\d{2,4})\\s*(?<close>[\\])）】〕］}])|(?<bare>\\d{4})年?)\\s*"
                    + "(?<di>第)?\\s*(?<seq>\\d+)\\s*(?<hao>号)?");

    /** 令 numbers (国务院令第711号, 民政部令第14号) follow their own form and are not checked. */
    public static boolean isOrder(String text) {
        return ORDER.matcher(text.strip()).matches();
    }

    /**
     * Reads a 文号 leniently so that the usual mistakes can be named and corrected. Empty when the text is
     * not recognisable as a 文号 at all.
     *
     * @param writtenYear the document's 成文 year, used to expand 〔22〕; 0 when unknown
     */
    public static Optional<DocNumber> parse(String text, int writtenYear) {
        String t = text.strip();
        Matcher ok = CORRECT.matcher(t);
        if (ok.matches()) {
            String prefix = t.substring(0, t.indexOf('〔'));
            return Optional.of(new DocNumber(prefix, Integer.parseInt(ok.group(1)), Integer.parseInt(ok.group(2)),
                    List.of()));
        }
        Matcher m = LENIENT.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        String prefix = m.group("prefix").strip();
        if (prefix.isEmpty()) {
            problems.add("缺少发文机关代字（如 安政发）");
        } else if (!prefix.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            problems.add("发文机关代字“" + prefix + "”只应由汉字组成");
        }
        String yearText = m.group("year") != null ? m.group("year") : m.group("bare");
        if (m.group("bare") != null) {
            problems.add("年份应放在六角括号〔〕中");
        } else if (!m.group("open").equals("〔") || !m.group("close").equals("〕")) {
            problems.add("年份应使用六角括号〔〕，不能用 " + m.group("open") + m.group("close"));
        }
        int year;
        if (yearText.length() == 4) {
            year = Integer.parseInt(yearText);
        } else if (yearText.length() == 2) {
            problems.add("年份应写全四位");
            int yy = Integer.parseInt(yearText);
            year = writtenYear > 0 && writtenYear % 100 == yy ? writtenYear : 2000 + yy;
        } else {
            return Optional.empty();
        }
        if (m.group("di") != null) {
            problems.add("序号前不加“第”");
        }
        String seqText = m.group("seq");
        if (seqText.length() > 9) {
            return Optional.empty(); // not a 文号 anyone issued: reported as unrecognisable, never parsed into an overflow
        }
        if (seqText.length() > 1 && seqText.startsWith("0")) {
            problems.add("序号不编虚位（不在前面补 0）");
        }
        int sequence = Integer.parseInt(seqText);
        if (sequence == 0) {
            return Optional.empty();
        }
        if (m.group("hao") == null) {
            problems.add("序号后应加“号”");
        }
        if (problems.isEmpty()) {
            // spaces or other noise only
            problems.add("文号中不应有空格");
        }
        return Optional.of(new DocNumber(prefix, year, sequence, problems));
    }

    /** The GB/T 9704 form: 安政发〔2022〕32号. */
    public String canonical() {
        return (prefix.isEmpty() ? "（发文机关代字）" : prefix) + "〔" + year + "〕" + sequence + "号";
    }

    public boolean wellFormed() {
        return problems.isEmpty();
    }
}
