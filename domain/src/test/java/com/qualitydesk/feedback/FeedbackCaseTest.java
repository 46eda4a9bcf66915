package com.qualitydesk.feedback;

import static com.qualitydesk.feedback.Cases.MONDAY_10;
import static com.qualitydesk.feedback.Cases.SHANGHAI;
import static com.qualitydesk.feedback.Cases.deadlines;
import static com.qualitydesk.feedback.Cases.form;
import static com.qualitydesk.feedback.Cases.registered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.action.ActionStatus;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.security.Department;
import com.qualitydesk.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The feedback case as an aggregate: each step method keeps the procedure's rules by itself. */
class FeedbackCaseTest {

    private static void refused(String key, Executable step) {
        assertEquals(key, assertThrows(RuleViolation.class, step).getMessageKey());
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, SHANGHAI);
    }

    @Test
    void registrationOnMondayOfASmallBatchIsDueAtTheEndOfTheFifthWorkingDay_CF03_CF05() {
        var f = registered(Severity.SMALL_BATCH);
        assertEquals("FB-2026-0001", f.getNumber());
        assertEquals(FeedbackStatus.REGISTERED, f.getStatus());
        assertEquals(LocalDateTime.of(2026, 11, 23, 17, 30), local(f.getReplyDueAt()));
        assertFalse(f.isHandedOverLate());
    }

    @Test
    void aRefusedRegistrationTakesNoNumber_CF03() {
        var f = Cases.received(Department.SALES, MONDAY_10);
        var taken = new AtomicInteger();
        var noType = new CaseRegistration(
                new com.qualitydesk.customer.Customer(), null, null, null, null, null, Severity.MAJOR, null, false);
        refused(
                "feedback.type.required",
                () -> f.register(noType, () -> "FB-" + taken.incrementAndGet(), MONDAY_10, "s", deadlines()));
        var noProduct = new CaseRegistration(
                new com.qualitydesk.customer.Customer(),
                null,
                null,
                null,
                null,
                FeedbackType.RETURN_REQUEST,
                Severity.MAJOR,
                null,
                false);
        refused(
                "feedback.product.required",
                () -> f.register(noProduct, () -> "FB-" + taken.incrementAndGet(), MONDAY_10, "s", deadlines()));
        assertEquals(0, taken.get());
        assertFalse(f.isRegistered());
        f.register(form(Severity.MAJOR, false), () -> "FB-" + taken.incrementAndGet(), MONDAY_10, "s", deadlines());
        assertEquals("FB-1", f.getNumber());
        refused(
                "feedback.alreadyRegistered",
                () -> f.register(form(Severity.MAJOR, false), () -> "x", MONDAY_10, "s", deadlines()));
    }

    /**
     * CF-03: the year's number stays locked from the moment it is taken until the registration
     * commits, so the case reads its settings first and takes the number last.
     */
    @Test
    void theNumberIsTakenAfterTheDeadlinesReadTheirSettings_CF03() {
        var f = Cases.received(Department.FINANCE, MONDAY_10);
        var order = new java.util.ArrayList<String>();
        var recording = new Deadlines(Cases.WEEKDAYS, p -> {
            order.add(p.name());
            return p.defaultValue();
        });
        f.register(
                form(Severity.SMALL_BATCH, false),
                () -> {
                    order.add("number");
                    return "FB-2026-0007";
                },
                MONDAY_10,
                "sales",
                recording);
        assertFalse(order.isEmpty());
        assertEquals("number", order.get(order.size() - 1), "the number comes last: " + order);
        assertEquals(1, order.stream().filter("number"::equals).count());
        assertEquals("FB-2026-0007", f.getNumber());
    }

    @Test
    void aNoteTakenOutsideSalesRegisteredAfter24HoursIsLate_CF02() {
        var f = Cases.received(Department.FINANCE, MONDAY_10);
        Instant tuesdayNoon = MONDAY_10.plus(Duration.ofHours(26));
        f.register(form(Severity.GENERAL_QUESTION, false), () -> "FB-2026-0002", tuesdayNoon, "sales", deadlines());
        assertTrue(f.isHandedOverLate());

        var bySales = Cases.received(Department.SALES, MONDAY_10);
        bySales.register(
                form(Severity.GENERAL_QUESTION, false), () -> "FB-2026-0003", tuesdayNoon, "sales", deadlines());
        assertFalse(bySales.isHandedOverLate());
    }

    @Test
    void aLetterReceivedYesterdayIsHandedOverWithin24HoursOfItsReceiptNotOfItsEntry_CF02() {
        // entered on Monday 10:00; the letter arrived on Sunday 15 November, 16:30 in Shanghai
        Instant sundayHalfPastFour = Instant.parse("2026-11-15T08:30:00Z");
        var receipt = Receipt.told(sundayHalfPastFour, MONDAY_10, LocalDate.of(2026, 9, 1), SHANGHAI);
        var f = Feedback.received(
                FeedbackChannel.LETTER,
                null,
                null,
                null,
                null,
                "The valves of lot L7 leak",
                receipt,
                "production",
                Department.PRODUCTION,
                deadlines());
        assertEquals(sundayHalfPastFour, f.getReceivedAt());
        assertEquals(MONDAY_10, f.getEnteredAt(), "the entry time is kept");
        assertTrue(f.isEnteredLater());
        assertEquals(sundayHalfPastFour.plus(Duration.ofHours(24)), f.getHandOverDueAt());
        assertEquals(LocalDateTime.of(2026, 11, 16, 16, 30), local(f.getHandOverDueAt()));
        assertEquals(
                sundayHalfPastFour.plus(Duration.ofHours(24)),
                f.getManagerReview().getDueAt());
        // registered on Monday at 17:00: more than 24 hours after the letter arrived, though 7 after its entry
        f.register(
                form(Severity.GENERAL_QUESTION, false),
                () -> "FB-2026-0004",
                MONDAY_10.plus(Duration.ofHours(7)),
                "sales",
                deadlines());
        assertTrue(f.isHandedOverLate());
    }

    @Test
    void aReceiptInTheFutureOrBeforeTheCustomersFirstDeliveryIsRefused_CF02() {
        LocalDate firstDelivery = LocalDate.of(2026, 11, 10);
        refused(
                "feedback.receivedAt.future",
                () -> Receipt.told(MONDAY_10.plusSeconds(60), MONDAY_10, firstDelivery, SHANGHAI));
        // 9 November, 23:59 in Shanghai: the day before the first delivery
        Instant dayBefore = Instant.parse("2026-11-09T15:59:00Z");
        var early =
                assertThrows(RuleViolation.class, () -> Receipt.told(dayBefore, MONDAY_10, firstDelivery, SHANGHAI));
        assertEquals("feedback.receivedAt.beforeFirstDelivery", early.getMessageKey());
        assertEquals(
                java.time.LocalDate.parse("2026-11-10"),
                early.getArguments()[0],
                "the message names the first delivery");
        // the first delivery's own day counts from its start in the company's zone
        Instant shippingDay = Instant.parse("2026-11-09T16:00:00Z");
        assertEquals(
                shippingDay,
                Receipt.told(shippingDay, MONDAY_10, firstDelivery, SHANGHAI).receivedAt());
        // a customer without deliveries: only the future is refused
        assertEquals(
                dayBefore, Receipt.told(dayBefore, MONDAY_10, null, SHANGHAI).receivedAt());
        // none given, or the very moment of entry: received now, not entered later
        var now = Receipt.told(null, MONDAY_10, firstDelivery, SHANGHAI);
        assertEquals(Receipt.now(MONDAY_10), now);
        assertFalse(Receipt.enteredLater(now.receivedAt(), now.enteredAt()));
        assertEquals(
                MONDAY_10,
                Receipt.told(MONDAY_10, MONDAY_10, firstDelivery, SHANGHAI).receivedAt());
    }

    @Test
    void aWebsiteCommentIsReceivedWhenItIsSent_CC02_CF02() {
        var f = Feedback.fromWebsite(
                FeedbackChannel.WEBSITE,
                "Acme",
                "Ann",
                "ann@acme.example",
                "Rust",
                "W-1",
                MONDAY_10,
                "website",
                deadlines());
        assertEquals(MONDAY_10, f.getReceivedAt());
        assertEquals(MONDAY_10, f.getEnteredAt());
        assertEquals(MONDAY_10.plus(Duration.ofHours(24)), f.getHandOverDueAt());
    }

    @Test
    void aChangedSeverityNeedsAReasonAndRecomputesTheReplyFromRegistration_CF05() {
        var f = registered(Severity.SMALL_BATCH);
        refused(
                "feedback.severity.reasonRequired",
                () -> f.changeSeverity(Severity.GENERAL_QUESTION, " ", deadlines()));
        assertTrue(f.changeSeverity(Severity.GENERAL_QUESTION, "only one piece", deadlines()));
        assertEquals(LocalDateTime.of(2026, 11, 18, 17, 30), local(f.getReplyDueAt()));
        assertFalse(f.changeSeverity(Severity.GENERAL_QUESTION, "again", deadlines()));
    }

    @Test
    void aPauseNeedsAReasonAndGivesBackTheWorkingTimeItLasted() {
        var f = registered(Severity.SMALL_BATCH);
        refused("feedback.pause.reasonRequired", () -> f.pause("", MONDAY_10));
        refused("feedback.pause.notPaused", () -> f.resume(MONDAY_10, deadlines()));
        f.pause("waiting for samples", MONDAY_10);
        refused("feedback.pause.already", () -> f.pause("again", MONDAY_10));
        f.resume(MONDAY_10.plus(Duration.ofHours(2)), deadlines());
        assertFalse(f.isPaused());
        // due Monday 23rd at 17:30; two working hours later is Tuesday 10:30
        assertEquals(LocalDateTime.of(2026, 11, 24, 10, 30), local(f.getReplyDueAt()));
    }

    @Test
    void theCauseNeedsTheFirstWhyTheRootCauseAndItsCategory_CF10() {
        var f = registered(Severity.SMALL_BATCH);
        refused(
                "feedback.analysis.incomplete",
                () -> f.recordCause(
                        new AnalysisForm(" ", null, null, null, null, "seal", CauseCategory.MATERIAL), MONDAY_10, "q"));
        f.recordCause(
                new AnalysisForm(" leak ", "", "seal worn", null, null, " seal ", CauseCategory.MATERIAL),
                MONDAY_10,
                "q");
        assertEquals(List.of("leak", "seal worn"), f.whyChain());
        assertEquals("seal", f.getAnalysis().getRootCause());
        assertFalse(f.getAnalysis().isDecided());
        f.assignResponsibility(Department.PRODUCTION, " Wang ");
        assertTrue(f.getAnalysis().isDecided());
        assertEquals("Wang", f.getAnalysis().getResponsiblePerson());
        assertEquals(CauseCategory.MATERIAL, f.getAnalysis().getCauseCategory());
    }

    @Test
    void onlyALargeBatchOrMajorProblemHasASpecialMeeting_CF05() {
        var small = registered(Severity.SMALL_BATCH);
        refused(
                "feedback.meeting.onlyLargeBatch",
                () -> small.recordMeeting(LocalDate.of(2026, 11, 17), "Q, T", "m", null));
        var large = registered(Severity.LARGE_BATCH);
        refused(
                "feedback.meeting.incomplete",
                () -> large.recordMeeting(LocalDate.of(2026, 11, 17), "Q, T", " ", null));
        large.recordMeeting(LocalDate.of(2026, 11, 17), "Q, T", "minutes", " ");
        assertEquals("minutes", large.getMeeting().getMinutes());
        assertNull(large.getMeeting().getDecisions());
    }

    @Test
    void theGeneralManagersInstructionIsNeverEmpty_CF08() {
        var f = registered(Severity.MAJOR);
        refused("feedback.gm.instructionRequired", () -> f.instruct("  ", MONDAY_10, "gm"));
        f.instruct(" Replace the lot ", MONDAY_10, "gm");
        assertEquals("Replace the lot", f.getInstruction().getText());
        assertEquals("gm", f.getInstruction().getBy());
    }

    @Test
    void aRecallIsDecidedForSafetyComplaintsOnlyAndWithAReason_CF09() {
        refused("feedback.recall.notSafety", () -> registered(Severity.MAJOR)
                .decideRecall(RecallDecision.RECALL, "cracks", MONDAY_10, "q"));
        var safety = registered(Severity.MAJOR, true);
        refused(
                "feedback.recall.reasonRequired",
                () -> safety.decideRecall(RecallDecision.RECALL, " ", MONDAY_10, "q"));
        safety.decideRecall(RecallDecision.FIELD_ACTION, "inspect housings", MONDAY_10, "q");
        assertEquals(RecallDecision.FIELD_ACTION, safety.getRecall().getDecision());
    }

    @Test
    void containmentGoesToProductionOnceAndItsResultMustAddUp_CF06() {
        var f = registered(Severity.SMALL_BATCH);
        refused(
                "feedback.containment.notTransferred",
                () -> f.recordContainment(new ContainmentResult(10, 1, Disposition.REWORK, null), MONDAY_10, "p"));
        refused("feedback.containment.daysRequired", () -> ContainmentOutcome.requireDays(false, null));
        f.transferToProduction(false, MONDAY_10.plus(Duration.ofDays(3)));
        assertTrue(f.isConcernsProduction());
        refused("feedback.containment.alreadyTransferred", () -> f.transferToProduction(true, MONDAY_10));
        refused(
                "feedback.containment.moreNonconformingThanChecked",
                () -> f.recordContainment(new ContainmentResult(10, 11, Disposition.REWORK, null), MONDAY_10, "p"));
        refused(
                "feedback.containment.dispositionRequired",
                () -> f.recordContainment(new ContainmentResult(10, 1, null, null), MONDAY_10, "p"));
        f.recordContainment(new ContainmentResult(10, 1, Disposition.SCRAP, " sorted "), MONDAY_10, "p");
        assertEquals("sorted", f.getContainment().getNote());
        assertTrue(f.getContainment().isRecorded());
    }

    @Test
    void theReplyIsSentOnceNeverInTheFutureAndInEnglishOrChinese_CF12() {
        var f = registered(Severity.GENERAL_QUESTION);
        LocalDate today = LocalDate.of(2026, 11, 17);
        refused("feedback.reply.textRequired", () -> f.recordReplySent(today, FeedbackChannel.EMAIL, "s", today));
        refused("feedback.reply.language", () -> f.draftReply("Dear customer", "fr"));
        f.draftReply("Dear customer", "zh_CN");
        refused(
                "feedback.reply.sentInFuture",
                () -> f.recordReplySent(today.plusDays(1), FeedbackChannel.EMAIL, "s", today));
        f.recordReplySent(today, FeedbackChannel.EMAIL, "s", today);
        assertTrue(f.isReplySent());
        refused("feedback.reply.alreadySent", () -> f.draftReply("changed", "en"));
    }

    @Test
    void aCaseClosesOnlyWhenNothingIsMissingAndThenTakesNoMoreSteps_CF12() {
        var f = registered(Severity.GENERAL_QUESTION);
        refused("feedback.close.noReply", () -> f.close(List.of(), MONDAY_10, "sales"));
        LocalDate today = LocalDate.of(2026, 11, 17);
        f.draftReply("Dear customer", "en");
        f.recordReplySent(today, FeedbackChannel.EMAIL, "s", today);
        var open = new CorrectiveAction();
        open.setStatus(ActionStatus.OPEN);
        refused("feedback.close.actionsNotVerified", () -> f.close(List.of(open), MONDAY_10, "sales"));
        f.close(List.of(), MONDAY_10, "sales");
        assertTrue(f.isClosed());
        assertEquals("sales", f.getClosure().getBy());
        refused("feedback.closed", () -> f.pause("x", MONDAY_10));
        refused("feedback.closed", () -> f.instruct("x", MONDAY_10, "gm"));
    }

    @Test
    void theGeneralManagersTwentyFourHoursRunInClockHoursOverTheWeekend_CF02() {
        // Friday 20 November 2026, 17:00 in Shanghai: due Saturday 17:00, whatever the working calendar
        Instant fridayFive = Instant.parse("2026-11-20T09:00:00Z");
        var f = Cases.received(Department.PRODUCTION, fridayFive);
        assertEquals(
                LocalDateTime.of(2026, 11, 21, 17, 0),
                local(f.getManagerReview().getDueAt()));
        assertTrue(f.getManagerReview().isWaiting());
        // reviewed on Monday morning: late
        f.markReviewedByManager(Instant.parse("2026-11-23T01:00:00Z"), "gm");
        assertTrue(f.getManagerReview().isLate());
        assertFalse(f.getManagerReview().isWaiting());
        refused("feedback.gmReview.already", () -> f.markReviewedByManager(MONDAY_10, "gm"));

        var onSaturday = Cases.received(Department.PRODUCTION, fridayFive);
        onSaturday.markReviewedByManager(Instant.parse("2026-11-21T08:59:00Z"), "gm");
        assertFalse(onSaturday.getManagerReview().isLate(), "within 24 clock hours");
    }

    @Test
    void technicalsOpinionNeedsText_CF04() {
        var f = registered(Severity.SMALL_BATCH);
        refused("feedback.technicalOpinion.required", () -> f.giveTechnicalOpinion(" ", MONDAY_10, "t"));
        f.giveTechnicalOpinion(" Material too soft ", MONDAY_10, "t");
        assertEquals("Material too soft", f.getTechnicalOpinion().getText());
    }

    @Test
    void theProcessRulesAreReappraisedAfterASafetyComplaintOnlyWithRulesAndConclusion_CF09() {
        refused("feedback.reappraisal.notSafety", () -> registered(Severity.MAJOR)
                .reappraiseRules("QP-08", "ok", null, MONDAY_10, "q"));
        var safety = registered(Severity.SMALL_BATCH, true);
        refused("feedback.reappraisal.incomplete", () -> safety.reappraiseRules("QP-08", " ", null, MONDAY_10, "q"));
        safety.reappraiseRules("QP-08 pressure test", "Too few samples", "Test every housing", MONDAY_10, "q");
        assertTrue(safety.getReappraisal().isDone());
        assertEquals("Test every housing", safety.getReappraisal().getChangesDecided());
    }

    @Test
    void stepsAfterRegistrationNeedARegisteredCase() {
        var f = Cases.received(Department.SALES, MONDAY_10);
        refused(
                "feedback.notRegistered",
                () -> f.recordCause(
                        new AnalysisForm("a", null, null, null, null, "b", CauseCategory.MAN), MONDAY_10, "q"));
        refused("feedback.notRegistered", () -> f.draftReply("x", "en"));
    }
}
