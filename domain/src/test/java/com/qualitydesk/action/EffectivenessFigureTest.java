package com.qualitydesk.action;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.security.Department;
import com.qualitydesk.shared.RuleViolation;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** IM-01: an action passes as effective only with its figure there, and against it only with a reason. */
class EffectivenessFigureTest {

    private static final int DISSATISFIED = 2;
    private static final double CAPABLE = 1.33;

    private static String refusal(Executable call) {
        return assertThrows(RuleViolation.class, call).getMessageKey();
    }

    @Test
    void aSurveyItemPassesOnceTheNextCampaignScoresItAboveTheThreshold_IM01_CS07() {
        var noneYet = EffectivenessFigure.itemScore(1.5, "2026-Q1", null, null, DISSATISFIED);
        assertFalse(noneYet.available());
        assertEquals("action.verification.noFigure.ITEM_SCORE", refusal(() -> noneYet.requireFor(true, "sure")));
        assertDoesNotThrow(() -> noneYet.requireFor(false, null), "not effective needs no figure");

        var still = EffectivenessFigure.itemScore(1.5, "2026-Q1", 2.0, "2026-Q2", DISSATISFIED);
        assertFalse(still.supports(), "a mean of 2 is still dissatisfied");
        assertEquals(EffectivenessFigure.AGAINST, refusal(() -> still.requireFor(true, " ")));
        assertDoesNotThrow(() -> still.requireFor(true, "Two of three customers moved to another plant"));

        var better = EffectivenessFigure.itemScore(1.5, "2026-Q1", 4.25, "2026-Q2", DISSATISFIED);
        assertTrue(better.supports());
        assertDoesNotThrow(() -> better.requireFor(true, null));
        assertEquals("2026-Q1: 1.50 → 2026-Q2: 4.25", better.text());
    }

    @Test
    void aProcessPassesWithACapableCpkSinceCompletion_IM01_CS09() {
        var drifting = EffectivenessFigure.capability(0.82, "Q1", 1.21, "since", CAPABLE);
        assertFalse(drifting.supports(), "better, but not capable");
        assertEquals(EffectivenessFigure.AGAINST, refusal(() -> drifting.requireFor(true, null)));
        assertTrue(EffectivenessFigure.capability(0.82, "Q1", 1.33, "since", CAPABLE)
                .supports());
        assertEquals("action.verification.noFigure.CAPABILITY", refusal(() -> EffectivenessFigure.capability(
                        0.82, "Q1", null, "since", CAPABLE)
                .requireFor(true, "the new tool works")));
    }

    @Test
    void recurrencesPassAtNoneAndAStatedFigureMustBeWritten_IM01_CF10() {
        assertTrue(EffectivenessFigure.recurrences(0L).supports());
        assertFalse(EffectivenessFigure.recurrences(2L).supports());
        assertEquals("action.verification.noFigure.RECURRENCES", refusal(() -> EffectivenessFigure.recurrences(null)
                .requireFor(true, null)));
        assertEquals("action.verification.noFigure.STATED", refusal(() -> EffectivenessFigure.stated("  ")
                .requireFor(true, null)));
        var stated = EffectivenessFigure.stated(" on-time delivery 91 % → 97 % ");
        assertDoesNotThrow(() -> stated.requireFor(true, null));
        assertEquals("on-time delivery 91 % → 97 %", stated.text());
    }

    @Test
    void theOwnerSalesAndQualityNoteProgressOnAnOpenActionOnly_IM01() {
        var action = new CorrectiveAction();
        action.setOwnerDepartment(Department.FINANCE);
        action.setSourceType(ActionSource.MONTHLY_FIGURES);
        LocalDate today = LocalDate.of(2026, 12, 4);
        assertTrue(ActionStep.NOTE.allows(EnumSet.of(Department.FINANCE), action, today));
        assertTrue(ActionStep.NOTE.allows(EnumSet.of(Department.SALES), action, today), "SALES supervises");
        assertFalse(ActionStep.NOTE.allows(EnumSet.of(Department.PRODUCTION), action, today));
        action.setStatus(ActionStatus.COMPLETED);
        assertFalse(ActionStep.NOTE.allows(EnumSet.of(Department.FINANCE), action, today));
        assertEquals(VerificationBasis.STATED, VerificationBasis.of(action));
        action.setCharacteristicId(7L);
        assertEquals(VerificationBasis.CAPABILITY, VerificationBasis.of(action));
    }
}
