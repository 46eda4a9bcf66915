package com.qualitydesk.aftersales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.security.Department;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
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
        Method found = Arrays.stream(ReturnsAndReplacements.class.getMethods())
                .filter(m -> m.getName().equals(method) && Modifier.isPublic(m.getModifiers()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no method " + method));
        RolesAllowed roles = found.isAnnotationPresent(RolesAllowed.class)
                ? found.getAnnotation(RolesAllowed.class)
                : ReturnsAndReplacements.class.getAnnotation(RolesAllowed.class);
        assertEquals(step.departments(), departments(roles), method);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("steps")
    void everyStepIsOneOfTheReadersSteps_AS07(String method, ReturnStep step) {
        assertTrue(
                ReturnStep.READ.departments().containsAll(step.departments()),
                step + " is taken by people who read the returns");
    }

    private static Set<Department> departments(RolesAllowed roles) {
        return Arrays.stream(roles.value())
                .map(Department::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Department.class)));
    }
}
