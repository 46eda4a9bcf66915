package com.qualitydesk.aftersales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.calendar.WorkingCalendar;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.customer.Product;
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

/** AS-05: the call-back's working-day clock, the objection's clock-hour disposal clock, its steps. */
class CallBackDeadlinesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 2025: National Day and Mid-Autumn 1–8 October, made up on Sunday 28 September and Saturday 11 October. */
    private static final WorkingCalendar CHINA_2025 = WorkingCalendar.builder(SHANGHAI)
            .hours(LocalTime.of(8, 30), LocalTime.of(17, 30))
            .lunch(LocalTime.of(12, 0), LocalTime.of(13, 0))
            .holidays(days(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8)))
            .makeUpWorkdays(List.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)))
            .build();

    private final Map<ProcedureParameter, Integer> values = new EnumMap<>(ProcedureParameter.class);

    private CallBackDeadlines deadlines() {
        return new CallBackDeadlines(CHINA_2025, p -> values.getOrDefault(p, p.defaultValue()));
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
    void aBatchShippedOnAnOrdinaryWednesdayIsCalledBackFiveWorkingDaysLater_AS05() {
        // day 0 Wed 19 Nov; 20, 21, 24, 25, 26
        assertEquals(at("2025-11-26T17:30"), deadlines().callBack(LocalDate.of(2025, 11, 19)));
    }

    @Test
    void aBatchShippedTheDayBeforeNationalDaySkipsTheHolidayWeekAndCountsTheMakeUpSaturday_AS05() {
        // day 0 Tue 30 Sep; 9, 10, 11 (make-up Saturday), 13, 14 October
        assertEquals(at("2025-10-14T17:30"), deadlines().callBack(LocalDate.of(2025, 9, 30)));
    }

    @Test
    void aBatchShippedOnTheMakeUpSundayCountsThatSundayAsDayZero_AS05() {
        // day 0 Sun 28 Sep (make-up); 29, 30 Sep, 9, 10, 11 Oct (make-up Saturday)
        assertEquals(at("2025-10-11T17:30"), deadlines().callBack(LocalDate.of(2025, 9, 28)));
    }

    @Test
    void aBatchShippedDuringTheHolidayCountsFromTheFirstWorkingDayAfterIt_AS05() {
        // day 0 Thu 9 Oct; 10, 11 (make-up), 13, 14, 15
        assertEquals(at("2025-10-15T17:30"), deadlines().callBack(LocalDate.of(2025, 10, 3)));
    }

    @Test
    void theCallBackUsesTheCurrentSettingNotAFixedFive_AS05() {
        values.put(ProcedureParameter.AS05_CALL_BACK_WORKING_DAYS, 2);
        assertEquals(at("2025-10-10T17:30"), deadlines().callBack(LocalDate.of(2025, 9, 30)));
    }

    @Test
    void theDisposalClockRunsTwentyFourClockHoursThroughTheNightAndTheHoliday_AS05() {
        assertEquals(at("2025-10-01T16:00"), deadlines().disposal(at("2025-09-30T16:00")));
        assertEquals(at("2025-11-22T18:00"), deadlines().disposal(at("2025-11-21T18:00")));
        values.put(ProcedureParameter.AS05_OBJECTION_DISPOSAL_HOURS, 48);
        assertEquals(at("2025-10-02T16:00"), deadlines().disposal(at("2025-09-30T16:00")));
    }

    @Test
    void aSuggestionAfterTheTwentyFourHoursIsLateAndOneInsideIsNot_AS05() {
        CallBack callBack = callBack();
        Instant objected = at("2025-11-20T10:00");
        callBack.objection(
                "scratches on the housings", objected, "sales", deadlines().disposal(objected));
        assertFalse(callBack.isDisposalLate(at("2025-11-21T09:59")));
        assertTrue(callBack.isDisposalLate(at("2025-11-21T10:01")));
        callBack.suggestDisposal("replace the 20 housings", at("2025-11-21T09:00"), "quality");
        assertFalse(callBack.isDisposalLate(at("2025-11-25T10:00")));
    }

    @Test
    void aSecondOutcomeForTheSameCallBackIsRefused_AS05() {
        CallBack callBack = callBack();
        callBack.noObjection(at("2025-11-20T10:00"), "sales");
        var refused = assertThrows(
                RuleViolation.class,
                () -> callBack.objection("late", at("2025-11-20T10:01"), "sales", at("2025-11-21T10:01")));
        assertEquals("callBack.alreadyRecorded", refused.getMessageKey());
        assertEquals(CallBackStatus.NO_OBJECTION, callBack.getStatus());
    }

    @Test
    void anObjectionClosesOnlyWithTheSuggestionAndTheFeedbackResult_AS05() {
        CallBack callBack = callBack();
        callBack.objection("noise", at("2025-11-20T10:00"), "sales", at("2025-11-21T10:00"));
        assertEquals(
                "callBack.close.noDisposal",
                assertThrows(RuleViolation.class, () -> callBack.close(at("2025-11-22T10:00"), "sales"))
                        .getMessageKey());
        callBack.suggestDisposal("exchange the lot", at("2025-11-20T15:00"), "quality");
        assertEquals(
                "callBack.close.noFeedbackResult",
                assertThrows(RuleViolation.class, () -> callBack.close(at("2025-11-22T10:00"), "sales"))
                        .getMessageKey());
        callBack.fileFeedbackResult("lot exchanged, customer satisfied", at("2025-11-28T10:00"));
        callBack.close(at("2025-11-28T11:00"), "sales");
        assertEquals(CallBackStatus.CLOSED, callBack.getStatus());
    }

    @Test
    void anObjectionWithoutTextIsRefused_AS05() {
        CallBack callBack = callBack();
        assertThrows(
                RuleViolation.class,
                () -> callBack.objection("  ", at("2025-11-20T10:00"), "sales", at("2025-11-21T10:00")));
        assertEquals(CallBackStatus.DUE, callBack.getStatus());
    }

    @Test
    void aCallBackStillDueAfterItsDateIsOverdue_AS05() {
        CallBack callBack = callBack();
        assertFalse(callBack.isOverdue(at("2025-11-26T17:00")));
        assertTrue(callBack.isOverdue(at("2025-11-26T17:31")));
        callBack.noObjection(at("2025-11-27T09:00"), "sales");
        assertFalse(callBack.isOverdue(at("2025-11-27T10:00")));
    }

    private CallBack callBack() {
        var customer = new Customer();
        customer.setCode("C001");
        var product = new Product();
        product.setCode("P1");
        var delivery = new Delivery(customer, product, "L-1", 100, LocalDate.of(2025, 11, 19));
        return new CallBack(delivery, at("2025-11-19T09:00"), deadlines().callBack(delivery.getShipDate()));
    }
}
