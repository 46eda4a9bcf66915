package com.qualitydesk.figures;

import com.qualitydesk.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.YearMonth;

/**
 * CS-09: a department submits its sheet of a month to SALES by working day N of the next month,
 * counted on the company's working calendar: the first working day of the next month is day 1
 * (a holiday does not count, a make-up working day does), and the sheet is due at that day's
 * closing time, "by close of business" as people read it. The reminder starts with the next
 * month: the month's figures are complete only once it is over.
 */
public final class SubmissionDeadline {

    private final WorkingCalendar calendar;
    private final int workingDay;

    /** @param workingDay N, the procedure parameter CS09_SUBMISSION_WORKING_DAY (1 or more) */
    public SubmissionDeadline(WorkingCalendar calendar, int workingDay) {
        if (workingDay < 1) {
            throw new IllegalArgumentException("the submission working day counts from 1: " + workingDay);
        }
        this.calendar = calendar;
        this.workingDay = workingDay;
    }

    /** Closing time of working day N of the month after the sheet's month. */
    public Instant of(YearMonth month) {
        // addWorkingDays counts the day of the next working moment as day 0
        return calendar.addWorkingDays(opensAt(month), workingDay - 1);
    }

    /** The first moment of the next month in the company's zone: the reminder's start. */
    public Instant opensAt(YearMonth month) {
        return month.plusMonths(1).atDay(1).atStartOfDay(calendar.zone()).toInstant();
    }
}
