package com.qualitydesk.survey;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * CS-01: the survey is sent every cycle of at most three months (procedure setting
 * {@code CS01_SURVEY_CYCLE_MONTHS}, default quarterly), on the dispatch day of a cycle's first
 * month, counted from January, unless the administrator switched the scheduled dispatch off. The
 * campaign asks the customers about the cycle that has just ended.
 */
public record SurveyCycle(boolean switchedOn, int dispatchDay, int months) {

    /** The procedure's longest cycle: a satisfaction survey at least every quarter. */
    public static final int LONGEST = 3;

    public SurveyCycle {
        if (months < 1 || months > LONGEST) {
            throw new IllegalArgumentException("A survey cycle of " + months + " months");
        }
    }

    /** The quarterly cycle, the procedure's default. */
    public SurveyCycle(boolean switchedOn, int dispatchDay) {
        this(switchedOn, dispatchDay, LONGEST);
    }

    /** Whether the cycle's campaign is planned and sent on this day. */
    public boolean isDispatchDay(LocalDate day) {
        return switchedOn && (day.getMonthValue() - 1) % months == 0 && day.getDayOfMonth() == dispatchDay;
    }

    /**
     * The campaign's name, after the cycle it is sent in, so that there is one campaign per cycle:
     * 2027-Q1 for a quarter, 2027-02 for a cycle of one or two months.
     */
    public String campaignName(LocalDate dispatchDay) {
        return months == LONGEST
                ? dispatchDay.getYear() + "-Q" + dispatchDay.get(IsoFields.QUARTER_OF_YEAR)
                : String.format("%d-%02d", dispatchDay.getYear(), dispatchDay.getMonthValue());
    }

    /** The first day of the cycle the customers judge: the one before the dispatch. */
    public LocalDate periodStart(LocalDate dispatchDay) {
        return dispatchDay.withDayOfMonth(1).minusMonths(months);
    }

    /** The last day of that cycle. */
    public LocalDate periodEnd(LocalDate dispatchDay) {
        return periodStart(dispatchDay).plusMonths(months).minusDays(1);
    }
}
