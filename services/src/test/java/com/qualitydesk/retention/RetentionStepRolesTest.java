package com.qualitydesk.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qualitydesk.security.ServiceRoles;
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
        assertEquals(
                step.departments(), ServiceRoles.admittedBy(service, method), service.getSimpleName() + "." + method);
    }
}
