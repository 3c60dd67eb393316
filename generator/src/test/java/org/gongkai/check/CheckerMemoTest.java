package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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

    @Test
    void anUnchangedDocumentIsNotCheckedAgainUntilTheSettingChanges() throws IOException {
        SiteModel model =
                SiteBuilder.check(
                                BuildConfig.of(
                                        Repo.content(),
                                        Repo.content().resolveSibling("site"),
                                        Repo.AS_OF))
                        .model();
        Counting rule = new Counting();
        Checker checker = new Checker(List.of(rule));
        Checker.Memo memo = new Checker.Memo();
        checker.run(model, memo);
        assertEquals(model.documents().size(), rule.checked.get());
        checker.run(model, memo);
        assertEquals(
                model.documents().size(),
                rule.checked.get(),
                "the second run took every finding from the memo");
        checker.run(
                new SiteModel(
                        model.site(),
                        model.taxonomy(),
                        model.synonyms(),
                        model.asOf().plusDays(1),
                        DocumentIndex.of(model.documents(), model.asOf().plusDays(1)),
                        model.relations(),
                        model.validity(),
                        model.catalog()),
                memo);
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
