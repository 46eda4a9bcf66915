package com.qualitydesk.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.qualitydesk.calendar.WorkingCalendar;
import com.qualitydesk.task.DueState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CS-09: the monthly sheet is due by working day N of the next month, on the company's calendar. */
class SubmissionDeadlineTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 2025: National Day and Mid-Autumn 1–8 October, made up on Sunday 28 September and Saturday 11 October. */
    private static final WorkingCalendar CHINA_2025 = WorkingCalendar.builder(SHANGHAI)
            .hours(LocalTime.of(8, 30), LocalTime.of(17, 30))
            .lunch(LocalTime.of(12, 0), LocalTime.of(13, 0))
            .holidays(days(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8)))
            .makeUpWorkdays(List.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)))
            .build();

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static List<LocalDate> days(LocalDate from, LocalDate to) {
        var all = new ArrayList<LocalDate>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            all.add(d);
        }
        return all;
    }

    @Test
    void octobersSheetIsDueAtClosingOfTheFifthWorkingDayOfNovember_CS09() {
        // 1 November 2025 is a Saturday: Mon 3 (1), 4, 5, 6, Fri 7 (5)
        assertEquals(at("2025-11-07T17:30"), new SubmissionDeadline(CHINA_2025, 5).of(YearMonth.of(2025, 10)));
    }

    @Test
    void septembersSheetSkipsNationalDayAndCountsTheMakeUpSaturday_CS09() {
        // holidays 1–8 October: Thu 9 (1), Fri 10 (2), Sat 11 made up (3), Mon 13 (4), Tue 14 (5)
        assertEquals(at("2025-10-14T17:30"), new SubmissionDeadline(CHINA_2025, 5).of(YearMonth.of(2025, 9)));
    }

    @Test
    void theFirstWorkingDayIsDayOneNotDayZero_CS09() {
        // 1 December 2025 is a Monday and a working day: due that evening
        assertEquals(at("2025-12-01T17:30"), new SubmissionDeadline(CHINA_2025, 1).of(YearMonth.of(2025, 11)));
        // 1 November is a Saturday: day 1 is Monday 3 November
        assertEquals(at("2025-11-03T17:30"), new SubmissionDeadline(CHINA_2025, 1).of(YearMonth.of(2025, 10)));
    }

    @Test
    void aMonthAtTheTurnOfTheYearIsDueInJanuary_CS09() {
        // 1 January 2026 is a Thursday (no holiday in this calendar): Thu 1, Fri 2, Mon 5, Tue 6, Wed 7
        assertEquals(at("2026-01-07T17:30"), new SubmissionDeadline(CHINA_2025, 5).of(YearMonth.of(2025, 12)));
    }

    @Test
    void theReminderRunsFromTheNextMonthAndIsOverdueAfterTheDeadline_CS09() {
        var deadline = new SubmissionDeadline(CHINA_2025, 5);
        YearMonth october = YearMonth.of(2025, 10);
        Instant start = deadline.opensAt(october);
        Instant due = deadline.of(october);
        assertEquals(at("2025-11-01T00:00"), start);
        // the inbox shows the step on time, then in its warning window, then overdue
        assertEquals(DueState.ON_TIME, DueState.of(start, due, at("2025-11-03T09:00"), 25));
        assertEquals(DueState.WARNING, DueState.of(start, due, at("2025-11-07T10:00"), 25));
        assertEquals(DueState.OVERDUE, DueState.of(start, due, at("2025-11-07T17:31"), 25));
    }

    @Test
    void workingDayZeroIsNoDeadline_CS09() {
        assertThrows(IllegalArgumentException.class, () -> new SubmissionDeadline(CHINA_2025, 0));
    }
}
