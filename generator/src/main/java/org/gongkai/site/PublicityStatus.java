package org.gongkai.site;

import java.time.LocalDate;
import org.gongkai.content.Details;

/** 公示中 / 已结束 (公示期满), from period_end as of the build date. */
public enum PublicityStatus {
    RUNNING("公示中", "running"),
    ENDED("已结束", "ended");

    private final String label;
    private final String slug;

    PublicityStatus(String label, String slug) {
        this.label = label;
        this.slug = slug;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return slug;
    }

    public static PublicityStatus of(Details.Publicity p, LocalDate asOf) {
        return p.periodEnd().map(end -> asOf.isAfter(end) ? ENDED : RUNNING).orElse(ENDED);
    }
}
