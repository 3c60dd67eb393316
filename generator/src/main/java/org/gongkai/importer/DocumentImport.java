package org.gongkai.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.CheckResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.check.YearlyDeadlines;
import org.gongkai.content.Content;
import org.gongkai.content.ContentLoader;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Finding;
import org.gongkai.content.IndexNumber;
import org.gongkai.content.IndexScheme;

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
     * @param recognised each filled field: name, value, where it came from
     * @param toFill what the editor must still fill in or confirm
     * @param repairs what was changed in the body and what was left out
     * @param findings the checks' findings for the new file only
     */
    public record Result(
            Path file,
            String relative,
            OfficialDocument document,
            List<String> recognised,
            List<String> toFill,
            List<String> repairs,
            List<Finding> findings) {

        public Result {
            recognised = List.copyOf(recognised);
            toFill = List.copyOf(toFill);
            repairs = List.copyOf(repairs);
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

    public static Result run(Request request) throws UnreadableDocument, IOException {
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
            doc = asReport(doc, reportYear);
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
        Publication publication = publication(doc, type, year, request.asOf());
        LocalDate published = publication.date();
        Path folder =
                type.dated()
                        ? request.content().resolve(type.folder()).resolve(String.valueOf(year))
                        : request.content().resolve(type.folder());
        Path file = place(folder, slug, named, existing, request);
        folder = file.getParent();
        boolean keptIndex = Files.isRegularFile(file) && IndexNumber.written(file).isPresent();
        Optional<String> indexNo = indexNumber(request, existing, file, published);
        String relative =
                request.content()
                        .toAbsolutePath()
                        .normalize()
                        .relativize(file.toAbsolutePath().normalize())
                        .toString()
                        .replace('\\', '/');

        Files.createDirectories(folder);
        List<String> pictureFiles = writePictures(doc, file);
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

        CheckResult checked =
                SiteBuilder.check(
                        BuildConfig.of(
                                request.content(),
                                request.content().resolveSibling("site"),
                                request.asOf()));
        List<Finding> own =
                new ArrayList<>(
                        checked.findings().stream()
                                .filter(f -> f.where().file().equals(relative))
                                .toList());
        own.addAll(pictureFindings(doc, file, relative));
        List<String> toFill = new ArrayList<>(toFill(doc, indexNo, type));
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
        for (int n = 1; n <= pictureFiles.size(); n++) {
            toFill.add(
                    "图"
                            + n
                            + "（原在"
                            + doc.pictures().get(n - 1).origin()
                            + "）已存为 "
                            + pictureFiles.get(n - 1)
                            + "：请把“"
                            + MarkdownWriter.altPlaceholder(n)
                            + "”改为图片内容的说明（替代文字）");
        }
        return new Result(
                file,
                relative,
                doc,
                recognised(doc, publication, indexNo, keptIndex, year, type),
                toFill,
                repairs(doc),
                own);
    }

    /**
     * The file for the slug. A 文号 names one document: a file already there is the same document
     * imported before, and is only replaced when asked. Date-named files take the next free suffix.
     */
    private static Path place(
            Path folder, String slug, boolean fromDocNumber, Content existing, Request request)
            throws IOException {
        for (int n = 1; ; n++) {
            String name = n == 1 ? slug : slug + "-" + n;
            Path file = folder.resolve(name + ".md");
            // the same id anywhere in the site (another year's folder) is the same document too
            Optional<Path> other =
                    existing.documents().stream()
                            .filter(
                                    d ->
                                            d.id().equals(name)
                                                    && !sameFile(d, request.content(), file))
                            .map(d -> request.content().resolve(d.source().file()))
                            .findFirst();
            Path taken = Files.exists(file) ? file : other.orElse(null);
            if (taken == null) {
                return file;
            }
            if (request.overwrite() && fromDocNumber) {
                return taken; // replaced where it is, so links and the 索引号 stay
            }
            if (fromDocNumber) {
                throw new FileAlreadyExistsException(
                        relative(request.content(), taken),
                        null,
                        (folder.getFileName().toString().equals(DocumentType.REPORT.folder())
                                        ? "这一年的年度报告已经有了"
                                        : "这个文号的文件已经导入过")
                                + "；要用新导入的内容替换它，请加 --force");
            }
        }
    }

    /**
     * An annual report: its issuer is the organ its title names when no signature says otherwise;
     * the tables of sections 二 to 四 are in the front matter now (the report page draws them from
     * there), so the body keeps the narrative only.
     */
    private static OfficialDocument asReport(OfficialDocument doc, Optional<Integer> year) {
        List<String> doubts = new ArrayList<>();
        if (year.isEmpty()) {
            doubts.add("标题中没有“××××年政府信息公开工作年度报告”的年份；已按上一年填写 year，请核对");
        }
        if (doc.issuer().isEmpty() && doc.title().isPresent()) {
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("^(.{2,30}?)(?:19|20)[0-9]{2}\\s*年")
                            .matcher(doc.title().get().value());
            if (m.find() && m.group(1).matches(".*(政府|委员会|办公室|局|街道办事处|管委会)$")) {
                doc =
                        doc.withIssuer(
                                Optional.of(
                                        new Recognised<>(
                                                m.group(1), doc.title().get().origin(), "取自标题")),
                                List.of());
            }
        }
        List<OfficialDocument.BodyBlock> body = new ArrayList<>();
        List<String> repairs = new ArrayList<>();
        boolean tables = false;
        int moved = 0;
        for (OfficialDocument.BodyBlock b : doc.body()) {
            if (b instanceof OfficialDocument.BodyBlock.Heading h && h.level() == 2) {
                String t = ChineseText.withoutMarks(h.text());
                tables = t.startsWith("二、") || t.startsWith("三、") || t.startsWith("四、");
            }
            boolean tableText =
                    b instanceof OfficialDocument.BodyBlock.Table
                            || (b instanceof OfficialDocument.BodyBlock.Paragraph p
                                    && p.tableLine());
            if (tables && tableText) {
                moved++;
                continue;
            }
            body.add(b);
        }
        if (moved > 0) {
            repairs.add(
                    "第二、三、四部分的表格（"
                            + moved
                            + " 块）已读入 front matter 的 applications、reviews 等数字，"
                            + "网页按国家模板画出表格");
        }
        return doc.withIssuer(doc.issuer(), doubts).withBody(body, repairs);
    }

    /** Each picture beside the document as {@code <name>-图N.png}; their file names, in order. */
    private static List<String> writePictures(OfficialDocument doc, Path file) throws IOException {
        String stem = file.getFileName().toString().replaceFirst("\\.md$", "");
        List<String> names = new ArrayList<>();
        for (int n = 1; n <= doc.pictures().size(); n++) {
            Picture p = doc.pictures().get(n - 1);
            String name = stem + "-图" + n + "." + p.extension();
            Files.write(file.resolveSibling(name), p.data());
            names.add(name);
        }
        return names;
    }

    /** A warning at each picture's line: its alt text is still the placeholder the import wrote. */
    private static List<Finding> pictureFindings(OfficialDocument doc, Path file, String relative)
            throws IOException {
        List<Finding> out = new ArrayList<>();
        if (doc.pictures().isEmpty()) {
            return out;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 1; n <= doc.pictures().size(); n++) {
            String alt = "![" + MarkdownWriter.altPlaceholder(n) + "]";
            for (int l = 0; l < lines.size(); l++) {
                int col = lines.get(l).indexOf(alt);
                if (col >= 0) {
                    out.add(
                            Finding.warning(
                                    "image-alt-missing",
                                    new org.gongkai.content.SourceRef(relative, l + 1, col + 1),
                                    "图"
                                            + n
                                            + "是从原件（"
                                            + doc.pictures().get(n - 1).origin()
                                            + "）导入的图片，还没有替代文字："
                                            + "请把“"
                                            + MarkdownWriter.altPlaceholder(n)
                                            + "”改为图片内容的说明，供读屏软件朗读"));
                    break;
                }
            }
        }
        return out;
    }

    private static String relative(Path content, Path file) {
        return content.toAbsolutePath()
                .normalize()
                .relativize(file.toAbsolutePath().normalize())
                .toString()
                .replace('\\', '/');
    }

    /**
     * The replaced file's own 索引号 when --force replaces one (a re-import is the same document, and
     * its number may already be printed in the catalogue); else the year's next free number.
     */
    private static Optional<String> indexNumber(
            Request request, Content existing, Path file, LocalDate published) throws IOException {
        IndexScheme scheme = existing.site().indexScheme();
        if (scheme.code() == null || scheme.code().isBlank()) {
            return Optional.empty();
        }
        if (Files.isRegularFile(file)) {
            Optional<String> kept = IndexNumber.written(file);
            if (kept.isPresent()) {
                return kept;
            }
        }
        return Optional.of(IndexNumber.next(request.content(), scheme, published).in(scheme));
    }

    private static boolean sameFile(Document d, Path content, Path file) {
        return content.resolve(d.source().file())
                .toAbsolutePath()
                .normalize()
                .equals(file.toAbsolutePath().normalize());
    }

    /** The 发布日期 the import writes, and what the comment above it tells the editor. */
    record Publication(LocalDate date, String note) {}

    /**
     * An annual report was published when it is dated (its 落款 date), not on the day an office
     * imports its back catalogue: the import day made every old report {@code report-late}. A
     * report without a printed date gets 条例 第五十条's deadline when the import day is past it;
     * anything else, the import day.
     */
    static Publication publication(
            OfficialDocument doc, DocumentType type, int year, LocalDate asOf) {
        if (type != DocumentType.REPORT) {
            return new Publication(asOf, MarkdownWriter.Defaults.IMPORT_DAY);
        }
        Optional<LocalDate> printed =
                doc.written().map(Recognised::value).filter(w -> !w.isAfter(asOf));
        if (printed.isPresent()) {
            return new Publication(
                    printed.get(),
                    "取自报告的落款日期（" + doc.written().get().origin() + "），请核对是否就是在专栏发布的日期");
        }
        LocalDate due = YearlyDeadlines.reportDue(year);
        return asOf.isAfter(due)
                ? new Publication(due, "原件没有落款日期，暂按条例第五十条的公布期限填写，请改为在专栏实际发布的日期")
                : new Publication(asOf, MarkdownWriter.Defaults.IMPORT_DAY);
    }

    private static List<String> recognised(
            OfficialDocument doc,
            Publication publication,
            Optional<String> indexNo,
            boolean keptIndex,
            int year,
            DocumentType type) {
        LocalDate published = publication.date();
        List<String> out = new ArrayList<>();
        doc.organMark().ifPresent(r -> out.add(line("发文机关标志", r.value() + "文件", r)));
        doc.docNumber()
                .ifPresent(
                        r ->
                                out.add(
                                        line("文号 doc_number", r.value(), r)
                                                + (type == DocumentType.POLICY
                                                        ? ""
                                                        : "（"
                                                                + type.label()
                                                                + "没有 doc_number，未写入）")));
        doc.title().ifPresent(r -> out.add(line("标题 title", r.value(), r)));
        doc.recipients().ifPresent(r -> out.add(line("主送机关", r.value(), r)));
        doc.issuer().ifPresent(r -> out.add(line("发文机关 issuer", r.value(), r)));
        doc.written()
                .ifPresent(
                        r ->
                                out.add(
                                        line("成文日期 written", r.value().toString(), r)
                                                + (type == DocumentType.POLICY
                                                        ? ""
                                                        : "（" + type.label() + "没有 written，未写入）")));
        doc.disclosure().ifPresent(r -> out.add(line("公开属性 disclosure", r.value().label(), r)));
        for (Recognised<String> a : doc.attachments()) {
            out.add(line("附件 attachments", a.value(), a));
        }
        out.add("发布日期 published：" + published + " ← " + publication.note());
        indexNo.ifPresent(
                i ->
                        out.add(
                                "索引号 index_no："
                                        + i
                                        + (keptIndex
                                                ? " ← 沿用被替换文件的索引号"
                                                : " ← 默认：" + published.getYear() + " 年下一个未用的号")));
        if (type == DocumentType.REPORT) {
            out.add(
                    "存放位置：reports/"
                            + year
                            + ".md ← "
                            + (doc.title().flatMap(t -> ReportTables.year(t.value())).isPresent()
                                    ? "标题中的报告年度"
                                    : "标题中没有年份，按发布日期的上一年"));
            return out;
        }
        out.add(
                "存放位置："
                        + (type.dated() ? type.folder() + "/" + year + "/" : type.folder() + "/")
                        + " ← "
                        + (doc.written().isPresent() ? "成文日期的年份" : "发布日期的年份")
                        + "；文件名"
                        + (doc.docNumber().flatMap(d -> DocNumberLine.parse(d.value())).isPresent()
                                ? "取自文号"
                                : "取自日期"));
        return out;
    }

    private static String line(String label, String value, Recognised<?> r) {
        return label
                + "："
                + value
                + " ← "
                + r.origin()
                + (r.remark().isEmpty() ? "" : "（" + r.remark() + "）");
    }

    private static List<String> toFill(
            OfficialDocument doc, Optional<String> indexNo, DocumentType type) {
        List<String> out =
                new ArrayList<>(
                        doc.doubts().stream()
                                .filter(
                                        d ->
                                                type == DocumentType.POLICY
                                                        || (!d.contains("doc_number")
                                                                && !d.contains("written")))
                                .toList());
        out.add("topics（主题分类）：按 taxonomies.yaml 填写");
        if (type == DocumentType.POLICY) {
            out.add("normative（是否行政规范性文件）：填 true 或 false");
        }
        doc.disclosure()
                .filter(d -> !d.value().isPublic())
                .ifPresent(
                        d ->
                                out.add(
                                        "review_by（属性复审日期）"
                                                + (d.value()
                                                                == org.gongkai.content
                                                                        .DisclosureAttribute
                                                                        .WITHHELD
                                                        ? "和 withheld_basis（不予公开依据）"
                                                        : "")
                                                + "："
                                                + d.value().label()
                                                + "的文件必须填写"));
        if (indexNo.isEmpty()) {
            out.add("index_no（索引号）：site.yaml 没有 org_code，无法自动编号");
        }
        if (!doc.attachments().isEmpty()) {
            out.add("attachments：把 " + doc.attachments().size() + " 个附件文件放在新文件旁边，并在 file 写文件名");
        }
        return out;
    }

    private static List<String> repairs(OfficialDocument doc) {
        List<String> out = new ArrayList<>(doc.repairs());
        for (String d : doc.dropped()) {
            out.add("已去掉：" + d);
        }
        return out;
    }
}
