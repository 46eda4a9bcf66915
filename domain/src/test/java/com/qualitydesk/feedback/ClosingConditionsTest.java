package com.qualitydesk.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qualitydesk.action.ActionStatus;
import com.qualitydesk.action.CorrectiveAction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CF-12 with CF-06, CF-08, CF-09, CF-10: what a case needs before it may close. */
class ClosingConditionsTest {

    private static Feedback registered(Severity severity) {
        var f = new Feedback();
        f.setNumber("FB-2026-0001");
        f.setStatus(FeedbackStatus.REGISTERED);
        f.setSeverity(severity);
        return f;
    }

    private static CorrectiveAction action(ActionStatus status) {
        var a = new CorrectiveAction();
        a.setStatus(status);
        return a;
    }

    @Test
    void aReceivedItemIsNotRegisteredAndHasNoReply() {
        var f = new Feedback();
        assertEquals(
                List.of("feedback.close.notRegistered", "feedback.close.noReply"),
                ClosingConditions.missing(f, List.of()));
    }

    @Test
    void aGeneralQuestionNeedsOnlyTheSentReply() {
        var f = registered(Severity.GENERAL_QUESTION);
        assertEquals(List.of("feedback.close.noReply"), ClosingConditions.missing(f, List.of()));
        f.setReplySentOn(LocalDate.of(2026, 11, 20));
        assertEquals(List.of(), ClosingConditions.missing(f, List.of()));
    }

    @Test
    void everyActionMustBeVerifiedButAFailedOneIsReplacedByItsFollowUp() {
        var f = registered(Severity.SMALL_BATCH);
        f.setReplySentOn(LocalDate.of(2026, 11, 20));
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
    void majorSafetyAndProductionCasesNeedTheirDecisions() {
        var f = registered(Severity.MAJOR);
        f.setReplySentOn(LocalDate.of(2026, 11, 20));
        f.setSafetyRelated(true);
        f.setConcernsProduction(true);
        assertEquals(
                List.of(
                        "feedback.close.noGmInstruction",
                        "feedback.close.noRecallDecision",
                        "feedback.close.noContainmentResult"),
                ClosingConditions.missing(f, List.of()));
        f.setGmInstruction("Replace the lot");
        f.setRecallDecision(RecallDecision.NONE);
        f.setDisposition(Disposition.REWORK);
        assertEquals(List.of(), ClosingConditions.missing(f, List.of()));
    }
}
