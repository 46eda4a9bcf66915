package com.qualitydesk.action;

import java.time.LocalDate;

/**
 * QUALITY's verification of an action (CF-10): effective or not, what it found, the due date of the
 * follow-up a failure opens, and, to pass an action despite recurrences, why they are not one.
 */
public record Verification(boolean effective, String note, LocalDate followUpDue, String notARecurrence) {}
