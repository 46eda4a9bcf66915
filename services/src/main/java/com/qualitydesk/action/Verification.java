package com.qualitydesk.action;

import java.time.LocalDate;

/**
 * QUALITY's verification of an action (CF-10, IM-01): effective or not, what it found, the due date
 * of the follow-up a failure opens; to pass an action against its figure (recurrences, a score
 * still low, a Cpk below capable), why; and, where no figure is counted by the system, the figure
 * before and after as the verifier states it.
 */
public record Verification(
        boolean effective, String note, LocalDate followUpDue, String notARecurrence, String statedFigure) {

    public Verification(boolean effective, String note, LocalDate followUpDue, String notARecurrence) {
        this(effective, note, followUpDue, notARecurrence, null);
    }
}
