package com.qualitydesk.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.security.Department;
import com.qualitydesk.shared.RuleViolation;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The action permission policy: who completes and who verifies an action, and when. */
class ActionStepTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 17);
    private static final Set<Department> PRODUCTION = Set.of(Department.PRODUCTION);
    private static final Set<Department> QUALITY = Set.of(Department.QUALITY);
    private static final Set<Department> SALES = Set.of(Department.SALES);

    private static CorrectiveAction ownedByProduction(ActionStatus status, LocalDate verificationDue) {
        var action = new CorrectiveAction();
        action.setOwnerDepartment(Department.PRODUCTION);
        action.setStatus(status);
        action.setVerificationDue(verificationDue);
        return action;
    }

    @Test
    void theOwnerOrQualityCompletesAnOpenAction_CF10() {
        var open = ownedByProduction(ActionStatus.OPEN, null);
        assertTrue(ActionStep.COMPLETE.allows(PRODUCTION, open, TODAY));
        assertTrue(ActionStep.COMPLETE.allows(QUALITY, open, TODAY));
        assertFalse(ActionStep.COMPLETE.allows(SALES, open, TODAY));
        assertEquals(
                "action.otherDepartment",
                assertThrows(RuleViolation.class, () -> ActionStep.COMPLETE.require(SALES, open, TODAY))
                        .getMessageKey());
        var done = ownedByProduction(ActionStatus.COMPLETED, TODAY);
        assertFalse(ActionStep.COMPLETE.allows(PRODUCTION, done, TODAY));
        assertEquals(
                "action.notOpen",
                assertThrows(RuleViolation.class, () -> ActionStep.COMPLETE.require(PRODUCTION, done, TODAY))
                        .getMessageKey());
    }

    @Test
    void qualityVerifiesACompletedActionOnceTheWindowHasPassed_CF10() {
        var completed = ownedByProduction(ActionStatus.COMPLETED, TODAY);
        assertTrue(ActionStep.VERIFY.allows(QUALITY, completed, TODAY));
        assertFalse(ActionStep.VERIFY.allows(PRODUCTION, completed, TODAY));
        assertFalse(ActionStep.VERIFY.allows(QUALITY, ownedByProduction(ActionStatus.OPEN, null), TODAY));
        var early = ownedByProduction(ActionStatus.COMPLETED, TODAY.plusDays(1));
        assertFalse(ActionStep.VERIFY.allows(QUALITY, early, TODAY));
        var refused = assertThrows(RuleViolation.class, () -> ActionStep.VERIFY.require(QUALITY, early, TODAY));
        assertEquals("action.verification.tooEarly", refused.getMessageKey());
        assertEquals(TODAY.plusDays(1), refused.getArguments()[0]);
    }
}
