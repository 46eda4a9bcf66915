package com.qualitydesk.survey;

import java.time.Duration;
import java.time.Instant;

/**
 * CS-05: a recipient who has not replied is reminded by e-mail N days after the invitation (or the
 * previous reminder), at most M times, and never once the deadline has passed. The round number
 * makes each reminder's mail event unique, so one round is never sent twice.
 */
public record ReminderRule(int afterDays, int maxReminders) {

    public boolean isDue(
            Instant invitedAt,
            Instant lastReminderAt,
            int remindersSent,
            boolean replied,
            Instant deadline,
            Instant now) {
        if (replied || remindersSent >= maxReminders || !now.isBefore(deadline)) {
            return false;
        }
        Instant since = lastReminderAt == null ? invitedAt : lastReminderAt;
        return !now.isBefore(since.plus(Duration.ofDays(afterDays)));
    }

    /** The round a due reminder belongs to: 1 for the first reminder. */
    public static int nextRound(int remindersSent) {
        return remindersSent + 1;
    }
}
