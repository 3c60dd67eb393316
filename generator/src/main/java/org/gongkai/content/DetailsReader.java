package org.gongkai.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Reads the keys of one document type into its {@link Details}. */
final class DetailsReader {

    private DetailsReader() {}

    /**
     * The part of the front matter only {@code type} has, typed; {@code dir} is the document's
     * folder and {@code published} its date as already read (a report's year defaults from it).
     */
    static Details read(
            DocumentType type,
            FrontMatter fm,
            Optional<LocalDate> published,
            ContentPath paths,
            Path dir,
            List<Attachment> attachments,
            List<Finding> findings) {
        return switch (type) {
            case POLICY ->
                    Details.Policy.of(
                            fm.string("doc_number"),
                            fm.date("written"),
                            published,
                            fm.bool("normative"),
                            fm.date("valid_from"),
                            fm.date("valid_until"),
                            Stated.read(
                                    fm.string("validity"),
                                    Validity::parse,
                                    t -> Validity.invalid(t, fm.at("validity"))),
                            fm.strings("amends"),
                            fm.strings("repeals"));
            case INTERPRETATION ->
                    new Details.Interpretation(
                            fm.string("interprets"),
                            stated(
                                    fm,
                                    "form",
                                    InterpretationForm::parse,
                                    InterpretationForm::invalid),
                            fm.string("author"));
            case DECISION ->
                    new Details.Decision(
                            fm.integer("year"),
                            fm.string("catalog_no"),
                            fm.string("lead_unit"),
                            Stated.read(
                                    fm.string("status"),
                                    DecisionStatus::parse,
                                    t -> DecisionStatus.invalid(t, fm.at("status"))),
                            fm.stringMap("stages"));
            case CONSULTATION ->
                    new Details.Consultation(
                            fm.date("opens"),
                            fm.date("closes"),
                            fm.stringMap("channels"),
                            fm.nested("feedback").map(FeedbackReader::read));
            case PUBLICITY -> publicity(fm, paths, dir, findings);
            case REPORT -> {
                Map<String, Object> written = new LinkedHashMap<>();
                for (String k : DocumentReader.TYPE_KEYS.get(DocumentType.REPORT)) {
                    if (!k.equals("year") && fm.has(k)) {
                        written.put(k, fm.raw(k));
                    }
                }
                Optional<Integer> year = fm.integer("year");
                // the 报告年度 when not written: the year before publication (reports come out in
                // January)
                int reportYear =
                        year.orElseGet(() -> published.map(LocalDate::getYear).orElse(0) - 1);
                ReportFigures.Reading figures =
                        ReportFigures.read(
                                written, fm.pathRefs(written.keySet()), fm::at, reportYear);
                yield new Details.Report(year, figures.figures(), figures.problems());
            }
            case NOTICE -> new Details.Notice(oneOf(fm, "kind", "notice-kind", NoticeKind.class));
            case PAGE -> new Details.Page(fm.date("reviewed"));
            case BUDGET -> BudgetReader.read(fm, attachments, paths, dir, findings);
        };
    }

    /**
     * A label of a fixed list read at {@code key}, with the loader's finding for one naming none
     * added to the front matter's findings (these are loader rules, reported without a rule class).
     */
    static <T> Optional<Stated<T>> stated(
            FrontMatter fm,
            String key,
            Function<String, Optional<T>> parse,
            BiFunction<String, SourceRef, Finding> invalid) {
        Optional<Stated<T>> stated =
                Stated.read(fm.string(key), parse, t -> invalid.apply(t, fm.at(key)));
        stated.flatMap(Stated::problem).ifPresent(fm.findings()::add);
        return stated;
    }

    /**
     * A label at {@code key} naming one of {@code type}'s constants; else {@code rule}'s error
     * “kind“…”无效：只能是 A 或 B”.
     */
    static <E extends Enum<E> & Labelled> Optional<Stated<E>> oneOf(
            FrontMatter fm, String key, String rule, Class<E> type) {
        List<String> labels = Labelled.labels(type);
        return stated(
                fm,
                key,
                t -> Labelled.byLabel(type, t),
                (t, at) ->
                        Finding.error(
                                rule,
                                at,
                                key + "“" + t.strip() + "”无效：只能是 " + String.join(" 或 ", labels)));
    }

    private static final class FeedbackReader {
        static Details.Feedback read(FrontMatter f) {
            f.warnUnknownKeys(
                    Set.of("received", "adopted", "summary", "not_adopted_reasons"), "feedback ");
            return new Details.Feedback(
                    f.integer("received"),
                    f.integer("adopted"),
                    f.string("summary"),
                    f.strings("not_adopted_reasons"));
        }
    }

    private static Details.Publicity publicity(
            FrontMatter fm, ContentPath paths, Path dir, List<Finding> findings) {
        Optional<String> data = fm.string("data");
        Optional<Table> table = Optional.empty();
        Optional<String> dataPath = Optional.empty();
        if (data.isPresent()) {
            LinkTarget target = paths.file(dir, data.get());
            Optional<Finding> wrongType =
                    target instanceof LinkTarget.File f
                            ? MediaType.Use.DATA.refusal(f.path(), data.get(), fm.at("data"))
                            : Optional.empty();
            if (target instanceof LinkTarget.Refused refused) {
                fm.error(refused.rule(), fm.at("data"), "数据文件" + refused.reason());
            } else if (!((LinkTarget.File) target).exists()) {
                fm.error("data-missing", fm.at("data"), "找不到数据文件“" + data.get() + "”（应放在本文件旁边）");
            } else {
                // a file that may not be copied is still read as a table: its cells on the page are
                // escaped like any value; only the download is refused (and the build with it)
                wrongType.ifPresent(w -> fm.error(w.ruleId(), fm.at("data"), w.message()));
                LinkTarget.File r = (LinkTarget.File) target;
                dataPath = Optional.of(r.relative());
                table = CsvTables.read(r.path(), dataPath.get(), findings);
            }
        }
        DocumentReader.folderName(fm, "village", "村名", "villages/", "村（社区）的正式名称，如 东关村");
        return new Details.Publicity(fm.string("village"), fm.date("period_end"), dataPath, table);
    }
}
