package org.gongkai.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.content.Content;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Finding;
import org.gongkai.content.Validity;

/** Content → SiteModel: resolves references both ways and derives validity as of the build date. */
public final class SiteResolver {

    private SiteResolver() {}

    public record Resolution(SiteModel model, List<Finding> findings) {
        public Resolution {
            findings = List.copyOf(findings);
        }
    }

    public static Resolution resolve(Content content, LocalDate asOf) {
        List<Finding> findings = new ArrayList<>();
        DocumentIndex index = DocumentIndex.of(content.documents(), asOf);
        Map<String, Document> byId = index.byId;
        Map<Relation, Map<String, List<String>>> related = new EnumMap<>(Relation.class);
        for (Relation r : Relation.values()) {
            related.put(r, new TreeMap<>());
        }

        for (Document d : content.documents()) {
            if (d.details() instanceof Details.Interpretation i && i.interprets().isPresent()) {
                String target = i.interprets().get();
                if (byId.containsKey(target)) {
                    related.get(Relation.INTERPRETATIONS)
                            .computeIfAbsent(target, k -> new ArrayList<>())
                            .add(d.id());
                } else {
                    findings.add(
                            Finding.error(
                                    "reference-unknown",
                                    d.at("interprets"),
                                    "interprets 指向的文件“"
                                            + target
                                            + "”不存在；请写被解读政策文件的编号（文件名，不含 .md）"));
                }
            }
            if (d.details() instanceof Details.Policy p) {
                link(d, p.amends(), "amends", "修改", byId, related, Relation.AMENDS, findings);
                link(d, p.repeals(), "repeals", "废止", byId, related, Relation.REPEALS, findings);
            }
            if (d.details() instanceof Details.Decision dec) {
                dec.stageLinks()
                        .forEach(
                                (stage, target) -> {
                                    if (!target.contains(".") && !byId.containsKey(target)) {
                                        findings.add(
                                                Finding.error(
                                                        "reference-unknown",
                                                        d.at("stages"),
                                                        "决策环节“" + stage + "”指向的文件“" + target
                                                                + "”不存在"));
                                    }
                                });
            }
        }
        for (Map<String, List<String>> m : related.values()) {
            m.replaceAll((k, v) -> v.stream().sorted().distinct().toList());
        }
        Relations relations = new Relations(related);

        Map<String, Validity> validity = new LinkedHashMap<>();
        for (Document d : content.documents()) {
            if (d.type() == DocumentType.POLICY && showsValidity(d)) {
                validity.put(d.id(), derive(d, relations, byId, asOf));
            }
        }
        SiteModel model =
                new SiteModel(
                        content.site(),
                        content.taxonomy(),
                        content.synonyms(),
                        asOf,
                        index,
                        relations,
                        validity,
                        content.catalog());
        for (Document d : content.documents()) {
            d.catalogItem()
                    .filter(item -> content.catalog().find(item).isEmpty())
                    .ifPresent(
                            item ->
                                    findings.add(
                                            Finding.error(
                                                    "reference-unknown",
                                                    d.at("catalog_item"),
                                                    "catalog_item 写的事项“"
                                                            + item
                                                            + "”不在 catalog.yaml 中；请写标准目录事项的 id")));
        }
        return new Resolution(model, findings);
    }

    private static void link(
            Document d,
            List<String> targets,
            String key,
            String verb,
            Map<String, Document> byId,
            Map<Relation, Map<String, List<String>>> related,
            Relation forward,
            List<Finding> findings) {
        for (String target : targets) {
            if (!byId.containsKey(target)) {
                findings.add(
                        Finding.error(
                                "reference-unknown",
                                d.at(key),
                                key
                                        + " 指向的文件“"
                                        + target
                                        + "”不存在；请写被"
                                        + verb
                                        + "文件的编号（文件名，不含 .md）"));
                continue;
            }
            if (target.equals(d.id())) {
                continue; // a self-reference is reported by its own check rule
            }
            related.get(forward).computeIfAbsent(d.id(), k -> new ArrayList<>()).add(target);
            related.get(forward.inverse())
                    .computeIfAbsent(target, k -> new ArrayList<>())
                    .add(d.id());
        }
    }

    /**
     * Whether a policy carries a validity label at all: a normative one, one with a validity
     * period, or one whose editor wrote {@code validity}. A yearly work plan or seasonal notice
     * without a period has no label rather than 有效 forever (CONTENT-MODEL.md, Policies).
     */
    public static boolean showsValidity(Document d) {
        Details.Policy p = d.policy().orElse(null);
        return p != null
                && (p.normative()
                        || p.validFrom().isPresent()
                        || p.validUntil().isPresent()
                        || p.validity().isPresent());
    }

    /**
     * The content model's order: repealed by a policy that is public and in force by {@code asOf};
     * then past valid_until (an amendment does not extend a period); then amended by a policy in
     * force; then before valid_from; else valid.
     */
    public static Validity derive(
            Document d, Relations relations, Map<String, Document> byId, LocalDate asOf) {
        if (relations.of(Relation.REPEALED_BY, d.id()).stream()
                .anyMatch(id -> inForce(byId.get(id), asOf))) {
            return Validity.REPEALED;
        }
        Details.Policy p = d.policy().orElseThrow();
        if (p.validUntil().isPresent() && asOf.isAfter(p.validUntil().get())) {
            return Validity.EXPIRED;
        }
        if (relations.of(Relation.AMENDED_BY, d.id()).stream()
                .anyMatch(id -> inForce(byId.get(id), asOf))) {
            return Validity.AMENDED;
        }
        if (p.validFrom().isPresent() && asOf.isBefore(p.validFrom().get())) {
            return Validity.PENDING;
        }
        return Validity.VALID;
    }

    /**
     * An amending or repealing policy acts once it is public and has taken effect (or been
     * published).
     */
    private static boolean inForce(Document changer, LocalDate asOf) {
        if (changer == null || !changer.isPublic()) {
            return false;
        }
        LocalDate effective =
                changer.policy()
                        .flatMap(Details.Policy::validFrom)
                        .or(changer::published)
                        .orElse(null);
        return effective != null && !effective.isAfter(asOf);
    }
}
