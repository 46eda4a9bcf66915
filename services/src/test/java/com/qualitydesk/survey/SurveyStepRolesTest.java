package com.qualitydesk.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qualitydesk.security.ServiceRoles;
import com.qualitydesk.survey.document.SurveyDocuments;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The survey screens offer what {@link SurveyStep} allows; the services must admit the same departments. */
class SurveyStepRolesTest {

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of(SurveyCampaigns.class, "save", SurveyStep.PLAN_CAMPAIGN),
                Arguments.of(SurveyCampaigns.class, "startDispatch", SurveyStep.DISPATCH),
                Arguments.of(SurveyCampaigns.class, "logFollowUp", SurveyStep.FOLLOW_UP),
                Arguments.of(SurveyReplies.class, "enterPaperReply", SurveyStep.FOLLOW_UP),
                Arguments.of(SurveyReplies.class, "flag", SurveyStep.FOLLOW_UP),
                Arguments.of(SurveyReplies.class, "openPendingActions", SurveyStep.FOLLOW_UP),
                Arguments.of(SurveyDocuments.class, "printFileSize", SurveyStep.SEND_LETTERS),
                Arguments.of(Questionnaires.class, "save", SurveyStep.EDIT_QUESTIONNAIRE));
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @MethodSource("steps")
    void theServiceAdmitsExactlyTheDepartmentsOfItsStep(Class<?> service, String method, SurveyStep step) {
        assertEquals(
                step.departments(), ServiceRoles.admittedBy(service, method), service.getSimpleName() + "." + method);
    }
}
