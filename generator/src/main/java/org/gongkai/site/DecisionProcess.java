package org.gongkai.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gongkai.content.Attachment;
import org.gongkai.content.Body;
import org.gongkai.content.DecisionStatus;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.SourceRef;
import org.gongkai.content.Stated;

/**
 * One decision's stages, read from its {@code ##} sections and its {@code stages:} links, in
 * catalog order. Names that are no stage are kept aside with their position, for the check that
 * suggests the right one. Made only by {@link #of}, whose lists are its own and unmodifiable.
 */
public record DecisionProcess(
        Document document,
        Details.Decision details,
        Optional<DecisionStatus> status,
        int catalogYear,
        List<Stage> stages,
        List<UnknownName> unknown) {

    /**
     * A stage and everything that shows it: a section of the decision's own page, a linked
     * document, an attachment. All empty means the stage has not been published.
     */
    public record Stage(
            DecisionStage kind,
            Optional<Body.Heading> section,
            Optional<String> documentId,
            Optional<Attachment> attachment,
            Optional<String> missingFile) {
        public boolean present() {
            return section.isPresent() || documentId.isPresent() || attachment.isPresent();
        }
    }

    /** A {@code ##} heading or a {@code stages:} key that names no stage. */
    public record UnknownName(String name, SourceRef where, boolean fromStagesKey) {}

    /**
     * Published decisions by the id of the consultation their 征求意见 stage links to; computed once
     * per render.
     */
    public static Map<String, List<Document>> byConsultation(SiteModel model) {
        Map<String, List<Document>> out = new HashMap<>();
        for (Document d : model.published(DocumentType.DECISION)) {
            of(d).flatMap(DecisionProcess::consultationId)
                    .ifPresent(c -> out.computeIfAbsent(c, k -> new ArrayList<>()).add(d));
        }
        return out;
    }

    public static Optional<DecisionProcess> of(Document d) {
        if (!(d.details() instanceof Details.Decision dec)) {
            return Optional.empty();
        }
        Map<DecisionStage, Body.Heading> sections = new EnumMap<>(DecisionStage.class);
        List<UnknownName> unknown = new ArrayList<>();
        for (Body.Heading h : d.body().headings()) {
            if (h.level() != 2) {
                continue;
            }
            Optional<DecisionStage> s = DecisionStage.parse(h.text());
            if (s.isPresent()) {
                sections.putIfAbsent(s.get(), h);
            } else {
                unknown.add(new UnknownName(h.text(), h.where(), false));
            }
        }
        Map<DecisionStage, String> links = new EnumMap<>(DecisionStage.class);
        for (Map.Entry<String, String> e : new TreeMap<>(dec.stageLinks()).entrySet()) {
            Optional<DecisionStage> s = DecisionStage.parse(e.getKey());
            if (s.isPresent()) {
                links.put(s.get(), e.getValue().strip());
            } else {
                unknown.add(new UnknownName(e.getKey(), d.at("stages"), true));
            }
        }
        List<Stage> stages =
                Arrays.stream(DecisionStage.values())
                        .map(kind -> found(kind, d, sections.get(kind), links.get(kind)))
                        .toList();
        Optional<DecisionStatus> status = dec.status().flatMap(Stated::known);
        int year = dec.year().orElse(d.year());
        return Optional.of(new DecisionProcess(d, dec, status, year, stages, List.copyOf(unknown)));
    }

    /**
     * Where one stage is shown: its section of the page, and what {@code stages:} names for it
     * ({@code target}, null when nothing) — a published document's id, or one of the decision's
     * attachments (a file that is not one is kept as missing, for the check).
     */
    private static Stage found(
            DecisionStage kind, Document d, Body.Heading section, String target) {
        Optional<String> docId = Optional.empty();
        Optional<Attachment> attachment = Optional.empty();
        Optional<String> missingFile = Optional.empty();
        if (target != null && isFile(target)) {
            attachment =
                    d.attachments().stream()
                            .filter(
                                    a ->
                                            a.exists()
                                                    && (a.file().equals(target)
                                                            || a.path().endsWith("/" + target)))
                            .findFirst();
            if (attachment.isEmpty()) {
                missingFile = Optional.of(target);
            }
        } else if (target != null && !target.isEmpty()) {
            docId = Optional.of(target);
        }
        return new Stage(kind, Optional.ofNullable(section), docId, attachment, missingFile);
    }

    /**
     * The same test the site resolver uses: a stage target with a dot is a file, anything else an
     * id.
     */
    static boolean isFile(String target) {
        return target.contains(".");
    }

    @SuppressWarnings(
            "EnumOrdinal") // stages holds one Stage per DecisionStage, built in values() order
    public Stage stage(DecisionStage kind) {
        return stages.get(kind.ordinal());
    }

    /** The consultation document linked as the 征求意见 stage, if it is one. */
    public Optional<String> consultationId() {
        return stage(DecisionStage.CONSULTATION).documentId();
    }
}
