package com.qualitydesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.qualitydesk.calendar.WorkingCalendar;
import com.qualitydesk.shared.RuleViolation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IM-03: the reports are due at closing of a working day of the company's calendar. */
class ReportDeadlineTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** National Day 1–8 October 2025, made up on Saturday 11 October. */
    private static final WorkingCalendar CHINA_2025 = WorkingCalendar.builder(SHANGHAI)
            .hours(LocalTime.of(8, 30), LocalTime.of(17, 30))
            .lunch(LocalTime.of(12, 0), LocalTime.of(13, 0))
            .holidays(LocalDate.of(2025, 10, 1)
                    .datesUntil(LocalDate.of(2025, 10, 9))
                    .toList())
            .makeUpWorkdays(List.of(LocalDate.of(2025, 10, 11)))
            .build();

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

    @Test
    void dueAtClosingOfTheNamedWorkingDay_IM03() {
        assertEquals(
                LocalDate.of(2025, 12, 10).atTime(17, 30).atZone(SHANGHAI).toInstant(),
                ReportDeadline.of(CHINA_2025, LocalDate.of(2025, 12, 10), TODAY));
    }

    @Test
    void makeUpWorkingDayIsAccepted_IM03() {
        assertEquals(
                LocalDate.of(2025, 10, 11).atTime(17, 30).atZone(SHANGHAI).toInstant(),
                ReportDeadline.of(CHINA_2025, LocalDate.of(2025, 10, 11), TODAY));
    }

    @Test
    void holidayWeekendAndPastDaysAreRefused_IM03() {
        assertEquals(
                "review.due.notWorkingDay",
                assertThrows(RuleViolation.class, () -> ReportDeadline.of(CHINA_2025, LocalDate.of(2025, 10, 3), TODAY))
                        .getMessageKey());
        assertEquals(
                "review.due.notWorkingDay",
                assertThrows(
                                RuleViolation.class,
                                () -> ReportDeadline.of(CHINA_2025, LocalDate.of(2025, 12, 13), TODAY))
                        .getMessageKey());
        assertEquals(
                "review.due.past",
                assertThrows(RuleViolation.class, () -> ReportDeadline.of(CHINA_2025, LocalDate.of(2025, 8, 29), TODAY))
                        .getMessageKey());
    }
}
