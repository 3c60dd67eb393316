package org.gongkai.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildOptions;
import org.gongkai.build.CheckResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.content.Content;
import org.gongkai.content.ContentLoader;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Finding;
import org.gongkai.content.IndexNumber;

/**
 * {@code gongkai import}: one .docx or PDF to one checked content file. Reads the file, recognises
 * its layout, places the result where the content model wants it, writes it, and runs the same
 * checks as {@code gongkai check} so the editor sees at once what is still wrong with the new file.
 */
public final class DocumentImport {

    /**
     * @param source the .docx or PDF
     * @param type the document type (folder) to import into
     * @param content the content folder
     * @param asOf "today": the default 发布日期 and the year of the next 索引号
     * @param overwrite replace a file of the same name instead of refusing
     */
    public record Request(
            Path source, DocumentType type, Path content, LocalDate asOf, boolean overwrite) {}

    /**
     * @param file the written file
     * @param relative its path under content/, as findings name it
     * @param summary what the editor is told: the fields filled, what to fill in, what was repaired
     * @param findings the checks' findings for the new file only
     */
    public record Result(
            Path file,
            String relative,
            OfficialDocument document,
            ImportSummary summary,
            List<Finding> findings) {

        public Result {
            findings = List.copyOf(findings);
        }

        public boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }

    private DocumentImport() {}

    /** What the document says, without writing anything (for tests and a dry run). */
    public static OfficialDocument recognise(Path source) throws UnreadableDocument {
        return LayoutRecognizer.recognise(SourceReader.read(source));
    }

    /**
     * The check after the import, through the one options → BuildConfig mapping: the themes {@code
     * gongkai check} would read, and no progress lines (they are not the import's to print).
     */
    static BuildConfig checkConfig(Request request, Optional<Path> themes) {
        return new BuildOptions(
                        request.content(),
                        request.content().resolveSibling("site"),
                        Optional.of(request.asOf()),
                        themes,
                        true)
                .config(line -> {});
    }

    /** As {@link #run(Request, Optional)} with the site's own themes/, beside its content/. */
    public static Result run(Request request) throws UnreadableDocument, IOException {
        return run(request, Optional.empty());
    }

    /**
     * Imports as {@code request} says, then checks the column as {@code gongkai check} would with
     * {@code themes} (the command's {@code --themes}).
     */
    public static Result run(Request request, Optional<Path> themes)
            throws UnreadableDocument, IOException {
        SourceText text = SourceReader.read(request.source());
        OfficialDocument recognisedDoc = LayoutRecognizer.recognise(text);
        Content existing = new ContentLoader().load(request.content());
        DocumentType type =
                request.type() != null
                        ? request.type()
                        : recognisedDoc
                                        .title()
                                        .filter(t -> ReportTables.TITLE.matcher(t.value()).find())
                                        .isPresent()
                                ? DocumentType.REPORT
                                : DocumentType.POLICY;

        int year;
        String slug;
        boolean named;
        Optional<ReportTables.Figures> figures = Optional.empty();
        OfficialDocument doc = recognisedDoc;
        if (type == DocumentType.REPORT) {
            Optional<Integer> reportYear = doc.title().flatMap(t -> ReportTables.year(t.value()));
            year =
                    reportYear.orElse(
                            doc.written().map(w -> w.value()).orElse(request.asOf()).getYear() - 1);
            slug = String.valueOf(year);
            named = true; // one report a year: a second import of the year's report is the same
            // document
            figures = Optional.of(ReportTables.read(doc.body()));
            doc = ReportImport.asReport(doc, reportYear);
        } else {
            year = doc.written().map(w -> w.value().getYear()).orElse(request.asOf().getYear());
            // a number kept as written (not a GB/T 9704 文号) names no file: the date does
            Optional<String> numberSlug =
                    doc.docNumber().flatMap(d -> FileSlug.fromDocNumber(d.value(), existing));
            slug =
                    numberSlug.orElseGet(
                            () ->
                                    FileSlug.fromDate(
                                            recognisedDoc
                                                    .written()
                                                    .map(Recognised::value)
                                                    .orElse(request.asOf())));
            named = numberSlug.isPresent();
        }
        ReportImport.Publication publication =
                ReportImport.publication(doc, type, year, request.asOf());
        LocalDate published = publication.date();
        Path folder =
                type.dated()
                        ? request.content().resolve(type.folder()).resolve(String.valueOf(year))
                        : request.content().resolve(type.folder());
        Path file = ImportPlace.file(folder, slug, named, existing, request);
        folder = file.getParent();
        boolean keptIndex = Files.isRegularFile(file) && IndexNumber.written(file).isPresent();
        Optional<String> indexNo =
                ImportPlace.indexNumber(request.content(), existing, file, published);
        String relative = ImportPlace.relative(request.content(), file);

        Files.createDirectories(folder);
        List<String> pictureFiles = ImportedPictures.write(doc, file);
        MarkdownWriter.Defaults defaults =
                new MarkdownWriter.Defaults(
                        type,
                        published,
                        indexNo.orElse(null),
                        request.source().getFileName().toString(),
                        pictureFiles,
                        year,
                        figures,
                        publication.note());
        Files.writeString(
                file,
                MarkdownWriter.write(doc, defaults),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);

        CheckResult checked = SiteBuilder.check(checkConfig(request, themes));
        List<Finding> own =
                new ArrayList<>(
                        checked.findings().stream()
                                .filter(f -> f.where().file().equals(relative))
                                .toList());
        own.addAll(ImportedPictures.findings(doc, file, relative));
        List<String> toFill = new ArrayList<>(ImportSummary.toFill(doc, indexNo, type));
        figures.ifPresent(
                f -> {
                    toFill.addAll(f.notes());
                    toFill.add(
                            "年度报告的表格：从原件读出 "
                                    + f.found()
                                    + " 项数字（applications "
                                    + f.applications().size()
                                    + " 行）写入 front matter，请逐项与原件核对；没有读出的标有“请填写”");
                });
        toFill.addAll(ImportedPictures.toFill(doc, pictureFiles));
        return new Result(
                file,
                relative,
                doc,
                new ImportSummary(
                        ImportSummary.recognised(doc, publication, indexNo, keptIndex, year, type),
                        toFill,
                        ImportSummary.repairs(doc)),
                own);
    }
}
