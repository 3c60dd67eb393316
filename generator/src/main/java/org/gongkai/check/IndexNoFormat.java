package org.gongkai.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * 索引号 as {@code ORGCODE/YEAR-NNNNN}: the site's 统一社会信用代码, the document's year, a five-digit serial.
 * The year is the publication year, or for policies the 成文 year (a December document published in
 * January keeps its number).
 */
public final class IndexNoFormat extends DocumentRule {

    private static final Pattern FORM = Pattern.compile("([0-9A-Z]{18})/(\\d{4})-(\\d{5})");

    @Override
    public String id() {
        return "index-no-format";
    }

    @Override
    public String description() {
        return "索引号应为“统一社会信用代码/年份-五位序号”，代码与 site.yaml 的 org_code 相同，年份与文件年份一致";
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        String org = setting.site().orgCode();
        if (d.indexNo().isEmpty()) {
            return;
        }
        String no = d.indexNo().get().strip();
        Matcher m = FORM.matcher(no);
        String example = (org.isEmpty() ? "统一社会信用代码" : org) + "/" + (d.year() > 0 ? d.year() : "YYYY")
                + "-00001";
        if (!m.matches()) {
            out.add(Finding.error(id(), d.at("index_no"), "索引号“" + no + "”格式不对：应写成 代码/年份-五位序号，例如 "
                    + example));
            return;
        }
        if (!org.isEmpty() && !m.group(1).equals(org)) {
            out.add(Finding.error(id(), d.at("index_no"), "索引号前缀“" + m.group(1) + "”与 site.yaml 的 org_code（"
                    + org + "）不同：应写作 " + org + "/" + m.group(2) + "-" + m.group(3)));
        }
        int year = Integer.parseInt(m.group(2));
        Optional<Integer> published = d.published().map(LocalDate::getYear);
        Optional<Integer> written = d.policy().flatMap(Details.Policy::written).map(LocalDate::getYear);
        if (published.isPresent() && year != published.get() && !written.equals(Optional.of(year))) {
            out.add(Finding.error(id(), d.at("index_no"), "索引号年份 " + year + " 与发布日期 " + d.published().get()
                    + " 的年份不一致：应写作 " + m.group(1) + "/" + published.get() + "-" + m.group(3)
                    + "（序号请按当年顺序编排）"));
        }
    }
}
