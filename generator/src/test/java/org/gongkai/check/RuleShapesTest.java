package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;
import org.gongkai.site.SiteModel;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/**
 * The shapes a rule extends hand it only what it names: the documents of one type, each column of a
 * 公示's table with its cells where the CSV has them.
 */
class RuleShapesTest {

    private static final String PUBLICITY =
            """
            ---
            title: 2025年高龄津贴发放公示
            published: 2025-03-05
            village: 南岭村
            period_end: 2025-03-12
            data: p.csv
            ---

            现将有关事项公示如下。
            """;

    private static SiteModel model() {
        return ContentTree.create()
                .policy("numbers", "2025-01-02", "", "正文。")
                .file("publicity/2025/p.md", PUBLICITY)
                // the third row is short: the loader reports table-shape and keeps the row
                .file("publicity/2025/p.csv", "户主姓名,住址\n张小明,西河村15号\n李四\n")
                .check()
                .model();
    }

    /** Records the policies it is handed. */
    private static final class SeenPolicies extends DetailsRule<Details.Policy> {
        final List<String> seen = new ArrayList<>();

        SeenPolicies() {
            super("seen-policies", "", Details.Policy.class);
        }

        @Override
        void check(Document d, Details.Policy policy, Setting setting, List<Finding> out) {
            seen.add(d.id());
        }
    }

    @Test
    void aDetailsRuleIsHandedOnlyTheDocumentsOfItsType() {
        SiteModel model = model();
        assertEquals(2, model.documents().size(), "a policy and a 公示");
        SeenPolicies rule = new SeenPolicies();
        new Checker(List.of(rule)).run(model);
        assertEquals(List.of("numbers"), rule.seen);
    }

    /** Records every column's header and cells. */
    private static final class SeenCells extends PublicityColumnRule {
        final List<String> seen = new ArrayList<>();

        SeenCells() {
            super("seen-cells", "");
        }

        @Override
        void check(Column c, List<Finding> out) {
            seen.add(c.header() + "@" + place(c.headerAt()));
            for (Cell cell : c.cells()) {
                seen.add(cell.text() + "@" + place(cell.where()));
            }
        }

        private static String place(SourceRef where) {
            return where.file() + ":" + where.line() + ":" + where.column();
        }
    }

    @Test
    void aColumnsCellsStandWhereTheCsvHasThemAndAShortRowHasNone() {
        SeenCells rule = new SeenCells();
        new Checker(List.of(rule)).run(model());
        assertEquals(
                List.of(
                        "户主姓名@publicity/2025/p.csv:1:1",
                        "张小明@publicity/2025/p.csv:2:1",
                        "李四@publicity/2025/p.csv:3:1",
                        "住址@publicity/2025/p.csv:1:6",
                        "西河村15号@publicity/2025/p.csv:2:5"),
                rule.seen);
    }
}
