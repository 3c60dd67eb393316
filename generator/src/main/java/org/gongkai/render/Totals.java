package org.gongkai.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 合计 row of a publicity table: the sum of every column whose cells are all numbers, except
 * columns that merely number or identify rows (序号, 编号, 证号, 电话 …).
 */
final class Totals {

    private Totals() {}

    private static final List<String> NOT_SUMMED =
            List.of("序号", "编号", "证", "号码", "电话", "卡号", "账号", "年份", "年度", "组");

    static List<String> of(List<String> header, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> totals = new ArrayList<>();
        boolean any = false;
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c);
            BigDecimal sum = BigDecimal.ZERO;
            boolean numeric = NOT_SUMMED.stream().noneMatch(h::contains);
            for (List<String> row : rows) {
                if (!numeric) {
                    break;
                }
                String cell = c < row.size() ? row.get(c).replace(",", "").strip() : "";
                if (cell.isEmpty()) {
                    continue;
                }
                try {
                    sum = sum.add(new BigDecimal(cell));
                } catch (NumberFormatException e) {
                    numeric = false;
                }
            }
            if (numeric && c > 0) {
                totals.add(sum.stripTrailingZeros().toPlainString());
                any = true;
            } else {
                totals.add("");
            }
        }
        if (!any) {
            return List.of();
        }
        totals.set(0, "合计");
        return totals;
    }
}
