package org.gongkai.content;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the CSV tables content names (公示 data) and warns about cells a spreadsheet would run. */
final class CsvTables {

    private CsvTables() {}

    private static final SizeLimit LIMIT =
            new SizeLimit("table-too-large", ContentLoader.MAX_CSV_BYTES, 1024 * 1024, "MB");

    /**
     * The table in {@code file} (publicity data, first row the header), or empty with the findings
     * that say why: too large, not UTF-8, malformed, empty. Formula cells are warned about either
     * way.
     */
    static Optional<Table> read(Path file, String rel, List<Finding> findings) {
        SourceRef top = SourceRef.file(rel);
        try {
            if (!LIMIT.admits(file, top, "数据文件", "；请按村或按月拆分", findings)) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = TextFile.decode(bytes);
            warnFormulas(bytes, rel, findings);
            List<String> header = null;
            List<Table.Row> rows = new ArrayList<>();
            try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
                long lastLine = 0;
                for (CSVRecord rec : parser) {
                    int line = (int) lastLine + 1;
                    lastLine = parser.getCurrentLineNumber();
                    List<String> cells = new ArrayList<>(rec.size());
                    rec.forEach(c -> cells.add(c.strip()));
                    if (header == null) {
                        header = cells;
                        continue;
                    }
                    if (cells.size() == 1 && cells.get(0).isEmpty()) {
                        continue;
                    }
                    if (rows.size() >= ContentLoader.MAX_CSV_ROWS) {
                        findings.add(
                                Finding.error(
                                        "table-too-large",
                                        top.atLine(line),
                                        "数据超过 " + ContentLoader.MAX_CSV_ROWS + " 行；请按村或按月拆分成多个公示"));
                        return Optional.empty();
                    }
                    if (cells.size() != header.size()) {
                        findings.add(
                                Finding.error(
                                        "table-shape",
                                        new SourceRef(rel, line, 1),
                                        "这一行有 " + cells.size() + " 列，表头有 " + header.size() + " 列"));
                    }
                    rows.add(new Table.Row(line, cells));
                }
            }
            if (header == null) {
                findings.add(Finding.error("table-empty", top, "数据文件是空的：第一行应是表头"));
                return Optional.empty();
            }
            return Optional.of(new Table(rel, header, rows));
        } catch (TextFile.EncodingProblem e) {
            findings.add(Finding.error("encoding", top, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            findings.add(csvProblem(rel, e));
        }
        return Optional.empty();
    }

    private static final Pattern CSV_LINE = Pattern.compile("(?:startline|line:?)\\s*(\\d[\\d,]*)");

    /**
     * Commons CSV's complaint as an editor can act on it: the line, and what to fix, not a Java
     * class name.
     */
    static Finding csvProblem(String rel, Exception e) {
        String m = String.valueOf(e.getMessage());
        Matcher at = CSV_LINE.matcher(m);
        int line = at.find() ? Integer.parseInt(at.group(1).replace(",", "")) : 1;
        String what =
                m.contains("EOF reached before encapsulated token finished")
                        ? "从这一行开始的带引号（\"）的单元格直到文件末尾都没有结束的引号：请补上引号，或删去多余的引号"
                        : m.contains("Invalid character between encapsulated token and delimiter")
                                ? "这一行有单元格在结束引号（\"）之后还有文字：单元格内的引号要写成两个（\"\"），或用引号把整格括起来"
                                : "数据文件无法解析为 CSV（"
                                        + e.getClass().getSimpleName()
                                        + "）：请用 Excel 或 WPS 另存为“CSV UTF-8”后再试";
        return Finding.error("table-invalid", new SourceRef(rel, line, 1), what);
    }

    /**
     * A warning at each cell a spreadsheet would run ({@link CsvCell}): the site publishes it with
     * a leading {@code '}, and the editor should know the data holds it — a pasted formula, or
     * something planted.
     */
    static void warnFormulas(byte[] csv, String rel, List<Finding> findings) {
        for (CsvCell.Found f : CsvCell.scan(csv)) {
            String shown = f.cell().text().strip();
            if (shown.codePointCount(0, shown.length()) > 30) {
                shown = shown.substring(0, shown.offsetByCodePoints(0, 30)) + "…";
            }
            findings.add(
                    Finding.warning(
                            "csv-formula",
                            new SourceRef(rel, f.line(), f.column()),
                            "单元格“"
                                    + shown
                                    + "”"
                                    + f.cell().reason()
                                    + "。网站发布的 CSV 已在它前面加 ' 作为文字显示；如果不是有意写的，请改正数据"));
        }
    }
}
