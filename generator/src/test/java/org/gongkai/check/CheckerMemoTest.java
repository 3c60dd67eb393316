package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.gongkai.build.Build;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.CheckResult;
import org.gongkai.build.ColumnFrame;
import org.gongkai.build.KeptInMemory;
import org.gongkai.build.Reuse;
import org.gongkai.build.SiteBuilder;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.site.DocumentIndex;
import org.gongkai.site.SiteModel;
import org.gongkai.testing.Documents;
import org.gongkai.testing.Repo;
import org.gongkai.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve keeps each unchanged document's findings: the result must be what checking everything again
 * gives.
 */
class CheckerMemoTest {

    private static final String NOTICE = "notices/2026/tzgg-2026-01.md";

    /** A rule that counts the documents it was asked about. */
    private static final class Counting extends DocumentRule {
        final AtomicInteger checked = new AtomicInteger();

        Counting() {
            super("counting", "");
        }

        @Override
        public void check(Document d, Setting setting, List<Finding> out) {
            checked.incrementAndGet();
        }
    }

    /** A gathering rule that counts the documents it read. */
    private static final class Gathering extends GatheringRule<String> {
        final AtomicInteger read = new AtomicInteger();

        Gathering() {
            super("gathering", "");
        }

        @Override
        String read(Document d) {
            read.incrementAndGet();
            return d.title();
        }

        @Override
        void check(SiteModel model, Function<Document, String> readings, List<Finding> out) {
            for (Document d : model.documents()) {
                if (!readings.apply(d).equals(d.title())) {
                    out.add(warning(d.source(), "stale reading"));
                }
            }
        }
    }

    /**
     * A checker of one rule and its memo, run twice over the sample content: the second run asked
     * the rule about nothing ({@code counted} did not move).
     */
    private record Twice(SiteModel model, Checker checker, Checker.Memo memo) {
        static Twice run(Rule rule, IntSupplier counted) {
            SiteModel model = Repo.sampleModel();
            Checker checker = new Checker(List.of(rule));
            Checker.Memo memo = new Checker.Memo();
            checker.run(model, memo);
            assertEquals(model.documents().size(), counted.getAsInt());
            checker.run(model, memo);
            assertEquals(model.documents().size(), counted.getAsInt(), "all from the memo");
            return new Twice(model, checker, memo);
        }
    }

    /** {@code model} with {@code documents} as of {@code asOf}. */
    private static SiteModel with(SiteModel model, List<Document> documents, LocalDate asOf) {
        return new SiteModel(
                model.site(),
                model.taxonomy(),
                model.synonyms(),
                asOf,
                DocumentIndex.of(documents, asOf),
                model.relations(),
                model.validity(),
                model.catalog());
    }

    @Test
    void aGatheringRuleReadsOnlyTheDocumentsThatChanged() throws IOException {
        Gathering rule = new Gathering();
        Twice twice = Twice.run(rule, rule.read::get);
        SiteModel model = twice.model();

        // one document edited (a new object, as the loader makes for a changed file)
        Document edited = model.documents().get(0);
        Document again = Documents.retitled(edited, edited.title() + "（修改）");
        List<Document> documents = new ArrayList<>(model.documents());
        documents.set(0, again);
        SiteModel next = with(model, documents, model.asOf());
        assertEquals(
                List.of(), twice.checker().run(next, twice.memo()), "the edited one read afresh");
        assertEquals(model.documents().size() + 1, rule.read.get());
        assertEquals(List.of(), new Checker(List.of(new Gathering())).run(next));
    }

    @Test
    void anUnchangedDocumentIsNotCheckedAgainUntilTheSettingChanges() throws IOException {
        Counting rule = new Counting();
        Twice twice = Twice.run(rule, rule.checked::get);
        SiteModel model = twice.model();
        twice.checker().run(with(model, model.documents(), model.asOf().plusDays(1)), twice.memo());
        assertEquals(
                2 * model.documents().size(),
                rule.checked.get(),
                "another date: every document again");
    }

    @Test
    void editsAndSettingsChangesGiveWhatAFreshCheckGives(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        Trees.copy(Repo.content(), content);
        BuildConfig config = BuildConfig.of(content, dir.resolve("site"), Repo.AS_OF);
        KeptInMemory kept = Reuse.inMemory();
        assertEquals(
                SiteBuilder.check(config).findings(),
                new Build(config, ColumnFrame.NONE, kept).check().findings());

        // a full ID-card number typed into one notice: found at once, then gone once masked again
        Path notice = content.resolve(NOTICE);
        String text = Files.readString(notice);
        Files.writeString(notice, text + "\n联系人身份证号 11010519491231002X。\n");
        kept.retained().documents().remove(NOTICE);
        CheckResult edited = new Build(config, ColumnFrame.NONE, kept).check();
        assertTrue(
                edited.findings().stream()
                        .anyMatch(
                                f ->
                                        f.ruleId().equals("pii-id-card")
                                                && f.where().file().equals(NOTICE)),
                edited.findings().toString());
        assertEquals(SiteBuilder.check(config).findings(), edited.findings());
        Files.writeString(notice, text);
        kept.retained().documents().remove(NOTICE);
        assertEquals(
                SiteBuilder.check(config).findings(),
                new Build(config, ColumnFrame.NONE, kept).check().findings());

        // site.yaml is read on every load: a new org_code changes what index-no-format says of
        // every document
        Path site = content.resolve("site.yaml");
        Files.writeString(
                site,
                Files.readString(site)
                        .replaceFirst("(?m)^org_code: .*$", "org_code: 12371723MB1234567X"));
        CheckResult moved = new Build(config, ColumnFrame.NONE, kept).check();
        assertTrue(
                moved.findings().stream().anyMatch(f -> f.ruleId().equals("index-no-format")),
                moved.findings().toString());
        assertEquals(SiteBuilder.check(config).findings(), moved.findings());
    }
}
