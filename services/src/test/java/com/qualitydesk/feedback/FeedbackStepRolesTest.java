package com.qualitydesk.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qualitydesk.security.ServiceRoles;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The container's @RolesAllowed on each step service is the first gate; the policy
 * {@link FeedbackStep} is the rule. They must name the same departments, or a screen would offer
 * what the service refuses (or the reverse).
 */
class FeedbackStepRolesTest {

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of(FeedbackRegistration.class, "register", FeedbackStep.REGISTER),
                Arguments.of(FeedbackRegistration.class, "changeSeverity", FeedbackStep.CHANGE_SEVERITY),
                Arguments.of(DeadlinePause.class, "pause", FeedbackStep.PAUSE_CLOCK),
                Arguments.of(DeadlinePause.class, "resume", FeedbackStep.PAUSE_CLOCK),
                Arguments.of(FeedbackAnalysis.class, "recordCause", FeedbackStep.RECORD_CAUSE),
                Arguments.of(FeedbackAnalysis.class, "assignResponsibility", FeedbackStep.ASSIGN_RESPONSIBILITY),
                Arguments.of(FeedbackAnalysis.class, "recordMeeting", FeedbackStep.RECORD_MEETING),
                Arguments.of(FeedbackAnalysis.class, "issueSheet", FeedbackStep.ISSUE_SHEET),
                Arguments.of(GeneralManagerDecision.class, "instruct", FeedbackStep.INSTRUCT),
                Arguments.of(GeneralManagerDecision.class, "review", FeedbackStep.REVIEW_AS_MANAGER),
                Arguments.of(FeedbackAnalysis.class, "giveTechnicalOpinion", FeedbackStep.GIVE_TECHNICAL_OPINION),
                Arguments.of(FeedbackAnalysis.class, "markFormRead", FeedbackStep.GIVE_TECHNICAL_OPINION),
                Arguments.of(RecallEvaluation.class, "reappraiseRules", FeedbackStep.REAPPRAISE_RULES),
                Arguments.of(RecallEvaluation.class, "decide", FeedbackStep.DECIDE_RECALL),
                Arguments.of(RecallEvaluation.class, "scope", FeedbackStep.READ_RECALL_SCOPE),
                Arguments.of(Containment.class, "transfer", FeedbackStep.TRANSFER_TO_PRODUCTION),
                Arguments.of(Containment.class, "record", FeedbackStep.RECORD_CONTAINMENT),
                Arguments.of(WrittenReply.class, "saveDraft", FeedbackStep.REPLY),
                Arguments.of(WrittenReply.class, "recordSent", FeedbackStep.REPLY),
                Arguments.of(FeedbackClosing.class, "close", FeedbackStep.CLOSE),
                Arguments.of(ChangeProposals.class, "save", FeedbackStep.PROPOSE_CHANGE),
                Arguments.of(ChangeProposals.class, "of", FeedbackStep.READ_CHANGES),
                Arguments.of(CustomerVisits.class, "save", FeedbackStep.RECORD_VISIT),
                Arguments.of(CustomerVisits.class, "of", FeedbackStep.READ_VISITS),
                Arguments.of(QualityCosts.class, "save", FeedbackStep.RECORD_COST),
                Arguments.of(QualityCosts.class, "of", FeedbackStep.READ_COSTS));
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @MethodSource("steps")
    void theServiceAdmitsExactlyTheDepartmentsOfItsStep(Class<?> service, String method, FeedbackStep step) {
        assertEquals(
                step.departments(), ServiceRoles.admittedBy(service, method), service.getSimpleName() + "." + method);
    }
}
