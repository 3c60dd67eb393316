package org.gongkai.check;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.content.Finding;

/**
 * In a 公示 table, a name column (姓名, 户主, 申请人 …) holds recipients' names, which are published masked
 * (张*明, 李*). A 2–4 character Chinese name with no {@code *} is unmasked.
 */
public final class PiiName extends PublicityColumnRule {

    static final Set<String> NAME_COLUMNS =
            Set.of(
                    "姓名", "户主", "户主姓名", "申请人", "申请人姓名", "户名", "收款人", "领款人", "受助人", "救助对象", "补贴对象",
                    "对象姓名", "家庭成员", "监护人", "持卡人");
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,4}");

    public PiiName() {
        super("pii-name", "公示表格的姓名列（姓名、户主、申请人等）中的姓名必须遮盖，如 张*明、李*");
    }

    @Override
    void check(Column c, List<Finding> out) {
        if (!NAME_COLUMNS.contains(c.name()) && !c.name().endsWith("姓名")) {
            return;
        }
        for (Cell cell : c.cells()) {
            String name = cell.text();
            if (NAME.matcher(name).matches()) {
                out.add(
                        error(
                                cell.where(),
                                "“" + c.header() + "”列中的姓名“" + name + "”未遮盖，请改写为 " + masked(name)));
            }
        }
    }

    /** 张三 → 张*, 张小明 → 张*明, 欧阳小明 → 欧**明. */
    static String masked(String name) {
        if (name.length() == 2) {
            return name.charAt(0) + "*";
        }
        return name.charAt(0) + "*".repeat(name.length() - 2) + name.charAt(name.length() - 1);
    }
}
