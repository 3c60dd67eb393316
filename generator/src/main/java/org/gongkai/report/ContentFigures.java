package org.gongkai.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * 现行有效 (last year) + 本年制发 − 本年废止 hold; {@link #normativeExpired()} names the expired ones so the
 * page can say so.
 */
public record ContentFigures(
        int year,
        List<String> normativeIssued,
        List<String> normativeRepealed,
        List<String> normativeExpired,
        List<String> normativeValid,
        Map<DocumentType, Integer> proactiveByType,
        List<Integer> proactiveByMonth,
        int interpretations,
        List<String> consultations,
        int opinionsReceived,
        int opinionsAdopted) {

    public ContentFigures {
        normativeIssued = List.copyOf(normativeIssued);
        normativeRepealed = List.copyOf(normativeRepealed);
        normativeExpired = List.copyOf(normativeExpired);
        normativeValid = List.copyOf(normativeValid);
        proactiveByType = Map.copyOf(proactiveByType);
        proactiveByMonth = List.copyOf(proactiveByMonth);
        consultations = List.copyOf(consultations);
    }

    /** 本年废止件数: repealed and expired together. */
    public int normativeLeft() {
        return normativeRepealed.size() + normativeExpired.size();
    }

    public int proactiveTotal() {
        return proactiveByMonth.stream().mapToInt(Integer::intValue).sum();
    }

    public static ContentFigures of(SiteModel model, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate endBefore = LocalDate.of(year - 1, 12, 31);
        List<String> issued = new ArrayList<>();
        List<String> repealed = new ArrayList<>();
        List<String> expired = new ArrayList<>();
        List<String> valid = new ArrayList<>();
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
                    issued.add(d.id());
                }
                if (inForce(now)) {
                    valid.add(d.id());
                } else if (now == Validity.REPEALED || now == Validity.EXPIRED) {
                    boolean wasOut = !inYear && !inForce(YearEndValidity.of(model, d, endBefore));
                    if (!wasOut) {
                        (now == Validity.REPEALED ? repealed : expired).add(d.id());
                    }
                }
            }
        }
        return new ContentFigures(
                year,
                issued,
                repealed,
                expired,
                valid,
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
