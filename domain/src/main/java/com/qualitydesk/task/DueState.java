package com.qualitydesk.task;

import java.time.Duration;
import java.time.Instant;

/**
 * How a deadline looks from now: on time, in its warning window (the last share of its time, a
 * parameter), or overdue. Inboxes colour by it and the escalation job acts on it.
 */
public enum DueState {
    ON_TIME,
    WARNING,
    OVERDUE;

    public static DueState of(Instant start, Instant due, Instant now, int warningSharePercent) {
        if (due == null) {
            return ON_TIME;
        }
        if (now.isAfter(due)) {
            return OVERDUE;
        }
        return now.isBefore(warningFrom(start, due, warningSharePercent)) ? ON_TIME : WARNING;
    }

    /** The moment the warning window opens: due minus the warning share of the whole span. */
    public static Instant warningFrom(Instant start, Instant due, int warningSharePercent) {
        if (start == null || !start.isBefore(due)) {
            return due;
        }
        long span = Duration.between(start, due).toSeconds();
        return due.minusSeconds(span * warningSharePercent / 100);
    }
}
