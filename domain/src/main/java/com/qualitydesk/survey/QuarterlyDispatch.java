package com.qualitydesk.survey;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * CS-01: the survey is sent every quarter, on the dispatch day of the quarter's first month
 * (January, April, July, October), unless the administrator switched the quarterly dispatch off.
 * The campaign asks the customers about the quarter that has just ended.
 */
public record QuarterlyDispatch(boolean switchedOn, int dispatchDay) {

    /** Whether the quarterly campaign is planned and sent on this day. */
    public boolean isDispatchDay(LocalDate day) {
        return switchedOn && (day.getMonthValue() - 1) % 3 == 0 && day.getDayOfMonth() == dispatchDay;
    }

    /** The campaign's name, after the quarter it is sent in: one campaign per quarter. */
    public static String campaignName(LocalDate dispatchDay) {
        return dispatchDay.getYear() + "-Q" + dispatchDay.get(IsoFields.QUARTER_OF_YEAR);
    }

    /** The first day of the quarter the customers judge: the one before the dispatch. */
    public static LocalDate periodStart(LocalDate dispatchDay) {
        return dispatchDay.withDayOfMonth(1).minusMonths(3);
    }

    /** The last day of that quarter. */
    public static LocalDate periodEnd(LocalDate dispatchDay) {
        return periodStart(dispatchDay).plusMonths(3).minusDays(1);
    }
}
