package com.qualitydesk.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.calendar.WorkingCalendar;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 2025: National Day and Mid-Autumn 1–8 October, made up on Sunday 28 September and Saturday 11 October. */
    private static final WorkingCalendar CHINA_2025 = WorkingCalendar.builder(SHANGHAI)
            .hours(LocalTime.of(8, 30), LocalTime.of(17, 30))
            .lunch(LocalTime.of(12, 0), LocalTime.of(13, 0))
            .holidays(days(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8)))
            .makeUpWorkdays(List.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)))
            .build();

    private final Map<ProcedureParameter, Integer> values = new EnumMap<>(ProcedureParameter.class);

    private Deadlines deadlines() {
        return new Deadlines(CHINA_2025, p -> values.getOrDefault(p, p.defaultValue()));
    }

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
    void aGeneralQuestionRegisteredFridayAfternoonIsDueTuesdayAtClosing_CF05() {
        assertEquals(at("2025-11-25T17:30"), deadlines().reply(Severity.GENERAL_QUESTION, at("2025-11-21T16:00")));
    }

    @Test
    void aSmallBatchProblemRegisteredTheDayBeforeNationalDaySkipsTheHolidayWeekAndCountsTheMakeUpSaturday_CF05() {
        // day 0 is 30 Sep; then 9, 10, 11 (make-up Saturday), 13, 14 October
        assertEquals(at("2025-10-14T17:30"), deadlines().reply(Severity.SMALL_BATCH, at("2025-09-30T10:00")));
    }

    @Test
    void aLargeBatchProblemUsesTheCurrentParameterNotAFixedSeven_CF05() {
        assertEquals(at("2025-12-02T17:30"), deadlines().reply(Severity.LARGE_BATCH, at("2025-11-21T16:00")));
        values.put(ProcedureParameter.CF05_LARGE_BATCH_DAYS, 10);
        assertEquals(at("2025-12-05T17:30"), deadlines().reply(Severity.LARGE_BATCH, at("2025-11-21T16:00")));
    }

    @Test
    void aMajorProblemGoesToTheGeneralManagerAtOnceWithTheOverallReplyDefault_CF05_CF08() {
        assertTrue(Severity.MAJOR.goesToGeneralManagerAtOnce());
        assertFalse(Severity.LARGE_BATCH.goesToGeneralManagerAtOnce());
        assertEquals(at("2025-11-26T17:30"), deadlines().reply(Severity.MAJOR, at("2025-11-21T16:00")));
    }

    @Test
    void feedbackNotedOnFridayEveningIsLateIfSalesRegistersItOnMonday_CF02() {
        Instant received = at("2025-11-21T18:00");
        assertEquals(at("2025-11-22T18:00"), deadlines().handOver(received));
        assertFalse(deadlines().handedOverLate(received, at("2025-11-22T09:00")));
        assertTrue(deadlines().handedOverLate(received, at("2025-11-24T09:00")));
    }

    @Test
    void anUrgentBatchIsInspectedByTheNextWorkingDayOrTheSameDayWhenTheParameterIsZero_CF06() {
        assertEquals(at("2025-09-30T17:30"), deadlines().urgentContainment(at("2025-09-29T10:00")));
        // transferred on the last day before the holiday week: due on the first working day after it
        assertEquals(at("2025-10-09T17:30"), deadlines().urgentContainment(at("2025-09-30T10:00")));
        values.put(ProcedureParameter.CF06_URGENT_CONTAINMENT_DAYS, 0);
        assertEquals(at("2025-09-29T17:30"), deadlines().urgentContainment(at("2025-09-29T10:00")));
    }

    @Test
    void otherContainmentMustLieWithinThreeToSevenWorkingDays_CF06() {
        assertEquals(at("2025-11-26T17:30"), deadlines().containment(at("2025-11-21T16:00"), 3));
        var tooLong = assertThrows(RuleViolation.class, () -> deadlines().containment(at("2025-11-21T16:00"), 8));
        assertEquals("feedback.containment.outOfRange", tooLong.getMessageKey());
        assertThrows(RuleViolation.class, () -> deadlines().containment(at("2025-11-21T16:00"), 2));
    }

    @Test
    void feedbackNumbersRunPerYearWithFourDigits_CF03() {
        var n = new FeedbackNumber(2026, 42);
        assertEquals("FB-2026-0042", n.toString());
        assertEquals(n, FeedbackNumber.parse("FB-2026-0042"));
        assertEquals("FB-2026-0043", n.next().toString());
        assertEquals("FB-2026-10000", new FeedbackNumber(2026, 9999).next().toString());
        assertTrue(new FeedbackNumber(2025, 900).compareTo(n) < 0);
        assertThrows(IllegalArgumentException.class, () -> FeedbackNumber.parse("FB-26-1"));
        assertThrows(IllegalArgumentException.class, () -> new FeedbackNumber(2026, 0));
    }

    @Test
    void aPauseFromFridayAfternoonToMondayMorningGivesBackItsThreeWorkingHours() {
        Instant due = at("2025-11-25T17:30");
        assertEquals(
                at("2025-11-26T11:30"), deadlines().afterPause(due, at("2025-11-21T16:00"), at("2025-11-24T10:00")));
    }

    @Test
    void aPauseOverTheWeekendOrTheHolidayWeekCostsNothing() {
        Instant due = at("2025-10-14T17:30");
        assertEquals(due, deadlines().afterPause(due, at("2025-11-22T09:00"), at("2025-11-23T18:00")));
        assertEquals(due, deadlines().afterPause(due, at("2025-10-01T08:00"), at("2025-10-08T20:00")));
    }

    @Test
    void aPauseOverTheMakeUpSaturdayCountsItsWorkingDay() {
        Instant due = at("2025-10-14T17:30");
        // Saturday 11 October is a working day: eight working hours are given back
        assertEquals(
                at("2025-10-15T17:30"), deadlines().afterPause(due, at("2025-10-11T08:00"), at("2025-10-11T18:00")));
    }
}
