package com.qualitydesk.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.security.Department;
import com.qualitydesk.survey.document.SurveyDocuments;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
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
        boolean found = false;
        for (Method m : service.getMethods()) {
            if (m.getName().equals(method)) {
                found = true;
                RolesAllowed roles = m.isAnnotationPresent(RolesAllowed.class)
                        ? m.getAnnotation(RolesAllowed.class)
                        : service.getAnnotation(RolesAllowed.class);
                assertEquals(step.departments(), departments(roles), service.getSimpleName() + "." + method);
            }
        }
        assertTrue(found, service.getSimpleName() + "." + method + " exists");
    }

    private static Set<Department> departments(RolesAllowed roles) {
        return Arrays.stream(roles.value())
                .map(Department::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Department.class)));
    }
}
