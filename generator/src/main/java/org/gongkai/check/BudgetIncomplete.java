package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.Table;

/**
 * What a 预决算 must show besides its figures: its kind, year and approval date, the 三公经费 item by
 * item, and for a table with no rows the reason it is empty (an empty table without a word reads as
 * withheld).
 */
public final class BudgetIncomplete extends DetailsRule<Details.Budget> {

    public BudgetIncomplete() {
        super(
                "budget-incomplete",
                "财政预决算缺少 kind（预算/决算）、year、approved（批复日期），“三公”经费没有分项列出，或空表没有说明",
                Details.Budget.class);
    }

    @Override
    void check(Document d, Details.Budget b, Setting setting, List<Finding> out) {
        if (b.kind().isEmpty() || b.year().isEmpty() || b.approved().isEmpty()) {
            out.add(
                    warning(
                            d.source().atLine(2),
                            "预决算要写 kind（预算 或 决算）、year（年度）和 approved（批复日期，公开时限从这天算）"));
        }
        List<String> missing =
                Details.Budget.THREE_PUBLIC.stream()
                        .filter(i -> !b.threePublic().containsKey(i))
                        .toList();
        if (!missing.isEmpty()) {
            out.add(
                    warning(
                            d.at("three_public"),
                            "“三公”经费要分项列出，缺少：" + String.join("、", missing) + "（没有的写 0）"));
        }
        for (Table t : b.tables()) {
            String file = t.file().substring(t.file().lastIndexOf('/') + 1);
            if (t.rows().isEmpty() && !b.emptyNotes().containsKey(file)) {
                out.add(
                        warning(
                                d.at("attachments"),
                                "表格“"
                                        + file
                                        + "”没有数据：空表要说明原因，写 empty: {"
                                        + file
                                        + ": 本镇没有……，本表为空表}"));
            }
        }
    }
}
