package com.qualitydesk.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * CC-03: the container's {@code @RolesAllowed} on the retention services is the first gate,
 * {@link RetentionStep} the policy the screen asks; both name the same departments. (That the
 * confirmer is not the proposer is the expiry's own rule, tried in RecordExpiryTest and
 * RecordRetentionIT.)
 */
class RetentionStepRolesTest {

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of(ExpiryCandidates.class, "overview", RetentionStep.READ),
                Arguments.of(ExpiryCandidates.class, "page", RetentionStep.READ),
                Arguments.of(ExpiryCandidates.class, "candidate", RetentionStep.READ),
                Arguments.of(RecordExpiries.class, "page", RetentionStep.READ),
                Arguments.of(ExpiryTombstones.class, "page", RetentionStep.READ),
                Arguments.of(LegalHolds.class, "page", RetentionStep.READ),
                Arguments.of(LegalHolds.class, "place", RetentionStep.HOLD),
                Arguments.of(LegalHolds.class, "lift", RetentionStep.HOLD),
                Arguments.of(ExpiryProposal.class, "propose", RetentionStep.PROPOSE),
                Arguments.of(ExpiryProposal.class, "withdraw", RetentionStep.PROPOSE),
                Arguments.of(ExpiryConfirmation.class, "confirm", RetentionStep.CONFIRM),
                Arguments.of(ExpiryConfirmation.class, "reject", RetentionStep.CONFIRM));
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @MethodSource("steps")
    void theServiceAdmitsExactlyTheDepartmentsOfItsStep_CC03(Class<?> service, String method, RetentionStep step) {
        Method found = Arrays.stream(service.getMethods())
                .filter(m -> m.getName().equals(method) && Modifier.isPublic(m.getModifiers()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no method " + method));
        RolesAllowed roles = found.isAnnotationPresent(RolesAllowed.class)
                ? found.getAnnotation(RolesAllowed.class)
                : service.getAnnotation(RolesAllowed.class);
        assertEquals(step.departments(), departments(roles), service.getSimpleName() + "." + method);
    }

    private static Set<Department> departments(RolesAllowed roles) {
        return Arrays.stream(roles.value())
                .map(Department::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Department.class)));
    }
}
