package com.qualitydesk.task;

import com.qualitydesk.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The escalation rules (CF-05, CF-08) as they apply at one moment: which announcements a task is
 * due for. Outside working hours nobody is warned or escalated to, so there is no moment then.
 *
 * <p>"Overdue for at least h working hours" is turned once per run into a latest due date (the
 * cut-off), so that judging a task costs a few comparisons: a run over a hundred thousand open
 * tasks must not walk the calendar for each of them.
 */
public final class EscalationMoment {

    /** How far back a cut-off is searched; a deadline breached longer ago is past every cut-off. */
    private static final Duration HORIZON = Duration.ofDays(3 * 366);

    private final Instant now;
    private final int warningSharePercent;
    private final Instant headCutoff;
    private final Instant generalManagerCutoff;

    private EscalationMoment(Instant now, int warningSharePercent, Instant headCutoff, Instant generalManagerCutoff) {
        this.now = now;
        this.warningSharePercent = warningSharePercent;
        this.headCutoff = headCutoff;
        this.generalManagerCutoff = generalManagerCutoff;
    }

    /**
     * The rules at {@code now}; empty outside working hours.
     *
     * @param headAfter working time a deadline must be overdue before the department heads hear of it
     * @param generalManagerAfter the same for the general manager
     */
    public static Optional<EscalationMoment> at(
            Instant now,
            WorkingCalendar calendar,
            int warningSharePercent,
            Duration headAfter,
            Duration generalManagerAfter) {
        if (!calendar.isWorkingMoment(now)) {
            return Optional.empty();
        }
        return Optional.of(new EscalationMoment(
                now,
                warningSharePercent,
                cutoff(now, calendar, headAfter),
                cutoff(now, calendar, generalManagerAfter)));
    }

    public Instant now() {
        return now;
    }

    public int warningSharePercent() {
        return warningSharePercent;
    }

    /** Tasks due at or before this instant are overdue long enough for the department heads. */
    public Instant headCutoff() {
        return headCutoff;
    }

    /** Tasks due at or before this instant are overdue long enough for the general manager. */
    public Instant generalManagerCutoff() {
        return generalManagerCutoff;
    }

    /** The announcements a task is due for now, in the order they are made. */
    public List<EscalationStep> stepsFor(Task task) {
        return stepsFor(
                task.getStartAt(),
                task.getDueAt(),
                task.getPausedSince() != null,
                task.getDoneAt() != null,
                task.getWarnedAt() != null,
                task.getEscalationLevel());
    }

    /** As {@link #stepsFor(Task)}, on the columns the job reads. */
    public List<EscalationStep> stepsFor(
            Instant start, Instant due, boolean paused, boolean done, boolean warned, int escalationLevel) {
        if (done || paused || due == null) {
            return List.of();
        }
        DueState state = DueState.of(start, due, now, warningSharePercent);
        if (state == DueState.WARNING) {
            return warned ? List.of() : List.of(EscalationStep.WARNING);
        }
        if (state != DueState.OVERDUE) {
            return List.of();
        }
        // once breached, a warning that was never sent is no news any more: the escalation says more
        var steps = new ArrayList<EscalationStep>(2);
        if (escalationLevel < EscalationStep.HEAD.level() && !due.isAfter(headCutoff)) {
            steps.add(EscalationStep.HEAD);
        }
        if (escalationLevel < EscalationStep.GENERAL_MANAGER.level() && !due.isAfter(generalManagerCutoff)) {
            steps.add(EscalationStep.GENERAL_MANAGER);
        }
        return steps;
    }

    /**
     * The latest due date that is overdue by at least {@code after} working time at {@code now}.
     * Working time up to now only grows as the due date moves back, so a binary search finds it.
     */
    static Instant cutoff(Instant now, WorkingCalendar calendar, Duration after) {
        if (after.isZero() || after.isNegative()) {
            return now;
        }
        long hi = now.getEpochSecond();
        long lo = now.minus(HORIZON).getEpochSecond();
        if (calendar.workingTimeBetween(Instant.ofEpochSecond(lo), now).compareTo(after) < 0) {
            return Instant.ofEpochSecond(lo);
        }
        // invariant: lo is overdue long enough, hi is not
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (calendar.workingTimeBetween(Instant.ofEpochSecond(mid), now).compareTo(after) >= 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Instant.ofEpochSecond(lo);
    }
}
