package com.qualitydesk.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * CS-05: a recipient who has not replied is reminded by e-mail N days after the invitation (or the
 * previous reminder), at most M times, and never once the deadline has passed. The round number
 * makes each reminder's mail event unique, so one round is never sent twice.
 *
 * <p>Days are calendar days in the company's zone, not multiples of 24 hours: the reminders go out
 * from a morning run, and a message sent a few seconds after that run's start would otherwise be
 * counted from then and slip by a whole day at every round.
 */
public record ReminderRule(int afterDays, int maxReminders, ZoneId zone) {

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
        LocalDate due = LocalDate.ofInstant(since, zone).plusDays(afterDays);
        return !LocalDate.ofInstant(now, zone).isBefore(due);
    }

    /** The round a due reminder belongs to: 1 for the first reminder. */
    public static int nextRound(int remindersSent) {
        return remindersSent + 1;
    }
}
