package com.qualitydesk.review;

import com.qualitydesk.calendar.WorkingCalendar;
import com.qualitydesk.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;

/**
 * IM-03: the departments' reports to the management review are due by close of business of a day
 * SALES names, like the monthly figures (CS-09); the day must be a working day of the company's
 * calendar (a holiday is refused, a make-up working day is accepted), and not already past.
 */
public final class ReportDeadline {

    private ReportDeadline() {}

    /** Closing time of {@code day}, refused when it is no working day or lies before {@code today}. */
    public static Instant of(WorkingCalendar calendar, LocalDate day, LocalDate today) {
        if (day == null) {
            throw new RuleViolation("review.due.required");
        }
        if (day.isBefore(today)) {
            throw new RuleViolation("review.due.past");
        }
        if (!calendar.isWorkingDay(day)) {
            throw new RuleViolation("review.due.notWorkingDay", day.toString());
        }
        // the day's own closing: day 0 counted from its start
        return calendar.addWorkingDays(day.atStartOfDay(calendar.zone()).toInstant(), 0);
    }
}
