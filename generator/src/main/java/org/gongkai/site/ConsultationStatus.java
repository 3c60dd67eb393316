package org.gongkai.site;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.gongkai.content.Details;
import org.gongkai.content.Label;
import org.gongkai.content.Labelled;

/** 未开始 / 征求中 / 已结束, from the consultation's dates as of the build date. */
public record ConsultationStatus(Phase phase, long daysLeft) {

    public enum Phase implements Labelled {
        @Label("未开始")
        NOT_STARTED,
        @Label("征求中")
        OPEN,
        @Label("已结束")
        CLOSED
    }

    public static ConsultationStatus of(Details.Consultation c, LocalDate asOf) {
        if (c.opens().isPresent() && asOf.isBefore(c.opens().get())) {
            return new ConsultationStatus(Phase.NOT_STARTED, 0);
        }
        if (c.closes().isPresent() && asOf.isAfter(c.closes().get())) {
            return new ConsultationStatus(Phase.CLOSED, 0);
        }
        long left = c.closes().map(end -> ChronoUnit.DAYS.between(asOf, end) + 1).orElse(0L);
        return new ConsultationStatus(Phase.OPEN, left);
    }

    /** 征求中（还剩 5 天） as residents read it. */
    public String label() {
        return phase == Phase.OPEN && daysLeft > 0
                ? phase.label() + "（还剩 " + daysLeft + " 天）"
                : phase.label();
    }
}
