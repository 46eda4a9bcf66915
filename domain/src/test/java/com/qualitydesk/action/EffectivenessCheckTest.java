package com.qualitydesk.action;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.calendar.WorkingCalendar;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Product;
import com.qualitydesk.feedback.AnalysisForm;
import com.qualitydesk.feedback.CaseRegistration;
import com.qualitydesk.feedback.CauseCategory;
import com.qualitydesk.feedback.Deadlines;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackChannel;
import com.qualitydesk.feedback.FeedbackType;
import com.qualitydesk.feedback.Severity;
import com.qualitydesk.security.Department;
import com.qualitydesk.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CF-10: a recurrence within the verification window blocks "effective" unless the verifier writes why not. */
class EffectivenessCheckTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingCalendar WEEKDAYS = WorkingCalendar.builder(SHANGHAI)
            .hours(LocalTime.of(8, 30), LocalTime.of(17, 30))
            .build();
    /** Monday 16 November 2026, 10:00 in Shanghai: the action is completed. */
    private static final Instant COMPLETED = Instant.parse("2026-11-16T02:00:00Z");
    /** The verification falls due on Friday 20 November 2026. */
    private static final LocalDate DUE = LocalDate.of(2026, 11, 20);

    private static final Customer ACME = new Customer();
    private static final Customer OTHER_CUSTOMER = new Customer();
    private static final Product VALVE = new Product();
    private static final Product OTHER_PRODUCT = new Product();

    private static final Recurrences TWO = Recurrences.of(List.of("FB-2026-0007", "FB-2026-0009"));

    private static CorrectiveAction completedAction() {
        var action = new CorrectiveAction();
        action.setStatus(ActionStatus.COMPLETED);
        action.setCompletedAt(COMPLETED);
        action.setVerificationDue(DUE);
        return action;
    }

    private static Feedback registered(
            Customer customer, Product product, CauseCategory cause, Instant at, String number) {
        var deadlines = new Deadlines(WEEKDAYS, p -> p.defaultValue());
        var f = Feedback.received(
                FeedbackChannel.PHONE, null, null, null, null, "Valves leak", at, "sales", Department.SALES, deadlines);
        f.register(
                new CaseRegistration(
                        customer,
                        null,
                        product,
                        "L1",
                        10,
                        FeedbackType.QUALITY_PROBLEM,
                        Severity.SMALL_BATCH,
                        null,
                        false),
                () -> number,
                at,
                "sales",
                deadlines);
        if (cause != null) {
            f.recordCause(new AnalysisForm("Why?", null, null, null, null, "Worn seal", cause), at, "technical");
        }
        return f;
    }

    private static Feedback source() {
        return registered(ACME, VALVE, CauseCategory.MATERIAL, COMPLETED.minusSeconds(86_400 * 10), "FB-2026-0001");
    }

    private static EffectivenessCheck.Window window() {
        return EffectivenessCheck.Window.of(completedAction(), SHANGHAI);
    }

    // --- the refusal ---

    @Test
    void withoutRecurrencesEffectiveNeedsNoJustification_CF10() {
        assertNull(EffectivenessCheck.refusal(true, Recurrences.NONE, null));
        assertNull(EffectivenessCheck.refusal(true, null, null), "no figure (no product or cause to compare)");
        assertDoesNotThrow(() -> EffectivenessCheck.require(true, Recurrences.NONE, ""));
    }

    @Test
    void aRecurrenceRefusesEffectiveWithoutAJustification_CF10() {
        assertEquals(EffectivenessCheck.JUSTIFICATION_REQUIRED, EffectivenessCheck.refusal(true, TWO, null));
        assertEquals(EffectivenessCheck.JUSTIFICATION_REQUIRED, EffectivenessCheck.refusal(true, TWO, "   "));
        var refused = assertThrows(RuleViolation.class, () -> EffectivenessCheck.require(true, TWO, ""));
        assertEquals("action.verification.recurrenceNeedsJustification", refused.getMessageKey());
        assertEquals(2L, refused.getArguments()[0]);
        assertEquals("FB-2026-0007, FB-2026-0009", refused.getArguments()[1]);
    }

    @Test
    void aRecurrencePassesAsEffectiveWithAWrittenReason_CF10() {
        assertNull(EffectivenessCheck.refusal(true, TWO, "Both are handling damage in transport, not the seal"));
    }

    @Test
    void notEffectiveIsAlwaysAllowed_CF10() {
        assertNull(EffectivenessCheck.refusal(false, TWO, null));
        assertNull(EffectivenessCheck.refusal(false, Recurrences.NONE, null));
    }

    // --- what a recurrence is ---

    @Test
    void sameProductAndCauseIsARecurrence_CF10() {
        var source = source();
        var other =
                registered(OTHER_CUSTOMER, VALVE, CauseCategory.MATERIAL, COMPLETED.plusSeconds(3600), "FB-2026-0002");
        assertTrue(EffectivenessCheck.isRecurrence(source, other, window()));
    }

    @Test
    void sameCustomerAndCauseIsARecurrenceAlsoOnAnotherProduct_CF10() {
        var source = source();
        var other =
                registered(ACME, OTHER_PRODUCT, CauseCategory.MATERIAL, COMPLETED.plusSeconds(3600), "FB-2026-0002");
        assertTrue(EffectivenessCheck.isRecurrence(source, other, window()));
    }

    @Test
    void anotherCauseOrNoCauseYetOrNeitherProductNorCustomerIsNoRecurrence_CF10() {
        var source = source();
        Instant later = COMPLETED.plusSeconds(3600);
        assertFalse(EffectivenessCheck.isRecurrence(
                source, registered(ACME, VALVE, CauseCategory.MACHINE, later, "FB-2026-0002"), window()));
        assertFalse(EffectivenessCheck.isRecurrence(
                source, registered(ACME, VALVE, null, later, "FB-2026-0003"), window()));
        assertFalse(EffectivenessCheck.isRecurrence(
                source,
                registered(OTHER_CUSTOMER, OTHER_PRODUCT, CauseCategory.MATERIAL, later, "FB-2026-0004"),
                window()));
        assertFalse(EffectivenessCheck.isRecurrence(source, source, window()), "the case itself");
    }

    @Test
    void theWindowRunsFromCompletionToTheEndOfTheDayTheVerificationFallsDue_CF10() {
        var window = window();
        assertEquals(COMPLETED, window.from());
        Instant lastMoment =
                LocalDate.of(2026, 11, 21).atStartOfDay(SHANGHAI).toInstant().minusNanos(1);
        assertEquals(lastMoment, window.until());

        var source = source();
        assertTrue(
                EffectivenessCheck.isRecurrence(
                        source, registered(ACME, VALVE, CauseCategory.MATERIAL, COMPLETED, "FB-2026-0002"), window),
                "registered at the moment of completion");
        assertFalse(
                EffectivenessCheck.isRecurrence(
                        source,
                        registered(ACME, VALVE, CauseCategory.MATERIAL, COMPLETED.minusSeconds(1), "FB-2026-0003"),
                        window),
                "registered just before completion");
        assertTrue(
                EffectivenessCheck.isRecurrence(
                        source, registered(ACME, VALVE, CauseCategory.MATERIAL, lastMoment, "FB-2026-0004"), window),
                "registered on the last moment of the due day");
        assertFalse(
                EffectivenessCheck.isRecurrence(
                        source,
                        registered(ACME, VALVE, CauseCategory.MATERIAL, lastMoment.plusNanos(1), "FB-2026-0005"),
                        window),
                "registered after the window");
    }

    @Test
    void aWindowOfNoDaysIsTheDayOfCompletion_CF10() {
        var action = completedAction();
        action.setVerificationDue(LocalDate.of(2026, 11, 16));
        var window = EffectivenessCheck.Window.of(action, SHANGHAI);
        assertTrue(window.contains(COMPLETED.plusSeconds(3600 * 10)));
        assertFalse(window.contains(
                LocalDate.of(2026, 11, 17).atStartOfDay(SHANGHAI).toInstant()));
        assertNull(EffectivenessCheck.Window.of(new CorrectiveAction(), SHANGHAI), "not completed: no window");
    }
}
