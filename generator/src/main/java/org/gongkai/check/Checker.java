package org.gongkai.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.Parallel;
import org.gongkai.content.ScanBuffer;
import org.gongkai.site.SiteModel;

/**
 * Runs every rule over the site model and returns all findings, sorted by file and line. Rules
 * about one document run document by document on every core; the others (comparing documents) side
 * by side. Each thread checking documents has a {@link ScanBuffer} of its own, handed to the rules
 * in the scan of each document it checks.
 */
public final class Checker {

    private final List<DocumentRule> documentRules;
    private final List<Rule> siteRules;

    public Checker(List<Rule> rules) {
        List<DocumentRule> perDocument = new ArrayList<>();
        List<Rule> site = new ArrayList<>();
        for (Rule r : rules) {
            if (r instanceof DocumentRule d) {
                perDocument.add(d);
            } else {
                site.add(r);
            }
        }
        this.documentRules = List.copyOf(perDocument);
        this.siteRules = List.copyOf(site);
    }

    public static Checker standard() {
        return new Checker(Rules.all());
    }

    public List<Finding> run(SiteModel model) {
        return run(model, new Memo());
    }

    /**
     * As {@link #run(SiteModel)}, taking each unchanged document's findings from {@code memo} (and
     * leaving this run's there for the next): what {@code serve} does after an edit.
     */
    public List<Finding> run(SiteModel model, Memo memo) {
        DocumentRule.Setting setting = DocumentRule.Setting.of(model);
        IdentityHashMap<Document, List<Finding>> known =
                setting.equals(memo.setting) ? memo.byDocument : new IdentityHashMap<>();
        List<List<Finding>> perDocument =
                Parallel.map(
                        model.documents(),
                        ScanBuffer::new,
                        (buffer, d) -> {
                            List<Finding> found = known.get(d);
                            if (found == null) {
                                List<Finding> out = new ArrayList<>();
                                DocumentScan scan = new DocumentScan(d, buffer);
                                for (DocumentRule rule : documentRules) {
                                    rule.check(d, setting, scan, out);
                                }
                                found = List.copyOf(out);
                            }
                            return found;
                        });
        List<Finding> out = new ArrayList<>();
        Map<String, IdentityHashMap<Document, Object>> readings = new ConcurrentHashMap<>();
        Parallel.map(
                        siteRules,
                        rule ->
                                rule instanceof GatheringRule<?> gathering
                                        ? gather(gathering, model, memo, readings)
                                        : rule.check(model))
                .forEach(out::addAll);
        memo.readings = readings;
        IdentityHashMap<Document, List<Finding>> next =
                new IdentityHashMap<>(model.documents().size());
        for (int i = 0; i < perDocument.size(); i++) {
            out.addAll(perDocument.get(i));
            next.put(model.documents().get(i), perDocument.get(i));
        }
        memo.setting = setting;
        memo.byDocument = next;
        out.sort(Finding.ORDER);
        return out;
    }

    /**
     * What {@code rule} finds, reading each document the last run read (the same object: an
     * unchanged file) from {@code memo}; what it read this run goes into {@code readings}.
     */
    private static <T> List<Finding> gather(
            GatheringRule<T> rule,
            SiteModel model,
            Memo memo,
            Map<String, IdentityHashMap<Document, Object>> readings) {
        IdentityHashMap<Document, Object> last =
                memo.readings.getOrDefault(rule.id(), new IdentityHashMap<>());
        IdentityHashMap<Document, Object> now = new IdentityHashMap<>();
        List<Finding> out = new ArrayList<>();
        rule.check(
                model,
                d -> {
                    // only this rule's readings are kept under its id
                    @SuppressWarnings("unchecked")
                    T reading = (T) last.get(d);
                    if (reading == null) {
                        reading = rule.read(d);
                    }
                    now.put(d, reading);
                    return reading;
                },
                out);
        readings.put(rule.id(), now);
        return out;
    }

    /**
     * The findings of the document rules by document, from the last run. Keyed by identity: the
     * loader hands back the same {@link Document} for a file that did not change, and a record's
     * equals would compare whole bodies. Not for concurrent runs.
     */
    public static final class Memo {
        private DocumentRule.Setting setting;
        private IdentityHashMap<Document, List<Finding>> byDocument = new IdentityHashMap<>();

        /** What each {@link GatheringRule} read of each document, by the rule's id. */
        private Map<String, IdentityHashMap<Document, Object>> readings = Map.of();
    }
}
