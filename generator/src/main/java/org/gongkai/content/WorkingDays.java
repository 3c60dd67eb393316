package org.gongkai.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * 工作日 as the 条例 counts time limits: Monday to Friday, minus the public holidays listed in site.yaml
 * ({@code holidays:}), plus the weekend days worked instead (调休上班, {@code workdays:}). A site that
 * lists no 调休 days counts them as weekends, so a limit is never reported as passed earlier than it
 * really is.
 */
public record WorkingDays(Set<LocalDate> holidays, Set<LocalDate> workdays) {

    public WorkingDays {
        holidays = Set.copyOf(holidays);
        workdays = Set.copyOf(workdays);
    }

    public WorkingDays(Set<LocalDate> holidays) {
        this(holidays, Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek w = day.getDayOfWeek();
        if (w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY) {
            return workdays.contains(day);
        }
        return !holidays.contains(day);
    }

    /**
     * Working days after {@code from} up to and including {@code to}: 0 for the same day, 1 for the
     * next working day. Negative when {@code to} is before {@code from}.
     */
    public long between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        // whole weeks contribute five weekdays each; only the remainder and the holidays need a
        // walk
        long days = to.toEpochDay() - from.toEpochDay();
        long weeks = days / 7;
        long count = weeks * 5;
        for (LocalDate d = from.plusDays(weeks * 7 + 1); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        for (LocalDate h : holidays) {
            if (h.isAfter(from)
                    && !h.isAfter(to)
                    && h.getDayOfWeek() != DayOfWeek.SATURDAY
                    && h.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count--;
            }
        }
        for (LocalDate w : workdays) {
            if (w.isAfter(from)
                    && !w.isAfter(to)
                    && (w.getDayOfWeek() == DayOfWeek.SATURDAY
                            || w.getDayOfWeek() == DayOfWeek.SUNDAY)) {
                count++;
            }
        }
        return count;
    }
}
