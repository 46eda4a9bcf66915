package com.qualitydesk.feedback;

import com.qualitydesk.calendar.WorkingCalendar;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToIntFunction;

/**
 * The deadlines of the feedback procedure, counted on the working calendar with the parameter
 * values in force at the moment they are applied. Services pass the current settings; the rules
 * live here once so screens, jobs and tests compute the same dates.
 */
public final class Deadlines {

    private final WorkingCalendar calendar;
    private final ToIntFunction<ProcedureParameter> settings;

    public Deadlines(WorkingCalendar calendar, ToIntFunction<ProcedureParameter> settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    /** CF-05: the written reply is due this many working days after registration. */
    public Instant reply(Severity severity, Instant registeredAt) {
        return calendar.addWorkingDays(registeredAt, settings.applyAsInt(severity.replyDays()));
    }

    /**
     * CF-02: feedback received outside SALES must reach SALES within the hand-over time. Counted in
     * clock hours, not working hours: the seeds say "within 24 hours", and a note taken on Friday
     * evening is late on Monday morning.
     */
    public Instant handOver(Instant receivedAt) {
        return receivedAt.plus(Duration.ofHours(settings.applyAsInt(ProcedureParameter.CF02_HANDOVER_HOURS)));
    }

    /**
     * CF-02 (seed 004): every department's complaints reach the general manager within this many
     * clock hours of receipt, for review before QUALITY analyses them.
     */
    public Instant managerReview(Instant receivedAt) {
        return receivedAt.plus(Duration.ofHours(settings.applyAsInt(ProcedureParameter.CF02_GM_REVIEW_HOURS)));
    }

    /** CF-02: a hand-over registered after its deadline is flagged late. */
    public boolean handedOverLate(Instant receivedAt, Instant registeredAt) {
        return registeredAt.isAfter(handOver(receivedAt));
    }

    /** CF-06: a batch being prepared for delivery is inspected the same day or within 1 working day. */
    public Instant urgentContainment(Instant transferredAt) {
        return calendar.addWorkingDays(
                transferredAt, settings.applyAsInt(ProcedureParameter.CF06_URGENT_CONTAINMENT_DAYS));
    }

    /**
     * CF-06: otherwise QUALITY sets the time for PRODUCTION within the procedure's range (3 to 7
     * working days by default); a choice outside it is refused.
     */
    public Instant containment(Instant transferredAt, int workingDays) {
        int min = settings.applyAsInt(ProcedureParameter.CF06_CONTAINMENT_MIN_DAYS);
        int max = settings.applyAsInt(ProcedureParameter.CF06_CONTAINMENT_MAX_DAYS);
        if (workingDays < min || workingDays > max) {
            throw new RuleViolation("feedback.containment.outOfRange", min, max);
        }
        return calendar.addWorkingDays(transferredAt, workingDays);
    }

    /**
     * A paused deadline moves by the working time the pause lasted: a pause over a weekend or a
     * holiday costs nothing, a pause over working hours gives them back.
     */
    public Instant afterPause(Instant due, Instant pausedSince, Instant resumedAt) {
        var paused = calendar.workingTimeBetween(pausedSince, resumedAt);
        return paused.isNegative() || paused.isZero() ? due : calendar.addWorkingHours(due, paused);
    }
}
