package org.gongkai.importer;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.gongkai.content.Content;
import org.gongkai.content.Details;
import org.gongkai.content.DocNumber;
import org.gongkai.content.Document;

/**
 * The file name (and so the id and URL) of an imported document: from the 文号 as the site already
 * names them (安政发〔2022〕32号 → anzhengfa-2022-32), else from the 成文日期.
 */
final class FileSlug {

    private FileSlug() {}

    static Optional<String> fromDocNumber(String docNumber, Content existing) {
        Optional<DocNumber> dn = DocNumberLine.parse(docNumber).map(DocNumberLine::number);
        if (dn.isEmpty()) {
            return Optional.empty();
        }
        String prefix =
                sitePrefix(dn.get().agency(), existing).orElseGet(() -> pinyin(dn.get().agency()));
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(prefix + "-" + dn.get().year() + "-" + dn.get().number());
    }

    static String fromDate(LocalDate date) {
        return date.toString();
    }

    /**
     * The prefix the site already uses for this agency code, so a second 安政办发 file matches the
     * first.
     */
    private static Optional<String> sitePrefix(String agency, Content existing) {
        for (Document d : existing.documents()) {
            if (d.details() instanceof Details.Policy p && p.docNumber().isPresent()) {
                DocNumber other = p.docNumber().get();
                if (other.kind() == DocNumber.Kind.DOC_NUMBER && other.agency().equals(agency)) {
                    String suffix = "-" + other.year() + "-" + other.number();
                    if (d.id().endsWith(suffix) && d.id().length() > suffix.length()) {
                        return Optional.of(d.id().substring(0, d.id().length() - suffix.length()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String pinyin(String han) {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        StringBuilder b = new StringBuilder();
        for (char c : han.toCharArray()) {
            try {
                String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, format);
                if (readings != null && readings.length > 0) {
                    b.append(readings[0]);
                } else if (Character.isLetterOrDigit(c) && c < 128) {
                    b.append(Character.toLowerCase(c));
                }
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException(e);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
