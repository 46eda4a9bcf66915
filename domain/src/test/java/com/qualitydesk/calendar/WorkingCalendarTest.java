package com.qualitydesk.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The working calendar on the official Chinese schedules (State Council notices of 2024-11-12 for
 * 2025 and of 2025-11-04 for 2026), with 08:30-17:30 working hours and a 12:00-13:00 lunch break.
 */
class WorkingCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 2025 National Day and Mid-Autumn Festival: 10-01..10-08 off, Sunday 09-28 and Saturday 10-11 worked. */
    private static final List<LocalDate> NATIONAL_DAY_2025 = range("2025-10-01", "2025-10-08");

    /** 2026 Spring Festival: 02-15..02-23 off, Saturdays 02-14 and 02-28 worked. */
    private static final List<LocalDate> SPRING_FESTIVAL_2026 = range("2026-02-15", "2026-02-23");

    private static final WorkingCalendar CHINA = WorkingCalendar.builder(SHANGHAI)
            .hours(LocalTime.of(8, 30), LocalTime.of(17, 30))
            .lunch(LocalTime.NOON, LocalTime.of(13, 0))
            .holidays(NATIONAL_DAY_2025)
            .holidays(SPRING_FESTIVAL_2026)
            .makeUpWorkdays(List.of(
                    LocalDate.parse("2025-09-28"),
                    LocalDate.parse("2025-10-11"),
                    LocalDate.parse("2026-02-14"),
                    LocalDate.parse("2026-02-28")))
            .build();

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static List<LocalDate> range(String first, String last) {
        return Stream.iterate(LocalDate.parse(first), d -> !d.isAfter(LocalDate.parse(last)), d -> d.plusDays(1))
                .toList();
    }

    @Test
    void registeredFridayAfternoonPlusTwoWorkingDaysIsDueTuesday_CF05() {
        assertEquals(at("2025-03-18T17:30"), CHINA.addWorkingDays(at("2025-03-14T16:00"), 2));
    }

    @Test
    void nationalDayWeekIsNoWorkingDayButTheMakeUpSundayAndSaturdayAre() {
        assertTrue(CHINA.isWorkingDay(LocalDate.parse("2025-09-28")), "Sunday 09-28 is worked");
        for (LocalDate day : NATIONAL_DAY_2025) {
            assertFalse(CHINA.isWorkingDay(day), day.toString());
        }
        assertTrue(CHINA.isWorkingDay(LocalDate.parse("2025-10-09")));
        assertTrue(CHINA.isWorkingDay(LocalDate.parse("2025-10-11")), "Saturday 10-11 is worked");
        assertFalse(CHINA.isWorkingDay(LocalDate.parse("2025-10-12")), "an ordinary Sunday");
    }

    @Test
    void makeUpSundayBeforeNationalDayCountsTowardsTheDeadline_CF05() {
        assertEquals(at("2025-09-29T17:30"), CHINA.addWorkingDays(at("2025-09-26T16:00"), 2));
    }

    @Test
    void deadlineRegisteredBeforeNationalDayJumpsTheHolidayWeek_CF05() {
        Instant registered = at("2025-09-30T10:00");
        assertEquals(at("2025-10-10T17:30"), CHINA.addWorkingDays(registered, 2));
        assertEquals(at("2025-10-11T17:30"), CHINA.addWorkingDays(registered, 3), "due on the make-up Saturday");
        assertEquals(at("2025-10-16T17:30"), CHINA.addWorkingDays(registered, 7), "large batch");
    }

    @Test
    void springFestival2026IsSkippedAndItsMakeUpSaturdaysCount_CF05() {
        assertEquals(at("2026-02-24T17:30"), CHINA.addWorkingDays(at("2026-02-13T16:00"), 2));
        assertEquals(at("2026-02-28T17:30"), CHINA.addWorkingDays(at("2026-02-27T09:00"), 1));
    }

    @Test
    void feedbackRegisteredDuringSpringFestivalCountsFromTheFirstDayBack_CF05() {
        Instant registered = at("2026-02-18T10:00");
        assertEquals(at("2026-02-24T08:30"), CHINA.nextWorkingMoment(registered));
        assertEquals(at("2026-02-24T17:30"), CHINA.addWorkingDays(registered, 0));
        assertEquals(at("2026-02-26T17:30"), CHINA.addWorkingDays(registered, 2));
    }

    @Test
    void registeredAfterClosingCountsFromTheNextWorkingMorning_CF05() {
        assertEquals(at("2025-03-17T08:30"), CHINA.nextWorkingMoment(at("2025-03-14T18:00")));
        assertEquals(at("2025-03-19T17:30"), CHINA.addWorkingDays(at("2025-03-14T18:00"), 2));
        assertEquals(at("2025-03-19T17:30"), CHINA.addWorkingDays(at("2025-03-14T17:30"), 2), "closing time");
    }

    @Test
    void zeroWorkingDaysIsTheSameDayOnAWorkingDayElseTheNextWorkingDay_CF06() {
        assertEquals(at("2025-03-17T17:30"), CHINA.addWorkingDays(at("2025-03-17T10:00"), 0));
        assertEquals(at("2025-03-17T17:30"), CHINA.addWorkingDays(at("2025-03-17T07:00"), 0), "before opening");
        assertEquals(at("2025-03-17T17:30"), CHINA.addWorkingDays(at("2025-03-15T10:00"), 0), "on Saturday");
        assertEquals(at("2025-03-18T17:30"), CHINA.addWorkingDays(at("2025-03-17T19:00"), 0), "after closing");
        assertEquals(at("2025-03-18T17:30"), CHINA.addWorkingDays(at("2025-03-17T10:00"), 1));
    }

    @Test
    void lunchBreakIsNoWorkingTime() {
        assertFalse(CHINA.isWorkingMoment(at("2025-03-17T08:29")));
        assertTrue(CHINA.isWorkingMoment(at("2025-03-17T08:30")));
        assertTrue(CHINA.isWorkingMoment(at("2025-03-17T11:59")));
        assertFalse(CHINA.isWorkingMoment(at("2025-03-17T12:00")));
        assertFalse(CHINA.isWorkingMoment(at("2025-03-17T12:30")));
        assertTrue(CHINA.isWorkingMoment(at("2025-03-17T13:00")));
        assertTrue(CHINA.isWorkingMoment(at("2025-03-17T17:29")));
        assertFalse(CHINA.isWorkingMoment(at("2025-03-17T17:30")));

        assertEquals(at("2025-03-17T10:15"), CHINA.nextWorkingMoment(at("2025-03-17T10:15")), "already working");
        assertEquals(at("2025-03-17T13:00"), CHINA.nextWorkingMoment(at("2025-03-17T12:15")));
        assertEquals(at("2025-03-17T14:00"), CHINA.addWorkingHours(at("2025-03-17T11:00"), Duration.ofHours(2)));
        assertEquals(Duration.ofHours(8), CHINA.workingTimeBetween(at("2025-03-17T08:30"), at("2025-03-17T17:30")));
        assertEquals(at("2025-03-17T17:30"), CHINA.addWorkingDays(at("2025-03-17T12:15"), 0), "lunch is the same day");
    }

    @Test
    void workingHoursCrossingAWeekendResumeOnMonday() {
        // Friday 16:00-17:30 is 1.5 h, Monday morning 3.5 h, the last 3 h after lunch.
        assertEquals(at("2025-03-17T16:00"), CHINA.addWorkingHours(at("2025-03-14T16:00"), Duration.ofHours(8)));
        assertEquals(at("2025-03-17T11:30"), CHINA.addWorkingHours(at("2025-03-15T10:00"), Duration.ofHours(3)));
        assertEquals(Duration.ofHours(3), CHINA.workingTimeBetween(at("2025-03-15T10:00"), at("2025-03-17T11:30")));
    }

    @Test
    void workingHoursRunningOutAtClosingAreDueAtClosingNotNextMorning() {
        assertEquals(at("2025-03-14T17:30"), CHINA.addWorkingHours(at("2025-03-14T16:00"), Duration.ofMinutes(90)));
        assertEquals(at("2025-03-17T08:31"), CHINA.addWorkingHours(at("2025-03-14T16:00"), Duration.ofMinutes(91)));
    }

    @Test
    void workingTimeAcrossNationalDayCountsOnlyTheDaysAround() {
        Instant before = at("2025-09-30T16:00");
        Instant after = at("2025-10-09T10:00");
        assertEquals(Duration.ofHours(3), CHINA.workingTimeBetween(before, after));
        assertEquals(Duration.ofHours(-3), CHINA.workingTimeBetween(after, before), "overdue is negative");
        // Friday 17:00-17:30, the whole make-up Saturday, Monday 08:30-09:00.
        assertEquals(Duration.ofHours(9), CHINA.workingTimeBetween(at("2025-10-10T17:00"), at("2025-10-13T09:00")));
    }

    @Test
    void workingTimeAcrossSpringFestivalCountsTheMakeUpSaturday() {
        // Friday 7.5 h, Saturday 02-14 8 h, nothing until Tuesday 02-24 08:30, then 0.5 h.
        assertEquals(Duration.ofHours(16), CHINA.workingTimeBetween(at("2026-02-13T09:00"), at("2026-02-24T09:00")));
    }

    @Test
    void pausedDeadlineKeepsTheWorkingTimeThatWasLeft_CF05() {
        Instant deadline = CHINA.addWorkingDays(at("2025-03-10T09:00"), 2);
        assertEquals(at("2025-03-12T17:30"), deadline);
        Duration left = CHINA.workingTimeBetween(at("2025-03-11T15:00"), deadline);
        assertEquals(Duration.ofMinutes(10 * 60 + 30), left);
        assertEquals(at("2025-03-14T13:30"), CHINA.addWorkingHours(at("2025-03-13T10:00"), left));
    }

    @Test
    void daysAndHoursAreThoseOfTheCompanysZone() {
        Instant utcEvening = Instant.parse("2025-09-30T17:00:00Z"); // 01:00 on 10-01 in Shanghai
        assertFalse(CHINA.isWorkingMoment(utcEvening));
        assertEquals(Instant.parse("2025-10-09T00:30:00Z"), CHINA.nextWorkingMoment(utcEvening));
        assertTrue(CHINA.isWorkingMoment(Instant.parse("2025-09-30T03:00:00Z")));
    }

    @Test
    void aSixDayWeekCountsSaturday_CF05() {
        var sixDays = WorkingCalendar.builder(SHANGHAI)
                .weekend(Set.of(DayOfWeek.SUNDAY))
                .build();
        assertEquals(at("2025-03-17T17:30"), sixDays.addWorkingDays(at("2025-03-14T16:00"), 2));
        assertEquals(at("2025-03-15T09:00"), sixDays.addWorkingHours(at("2025-03-14T16:00"), Duration.ofHours(2)));
    }

    @Test
    void inconsistentCalendarsAreRefused() {
        var day = LocalDate.parse("2025-10-01");
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.builder(SHANGHAI)
                .holidays(List.of(day))
                .makeUpWorkdays(List.of(day))
                .build());
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.builder(SHANGHAI)
                .lunch(LocalTime.of(7, 0), LocalTime.of(8, 0))
                .build());
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.builder(SHANGHAI)
                .hours(LocalTime.of(17, 30), LocalTime.of(8, 30))
                .build());
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.builder(SHANGHAI)
                .weekend(Set.of(DayOfWeek.values()))
                .build());
        assertThrows(IllegalArgumentException.class, () -> CHINA.addWorkingDays(at("2025-03-17T10:00"), -1));
        assertThrows(
                IllegalArgumentException.class,
                () -> CHINA.addWorkingHours(at("2025-03-17T10:00"), Duration.ofHours(-1)));
    }
}
