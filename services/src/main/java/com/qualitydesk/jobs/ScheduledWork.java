package com.qualitydesk.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * The work every instance's timer fires for and only one instance of a cluster does (issue 16):
 * each with the period its timer fires at. A firing's turn is the scheduled moment it belongs to,
 * the firing time rounded to the nearest multiple of the period: two instances whose clocks differ
 * by less than half a period, or whose timers fire a little late, name the same turn.
 */
public enum ScheduledWork {
    MAIL_OUTBOX(Duration.ofMinutes(5)),
    ESCALATION(Duration.ofMinutes(15)),
    SURVEY_SCHEDULE(Duration.ofDays(1)),
    MONTHLY_SHEET_STEPS(Duration.ofHours(1)),
    INTAKE_HOUSEKEEPING(Duration.ofMinutes(10)),
    DATABASE_BACKUP(Duration.ofDays(1));

    private final Duration period;

    ScheduledWork(Duration period) {
        this.period = period;
    }

    public Duration period() {
        return period;
    }

    /** The turn, in epoch seconds, of a firing at this moment. */
    public long turnAt(Instant firing) {
        long step = period.toSeconds();
        long seconds = firing.getEpochSecond() + (firing.getNano() >= 500_000_000 ? 1 : 0);
        return Math.floorDiv(seconds + step / 2, step) * step;
    }
}
