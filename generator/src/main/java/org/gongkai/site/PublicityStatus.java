package org.gongkai.site;

import java.time.LocalDate;
import org.gongkai.content.Details;
import org.gongkai.content.Label;
import org.gongkai.content.Labelled;

/** 公示中 / 已结束 (公示期满), from period_end as of the build date. */
public enum PublicityStatus implements Labelled {
    @Label("公示中")
    RUNNING,
    @Label("已结束")
    ENDED;

    public static PublicityStatus of(Details.Publicity p, LocalDate asOf) {
        return p.periodEnd().map(end -> asOf.isAfter(end) ? ENDED : RUNNING).orElse(ENDED);
    }
}
