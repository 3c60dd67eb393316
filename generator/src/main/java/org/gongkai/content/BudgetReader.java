package org.gongkai.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The front matter of a 财政预决算 document; its tables are its CSV attachments, read as tables. */
final class BudgetReader {

    static final Set<String> KEYS = Set.of("kind", "year", "approved", "three_public", "empty");

    private BudgetReader() {}

    static Details.Budget read(
            FrontMatter fm,
            List<Attachment> attachments,
            ContentPath paths,
            Path dir,
            List<Finding> findings) {
        Optional<Stated<BudgetKind>> kind =
                DetailsReader.oneOf(fm, "kind", "budget-kind", BudgetKind.class);
        List<Table> tables = new ArrayList<>();
        for (Attachment a : attachments) {
            if (!a.exists()
                    || !MediaType.extension(a.file()).equals("csv")
                    || !(paths.file(dir, a.file()) instanceof LinkTarget.File f)) {
                continue;
            }
            // the attachment reader has warned of formulas in this file already: report each
            // problem once
            List<Finding> read = new ArrayList<>();
            CsvTables.read(f.path(), a.path(), read).ifPresent(tables::add);
            read.stream().filter(x -> !findings.contains(x)).forEach(findings::add);
        }
        return new Details.Budget(
                kind,
                fm.integer("year"),
                fm.date("approved"),
                fm.stringMap("three_public"),
                tables,
                fm.stringMap("empty"));
    }
}
