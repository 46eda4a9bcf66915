package com.qualitydesk.feedback;

import static com.qualitydesk.feedback.Cases.MONDAY_10;
import static com.qualitydesk.feedback.Cases.registered;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qualitydesk.action.ActionStatus;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.security.Department;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CF-12 with CF-06, CF-08, CF-09, CF-10: what a case needs before it may close. */
class ClosingConditionsTest {

    private static final LocalDate SENT = LocalDate.of(2026, 11, 17);

    private static CorrectiveAction action(ActionStatus status) {
        var a = new CorrectiveAction();
        a.setStatus(status);
        return a;
    }

    private static void replied(Feedback f) {
        f.draftReply("Dear customer", "en");
        f.recordReplySent(SENT, FeedbackChannel.EMAIL, "sales", SENT);
    }

    @Test
    void aReceivedItemIsNotRegisteredAndHasNoReply() {
        var f = Cases.received(Department.SALES, MONDAY_10);
        assertEquals(
                List.of("feedback.close.notRegistered", "feedback.close.noReply"),
                ClosingConditions.missing(f, List.of()));
    }

    @Test
    void aGeneralQuestionNeedsOnlyTheSentReply() {
        var f = registered(Severity.GENERAL_QUESTION);
        assertEquals(List.of("feedback.close.noReply"), ClosingConditions.missing(f, List.of()));
        replied(f);
        assertEquals(List.of(), ClosingConditions.missing(f, List.of()));
    }

    @Test
    void everyActionMustBeVerifiedButAFailedOneIsReplacedByItsFollowUp() {
        var f = registered(Severity.SMALL_BATCH);
        replied(f);
        assertEquals(
                List.of("feedback.close.actionsNotVerified"),
                ClosingConditions.missing(f, List.of(action(ActionStatus.VERIFIED), action(ActionStatus.COMPLETED))));
        assertEquals(
                List.of("feedback.close.actionsNotVerified"),
                ClosingConditions.missing(f, List.of(action(ActionStatus.OPEN))));
        assertEquals(
                List.of(),
                ClosingConditions.missing(f, List.of(action(ActionStatus.FAILED), action(ActionStatus.VERIFIED))));
    }

    @Test
    void majorSafetyAndProductionCasesNeedTheirDecisions_CF09() {
        var f = registered(Severity.MAJOR, true);
        replied(f);
        f.transferToProduction(true, MONDAY_10.plusSeconds(86_400));
        assertEquals(
                List.of(
                        "feedback.close.noGmInstruction",
                        "feedback.close.noRecallDecision",
                        "feedback.close.noReappraisal",
                        "feedback.close.noContainmentResult"),
                ClosingConditions.missing(f, List.of()));
        f.instruct("Replace the lot", MONDAY_10, "gm");
        f.decideRecall(RecallDecision.NONE, "Only this customer's lot", MONDAY_10, "quality");
        f.reappraiseRules("QP-08 pressure test", "Adequate", null, MONDAY_10, "quality");
        f.recordContainment(new ContainmentResult(100, 3, Disposition.REWORK, null), MONDAY_10, "production");
        assertEquals(List.of(), ClosingConditions.missing(f, List.of()));
    }
}
