package org.gongkai.check;

import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;
import org.gongkai.content.Table;

/**
 * A 公示 locates recipients by 村 and 村民小组 at most; a house number (门牌号, 15号, 3栋2单元) lets anyone find
 * a low-income or elderly household's door (个人信息保护法 第二十八条 treats such data with care; 民政 practice
 * publishes to 村组).
 */
public final class PiiAddress extends DocumentRule {

    private static final Pattern ADDRESS_COLUMN = Pattern.compile(".*(住址|地址|住所|居住地|门牌|户籍地).*");
    private static final Pattern PRECISE =
            Pattern.compile("门牌|[0-9０-９一二三四五六七八九十百零〇]+\\s*(号|栋|幢|单元|室|楼|排|巷)");

    public PiiAddress() {
        super("pii-address", "公示表格中的地址只能写到村、村民小组，不得公开门牌号等详细住址");
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        for (PublicityColumns.Column c : PublicityColumns.columns(d)) {
            if (!ADDRESS_COLUMN.matcher(PublicityColumns.name(c.header())).matches()) {
                continue;
            }
            Table t = c.table();
            int i = c.index();
            for (Table.Row row : t.rows()) {
                if (i < row.cells().size() && PRECISE.matcher(row.cells().get(i)).find()) {
                    out.add(
                            error(
                                    new SourceRef(
                                            t.file(),
                                            row.line(),
                                            PublicityColumns.column(row.cells(), i)),
                                    "“"
                                            + t.header().get(i)
                                            + "”列的“"
                                            + row.cells().get(i)
                                            + "”精确到门牌：公示只写到村、村民小组，如“西河村第一村民小组”"));
                }
            }
        }
    }
}
