package com.qualitydesk.aftersales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.shared.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** AS-01: a person whose last training is older than AS01_TRAINING_VALID_MONTHS is flagged. */
class TrainingValidityTest {

    @Test
    void aTrainingCountsUntilTheSameDayMonthsLater_AS01() {
        var trained = LocalDate.of(2025, 3, 15);
        assertFalse(TrainingValidity.overdue(trained, LocalDate.of(2026, 3, 15), 12));
        assertTrue(TrainingValidity.overdue(trained, LocalDate.of(2026, 3, 16), 12));
        assertFalse(TrainingValidity.overdue(trained, LocalDate.of(2025, 9, 15), 6));
        assertTrue(TrainingValidity.overdue(trained, LocalDate.of(2025, 9, 16), 6));
    }

    @Test
    void aTrainingOnAMonthsLastDayCountsToTheShorterMonthsEnd_AS01() {
        var trained = LocalDate.of(2026, 1, 31);
        assertEquals(LocalDate.of(2026, 2, 28), TrainingValidity.validUntil(trained, 1));
        assertFalse(TrainingValidity.overdue(trained, LocalDate.of(2026, 2, 28), 1));
        assertTrue(TrainingValidity.overdue(trained, LocalDate.of(2026, 3, 1), 1));
        // a leap day: valid until the 28th of February a year later
        assertTrue(TrainingValidity.overdue(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 3, 1), 12));
        assertFalse(TrainingValidity.overdue(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28), 12));
    }

    @Test
    void aPersonNeverTrainedIsOverdue_AS01() {
        assertTrue(TrainingValidity.overdue(null, LocalDate.of(2026, 1, 1), 12));
    }

    @Test
    void theOldestValidDayAgreesWithTheRuleOnEveryDayOfTwoYears_AS01() {
        for (int months : new int[] {1, 6, 12, 13}) {
            for (var today = LocalDate.of(2025, 1, 1);
                    today.isBefore(LocalDate.of(2027, 1, 1));
                    today = today.plusDays(1)) {
                LocalDate oldest = TrainingValidity.oldestValid(today, months);
                assertFalse(TrainingValidity.overdue(oldest, today, months), today + " " + months);
                assertTrue(TrainingValidity.overdue(oldest.minusDays(1), today, months), today + " " + months);
            }
        }
        assertEquals(LocalDate.of(2025, 12, 3), TrainingValidity.oldestValid(LocalDate.of(2026, 12, 3), 12));
        // 28 February (clipped from 29, 30, 31 January) counts until 28 March only
        assertEquals(LocalDate.of(2026, 3, 1), TrainingValidity.oldestValid(LocalDate.of(2026, 3, 31), 1));
    }

    @Test
    void theFlagOnThePersonFollowsTheLastTraining_AS01() {
        var person = new ServicePerson("Huang Lei", "service", null);
        assertTrue(person.trainingOverdue(LocalDate.of(2026, 12, 3), 12));
        person.setLastTrainedOn(LocalDate.of(2025, 12, 3));
        assertFalse(person.trainingOverdue(LocalDate.of(2026, 12, 3), 12));
        assertTrue(person.trainingOverdue(LocalDate.of(2026, 12, 4), 12));
    }

    @Test
    void aTrainingAfterTodayIsRefused_AS01() {
        var training = new Training(
                null, LocalDate.of(2026, 12, 4), "Ethics", TrainingKind.PROFESSIONAL_ETHICS, BigDecimal.ONE);
        var refused = assertThrows(RuleViolation.class, () -> training.requireTakenPlace(LocalDate.of(2026, 12, 3)));
        assertEquals("training.date.future", refused.getMessageKey());
        training.requireTakenPlace(LocalDate.of(2026, 12, 4));
    }
}
