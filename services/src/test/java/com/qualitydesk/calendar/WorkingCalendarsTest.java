package com.qualitydesk.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calendar the services compute deadlines on, assembled from what the database holds. */
class WorkingCalendarsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static List<CalendarDay> days2026() throws IOException {
        try (InputStream in = WorkingCalendarsTest.class.getResourceAsStream("/calendar/china-2026.ics")) {
            return HolidayFile.read(in.readAllBytes()).stream()
                    .map(e -> new CalendarDay(e.date(), e.kind(), e.name()))
                    .toList();
        }
    }

    /** As the V2 migration seeds it. */
    private static WorkingHours seededHours() {
        var hours = new WorkingHours();
        hours.setLunchStart(LocalTime.NOON);
        hours.setLunchEnd(LocalTime.of(13, 0));
        return hours;
    }

    @Test
    void importedSpringFestivalMovesTheDeadline_CF05() throws IOException {
        var calendar = WorkingCalendars.calendarOf(seededHours(), days2026(), SHANGHAI);
        var registered =
                LocalDateTime.parse("2026-02-13T16:00").atZone(SHANGHAI).toInstant();
        assertEquals(
                LocalDateTime.parse("2026-02-24T17:30").atZone(SHANGHAI).toInstant(),
                calendar.addWorkingDays(registered, 2));
        assertFalse(calendar.isWorkingMoment(
                LocalDateTime.parse("2026-02-24T12:30").atZone(SHANGHAI).toInstant()));
    }

    @Test
    void storedWeekendDecidesWhichDaysAreOff() throws IOException {
        var hours = seededHours();
        assertEquals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), hours.getWeekendDays());
        hours.setWeekendDays(EnumSet.of(DayOfWeek.SUNDAY));
        var sixDays = WorkingCalendars.calendarOf(hours, days2026(), SHANGHAI);
        assertTrue(sixDays.isWorkingDay(LocalDate.parse("2026-03-07")), "an ordinary Saturday");
        assertFalse(sixDays.isWorkingDay(LocalDate.parse("2026-03-08")));
        assertFalse(sixDays.isWorkingDay(LocalDate.parse("2026-10-03")), "a Saturday in the National Day week");
    }

    @Test
    void weekendTextIsCheckedBeforeItIsStored() {
        var hours = seededHours();
        assertTrue(hours.isWeekendValid());
        hours.setWeekendDays(EnumSet.allOf(DayOfWeek.class));
        assertFalse(hours.isWeekendValid(), "nobody would ever work");
        hours.setLunchEnd(LocalTime.of(18, 0));
        assertFalse(hours.isLunchInsideHours());
    }
}
