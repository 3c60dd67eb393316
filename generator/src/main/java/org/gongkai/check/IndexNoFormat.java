package org.gongkai.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.IndexNumber;
import org.gongkai.content.IndexScheme;

/**
 * 索引号 in the site's scheme (site.yaml {@code index_no}; by default {@code ORGCODE/YEAR-NNNNN}): the
 * site's code, the document's year (and month, where the scheme has one), the serial. The year is
 * the publication year, or for policies the 成文 year (a December document published in January keeps
 * its number).
 */
public final class IndexNoFormat extends DocumentRule {

    public IndexNoFormat() {
        super(
                "index-no-format",
                "索引号应符合 site.yaml 规定的格式（默认“统一社会信用代码/年份-五位序号”），代码与站点代码相同，年份与文件年份一致");
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        IndexScheme scheme = setting.site().indexScheme();
        String code = scheme.code();
        if (d.indexNo().isEmpty()) {
            return;
        }
        String no = d.indexNo().get().strip();
        Optional<IndexNumber> parsed = scheme.parse(no);
        int docMonth = d.published().map(LocalDate::getMonthValue).orElse(1);
        if (parsed.isEmpty()) {
            // the example only when it is shown: formatting one for each of 10,000 valid documents
            // was most of this rule's time
            int docYear = d.year() > 0 ? d.year() : setting.asOf().getYear();
            String example = scheme.format(code.isEmpty() ? "代码" : code, docYear, docMonth, 1);
            out.add(
                    error(
                            d.at("index_no"),
                            "索引号“" + no + "”格式不对：应写成 " + scheme.describe() + "，例如 " + example));
            return;
        }
        IndexNumber m = parsed.get();
        if (!code.isEmpty() && !m.code().equals(code)) {
            out.add(
                    error(
                            d.at("index_no"),
                            "索引号前缀“"
                                    + m.code()
                                    + "”与 site.yaml 的 "
                                    + (code.equals(setting.site().orgCode())
                                            ? "org_code"
                                            : "index_no 的 code")
                                    + "（"
                                    + code
                                    + "）不同：应写作 "
                                    + scheme.format(code, m.year(), m.month(), m.serial())));
        }
        int year = m.year();
        Optional<Integer> published = d.published().map(LocalDate::getYear);
        Optional<Integer> written =
                d.policy().flatMap(Details.Policy::written).map(LocalDate::getYear);
        if (published.isPresent()
                && year != published.get()
                && !written.equals(Optional.of(year))) {
            out.add(
                    error(
                            d.at("index_no"),
                            "索引号年份 "
                                    + year
                                    + " 与发布日期 "
                                    + d.published().get()
                                    + " 的年份不一致：应写作 "
                                    + scheme.format(m.code(), published.get(), docMonth, m.serial())
                                    + "（序号请按当年顺序编排）"));
        }
    }
}
