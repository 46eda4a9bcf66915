package com.qualitydesk.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.calendar.WorkingCalendar;
import com.qualitydesk.security.Department;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The escalation job's decisions (CF-05, CF-08) on the 2025 National Day calendar. */
class EscalationMomentTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 2025: National Day and Mid-Autumn 1–8 October, made up on Sunday 28 September and Saturday 11 October. */
    private static final WorkingCalendar CHINA_2025 = WorkingCalendar.builder(SHANGHAI)
            .hours(LocalTime.of(8, 30), LocalTime.of(17, 30))
            .lunch(LocalTime.of(12, 0), LocalTime.of(13, 0))
            .holidays(days(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8)))
            .makeUpWorkdays(List.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)))
            .build();

    private static final Duration HEAD_AFTER = Duration.ZERO;
    private static final Duration GM_AFTER = Duration.ofHours(8);

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

    private static Optional<EscalationMoment> momentAt(String localDateTime) {
        return EscalationMoment.at(at(localDateTime), CHINA_2025, 25, HEAD_AFTER, GM_AFTER);
    }

    private static List<EscalationStep> steps(String now, Task task) {
        return momentAt(now).orElseThrow().stepsFor(task);
    }

    /** Registered Monday 24 Nov 2025 09:00, due Wednesday 26 Nov at closing. */
    private static Task replyTask() {
        return new Task(
                TaskKind.REPLY,
                Department.SALES,
                null,
                1L,
                null,
                "FB-2025-0001",
                "Reply",
                at("2025-11-24T09:00"),
                at("2025-11-26T17:30"));
    }

    @Test
    void aTaskBeforeItsWarningWindowIsLeftAlone_CF05() {
        assertEquals(List.of(), steps("2025-11-25T10:00", replyTask()));
    }

    @Test
    void aTaskEnteringTheLastQuarterOfItsTimeWarnsItsOwnersOnce_CF05() {
        // the window opens at 17:30 minus a quarter of 56.5 h, in the night before: at opening it is open
        assertEquals(List.of(EscalationStep.WARNING), steps("2025-11-26T08:30", replyTask()));
        Task warned = replyTask();
        warned.setWarnedAt(at("2025-11-26T08:30"));
        assertEquals(List.of(), steps("2025-11-26T09:00", warned));
    }

    @Test
    void aBreachGoesToTheHeadAtOnceAndToTheGeneralManagerAfterEightWorkingHours_CF05_CF08() {
        Task task = replyTask();
        assertEquals(List.of(EscalationStep.HEAD), steps("2025-11-27T08:30", task));
        task.setEscalationLevel(1);
        // Thursday 08:30 to 17:30 less the lunch hour is 8 working hours: reached only at closing
        assertEquals(List.of(), steps("2025-11-27T17:29", task));
        assertEquals(List.of(EscalationStep.GENERAL_MANAGER), steps("2025-11-28T08:30", task));
        task.setEscalationLevel(2);
        assertEquals(List.of(), steps("2025-12-15T10:00", task));
    }

    @Test
    void aLongBreachFoundAfterTheWeekendGoesToBothAtOnce_CF08() {
        Task task = new Task(
                TaskKind.ACTION,
                Department.PRODUCTION,
                "production",
                1L,
                2L,
                "FB-2025-0002",
                "Containment",
                at("2025-11-17T09:00"),
                at("2025-11-20T17:30"));
        assertEquals(List.of(EscalationStep.HEAD, EscalationStep.GENERAL_MANAGER), steps("2025-11-24T09:00", task));
    }

    @Test
    void nothingIsSentAtNightOnWeekendsOnHolidaysOrOverLunch() {
        assertTrue(momentAt("2025-11-26T22:00").isEmpty(), "night");
        assertTrue(momentAt("2025-11-29T10:00").isEmpty(), "Saturday");
        assertTrue(momentAt("2025-10-03T10:00").isEmpty(), "National Day");
        assertTrue(momentAt("2025-11-26T12:30").isEmpty(), "lunch");
        assertTrue(momentAt("2025-10-11T10:00").isPresent(), "make-up Saturday is a working day");
    }

    @Test
    void breachedTimeOverTheHolidayWeekDoesNotCount_CF08() {
        // due Tuesday 30 Sep at closing; the holiday week counts nothing
        Task task = new Task(
                TaskKind.ANALYSE,
                Department.QUALITY,
                null,
                1L,
                null,
                "FB-2025-0003",
                "Analysis",
                at("2025-09-22T09:00"),
                at("2025-09-30T17:30"));
        assertEquals(List.of(EscalationStep.HEAD), steps("2025-10-09T17:29", task));
        assertEquals(List.of(EscalationStep.HEAD, EscalationStep.GENERAL_MANAGER), steps("2025-10-10T08:30", task));
    }

    @Test
    void pausedAndFinishedTasksAreNeverAnnounced() {
        Task paused = replyTask();
        paused.setPausedSince(at("2025-11-25T09:00"));
        assertEquals(List.of(), steps("2025-11-28T10:00", paused));
        Task done = replyTask();
        done.setDoneAt(at("2025-11-25T09:00"));
        assertEquals(List.of(), steps("2025-11-28T10:00", done));
    }

    @Test
    void theCutoffIsTheLatestDueDateOverdueLongEnough() {
        Instant now = at("2025-11-28T10:00");
        // 8 working hours before Friday 10:00: 1.5 h on Friday, 6.5 h on Thursday back to 10:00
        assertEquals(at("2025-11-27T10:00"), EscalationMoment.cutoff(now, CHINA_2025, Duration.ofHours(8)));
        assertEquals(now, EscalationMoment.cutoff(now, CHINA_2025, Duration.ZERO));
    }

    @Test
    void eventKeysNameTheTaskAndTheStep() {
        assertEquals("task-42-warning", EscalationStep.WARNING.eventKey(42));
        assertEquals("task-42-escalation-1", EscalationStep.HEAD.eventKey(42));
        assertEquals("task-42-escalation-2", EscalationStep.GENERAL_MANAGER.eventKey(42));
    }
}
