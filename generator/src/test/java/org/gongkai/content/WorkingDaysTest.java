package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    static final Set<LocalDate> NATIONAL_DAY_2025 =
            Set.of(
                    LocalDate.of(2025, 10, 1),
                    LocalDate.of(2025, 10, 2),
                    LocalDate.of(2025, 10, 3),
                    LocalDate.of(2025, 10, 6),
                    LocalDate.of(2025, 10, 7),
                    LocalDate.of(2025, 10, 8));

    @Test
    void sameDayIsZeroAndNextWorkingDayIsOne() {
        WorkingDays w = new WorkingDays(Set.of());
        LocalDate friday = LocalDate.of(2025, 3, 7);
        assertEquals(0, w.between(friday, friday));
        assertEquals(0, w.between(friday, friday.plusDays(2)), "Saturday and Sunday do not count");
        assertEquals(1, w.between(friday, friday.plusDays(3)));
    }

    @Test
    void weekendsAreExcludedOverManyWeeks() {
        WorkingDays w = new WorkingDays(Set.of());
        assertEquals(20, w.between(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 31)));
        assertEquals(21, w.between(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 4, 1)));
        assertEquals(-21, w.between(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 3, 3)));
    }

    @Test
    void listedHolidaysAreExcludedButWeekendHolidaysNotTwice() {
        Set<LocalDate> withSunday = new HashSet<>(NATIONAL_DAY_2025);
        withSunday.add(
                LocalDate.of(
                        2025, 10, 5)); // a Sunday listed as holiday must not be subtracted again
        WorkingDays w = new WorkingDays(withSunday);
        // 9.23–9.30: 6; 10.9–10.10: 2; 10.13–10.24: 10; 10.27: 1
        assertEquals(19, w.between(LocalDate.of(2025, 9, 22), LocalDate.of(2025, 10, 27)));
        assertEquals(
                25,
                new WorkingDays(Set.of())
                        .between(LocalDate.of(2025, 9, 22), LocalDate.of(2025, 10, 27)));
        assertFalse(w.isWorkingDay(LocalDate.of(2025, 10, 8)));
        assertTrue(w.isWorkingDay(LocalDate.of(2025, 10, 9)));
    }

    @Test
    void countMatchesADayByDayWalk() {
        WorkingDays w = new WorkingDays(NATIONAL_DAY_2025);
        LocalDate from = LocalDate.of(2025, 9, 1);
        for (int span = 0; span < 80; span++) {
            LocalDate to = from.plusDays(span);
            long walked = from.datesUntil(to.plusDays(1)).skip(1).filter(w::isWorkingDay).count();
            assertEquals(walked, w.between(from, to), "span " + span);
        }
    }

    @Test
    void makeUpWorkingWeekendsCount() {
        // 国庆 2025: 10月1日—8日 off, Sunday 28 September and Saturday 11 October worked (调休)
        WorkingDays w =
                new WorkingDays(
                        NATIONAL_DAY_2025,
                        Set.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)));
        assertTrue(w.isWorkingDay(LocalDate.of(2025, 9, 28)));
        assertTrue(w.isWorkingDay(LocalDate.of(2025, 10, 11)));
        assertFalse(w.isWorkingDay(LocalDate.of(2025, 10, 12)));
        // Friday 26 September → Thursday 9 October: 28, 29, 30 September and 9 October; without 调休,
        // three
        assertEquals(4, w.between(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 9)));
        assertEquals(
                3,
                new WorkingDays(NATIONAL_DAY_2025)
                        .between(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 9)));
        LocalDate from = LocalDate.of(2025, 9, 1);
        for (int span = 0; span < 80; span++) {
            LocalDate to = from.plusDays(span);
            long walked = from.datesUntil(to.plusDays(1)).skip(1).filter(w::isWorkingDay).count();
            assertEquals(walked, w.between(from, to), "span " + span);
        }
    }
}
