package org.gongkai.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Validity;
import org.gongkai.site.SiteModel;
import org.gongkai.site.YearEndValidity;

/**
 * What the content itself says about one calendar year, for the annual report: 行政规范性文件 issued,
 * taken out of force and in force at year end; 主动公开 documents by type and month; interpretations;
 * consultations and the opinions they drew. Lists hold document ids, sorted, so a test or a message
 * can name them.
 *
 * <p>本年废止件数 counts every normative document that left force during the year: repealed by a policy
 * in force that year, or past its valid_until. 现行有效件数 counts every document issued and not yet
 * taken out of force at 31 December, including one published in December that takes effect in
 * January. The national form has no 失效 or 尚未生效 column, and only this way does 现行有效 (this year) =
 * 现行有效 (last year) + 本年制发 − 本年废止 hold; {@link Normative#EXPIRED} names the expired ones so the page
 * can say so.
 *
 * @param normative the 行政规范性文件 of each {@link Normative} outcome, every outcome present
 */
public record ContentFigures(
        int year,
        Map<Normative, List<String>> normative,
        Map<DocumentType, Integer> proactiveByType,
        List<Integer> proactiveByMonth,
        int interpretations,
        List<String> consultations,
        int opinionsReceived,
        int opinionsAdopted) {

    /** What became of a 行政规范性文件 in the year, as the annual report counts it. */
    public enum Normative {
        /** 本年制发 */
        ISSUED,
        /** 本年废止 by a policy in force that year */
        REPEALED,
        /** 本年废止 by the end of its validity period */
        EXPIRED,
        /** 现行有效 at 31 December */
        VALID
    }

    public ContentFigures {
        normative = table(normative);
        proactiveByType = Map.copyOf(proactiveByType);
        proactiveByMonth = List.copyOf(proactiveByMonth);
        consultations = List.copyOf(consultations);
    }

    /** The ids of the year's 行政规范性文件 with {@code outcome}, sorted. */
    public List<String> normative(Normative outcome) {
        return normative.get(outcome);
    }

    /** 本年废止件数: repealed and expired together. */
    public int normativeLeft() {
        return normative(Normative.REPEALED).size() + normative(Normative.EXPIRED).size();
    }

    private static Map<Normative, List<String>> table(Map<Normative, List<String>> lists) {
        Map<Normative, List<String>> t = new EnumMap<>(Normative.class);
        for (Normative n : Normative.values()) {
            t.put(n, List.copyOf(lists.getOrDefault(n, List.of())));
        }
        return Collections.unmodifiableMap(t);
    }

    public int proactiveTotal() {
        return proactiveByMonth.stream().mapToInt(Integer::intValue).sum();
    }

    public static ContentFigures of(SiteModel model, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate endBefore = LocalDate.of(year - 1, 12, 31);
        Map<Normative, List<String>> normative = new EnumMap<>(Normative.class);
        for (Normative n : Normative.values()) {
            normative.put(n, new ArrayList<>());
        }
        Map<DocumentType, Integer> byType = new EnumMap<>(DocumentType.class);
        Integer[] byMonth = new Integer[12];
        Arrays.fill(byMonth, 0);
        int interpretations = 0;
        List<String> consultations = new ArrayList<>();
        int received = 0;
        int adopted = 0;
        // model.documents() is sorted by id, so every list below is too
        for (Document d : model.documents()) {
            if (!d.isPublic()
                    || d.published().isEmpty()
                    || d.published().get().isAfter(end)
                    || d.published().get().isAfter(model.asOf())) {
                continue;
            }
            LocalDate published = d.published().get();
            boolean inYear = published.getYear() == year;
            if (inYear && d.type() != DocumentType.PAGE) {
                byType.merge(d.type(), 1, Integer::sum);
                byMonth[published.getMonthValue() - 1]++;
            }
            if (inYear && d.type() == DocumentType.INTERPRETATION) {
                interpretations++;
            }
            if (d.details() instanceof Details.Consultation c
                    && c.opens().orElse(published).getYear() == year) {
                consultations.add(d.id());
                if (c.feedback().isPresent()) {
                    received += c.feedback().get().received().orElse(0);
                    adopted += c.feedback().get().adopted().orElse(0);
                }
            }
            if (d.policy().map(Details.Policy::normative).orElse(false)) {
                Validity now = YearEndValidity.of(model, d, end);
                if (inYear) {
                    normative.get(Normative.ISSUED).add(d.id());
                }
                if (inForce(now)) {
                    normative.get(Normative.VALID).add(d.id());
                } else if (now == Validity.REPEALED || now == Validity.EXPIRED) {
                    boolean wasOut = !inYear && !inForce(YearEndValidity.of(model, d, endBefore));
                    if (!wasOut) {
                        Normative left =
                                now == Validity.REPEALED ? Normative.REPEALED : Normative.EXPIRED;
                        normative.get(left).add(d.id());
                    }
                }
            }
        }
        return new ContentFigures(
                year,
                normative,
                byType,
                List.of(byMonth),
                interpretations,
                consultations,
                received,
                adopted);
    }

    /** 现行有效: issued and not taken out of force, amended or not, in effect or about to be. */
    static boolean inForce(Validity v) {
        return v == Validity.VALID || v == Validity.AMENDED || v == Validity.PENDING;
    }
}
