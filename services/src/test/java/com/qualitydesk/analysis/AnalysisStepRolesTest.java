package com.qualitydesk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qualitydesk.security.ServiceRoles;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** CS-10: the service's {@code @RolesAllowed} and the screens' {@link AnalysisStep} name the same departments. */
class AnalysisStepRolesTest {

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of("page", AnalysisStep.READ),
                Arguments.of("find", AnalysisStep.READ),
                Arguments.of("pdf", AnalysisStep.READ),
                Arguments.of("excel", AnalysisStep.READ),
                Arguments.of("draft", AnalysisStep.WRITE),
                Arguments.of("refresh", AnalysisStep.WRITE),
                Arguments.of("writeConclusions", AnalysisStep.WRITE),
                Arguments.of("issue", AnalysisStep.WRITE),
                Arguments.of("newVersion", AnalysisStep.WRITE),
                Arguments.of("openAction", AnalysisStep.WRITE));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("steps")
    void theServiceAdmitsExactlyTheDepartmentsOfItsStep_CS10(String method, AnalysisStep step) {
        assertEquals(step.departments(), ServiceRoles.admittedBy(AnalysisReports.class, method), method);
    }
}
