package org.gongkai.check;

import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.site.SiteModel;

/**
 * What the yearly deadline rules share: the year a report covers, and whether the site was running
 * then.
 */
public final class YearlyDeadlines {

    private YearlyDeadlines() {}

    /** 条例 第五十条: each year's report is published by 31 January of the next. */
    public static LocalDate reportDue(int year) {
        return LocalDate.of(year + 1, 1, 31);
    }

    /**
     * The year a report covers: its {@code year}, else its file name (reports/2025.md), else the
     * year before publication.
     */
    static Optional<Integer> reportYear(Document d) {
        if (d.details() instanceof Details.Report r && r.year().isPresent()) {
            return r.year();
        }
        if (d.id().matches("\\d{4}")) {
            return Optional.of(Integer.parseInt(d.id()));
        }
        return d.published().map(p -> p.getYear() - 1);
    }

    /**
     * Whether the column published anything on or before {@code day}: a site that began later owes
     * nothing before.
     */
    static boolean runningBy(SiteModel model, LocalDate day) {
        return model.published().stream()
                .anyMatch(d -> d.published().map(p -> !p.isAfter(day)).orElse(false));
    }
}
