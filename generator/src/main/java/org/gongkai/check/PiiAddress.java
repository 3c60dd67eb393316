package org.gongkai.check;

import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.content.Finding;

/**
 * A 公示 locates recipients by 村 and 村民小组 at most; a house number (门牌号, 15号, 3栋2单元) lets anyone find
 * a low-income or elderly household's door (个人信息保护法 第二十八条 treats such data with care; 民政 practice
 * publishes to 村组).
 */
public final class PiiAddress extends PublicityColumnRule {

    /** Words of a header that name an address. */
    static final List<String> ADDRESS = List.of("住址", "地址", "住所", "居住地", "门牌", "户籍地");

    private static final Pattern PRECISE =
            Pattern.compile("门牌|[0-9０-９一二三四五六七八九十百零〇]+\\s*(号|栋|幢|单元|室|楼|排|巷)");

    public PiiAddress() {
        super("pii-address", "公示表格中的地址只能写到村、村民小组，不得公开门牌号等详细住址");
    }

    @Override
    void check(Column c, List<Finding> out) {
        if (ADDRESS.stream().noneMatch(c.name()::contains)) {
            return;
        }
        for (Cell cell : c.cells()) {
            if (PRECISE.matcher(cell.text()).find()) {
                out.add(
                        error(
                                cell.where(),
                                "“"
                                        + c.header()
                                        + "”列的“"
                                        + cell.text()
                                        + "”精确到门牌：公示只写到村、村民小组，如“西河村第一村民小组”"));
            }
        }
    }
}
