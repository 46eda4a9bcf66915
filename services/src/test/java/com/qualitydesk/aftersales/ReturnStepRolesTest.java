package com.qualitydesk.aftersales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.security.ServiceRoles;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AS-07: the container's {@code @RolesAllowed} on each method of the returns service is the first
 * gate, {@link ReturnStep} the policy the screen asks; both must name the same departments, or the
 * screen would offer what the service refuses (or the reverse).
 */
class ReturnStepRolesTest {

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of("register", ReturnStep.REGISTER),
                Arguments.of("bookCost", ReturnStep.BOOK_COST),
                Arguments.of("nameReplacement", ReturnStep.NAME_REPLACEMENT),
                Arguments.of("close", ReturnStep.CLOSE),
                Arguments.of("page", ReturnStep.READ),
                Arguments.of("find", ReturnStep.READ),
                Arguments.of("costsOf", ReturnStep.READ),
                Arguments.of("lotsOf", ReturnStep.READ));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("steps")
    void theServiceAdmitsExactlyTheDepartmentsOfItsStep_AS07(String method, ReturnStep step) {
        assertEquals(step.departments(), ServiceRoles.admittedBy(ReturnsAndReplacements.class, method), method);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("steps")
    void everyStepIsOneOfTheReadersSteps_AS07(String method, ReturnStep step) {
        assertTrue(
                ReturnStep.READ.departments().containsAll(step.departments()),
                step + " is taken by people who read the returns");
    }
}
