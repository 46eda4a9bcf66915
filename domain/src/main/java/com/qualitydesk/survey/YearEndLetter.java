package com.qualitydesk.survey;

import java.time.LocalDate;
import java.time.Month;

/**
 * CS-01, seed 002 §3.4.4: at the end of every year SALES sends the customers a satisfaction letter
 * about the year. It goes out on the survey dispatch day ({@code CS01_DISPATCH_DAY}) of December,
 * with the automatic dispatch of the survey cycle ({@code CS01_QUARTERLY_DISPATCH}) and beside
 * that cycle's own campaign, once per year, and it asks about the whole calendar year it closes.
 */
public record YearEndLetter(boolean switchedOn, int dispatchDay) {

    /** The month the letter goes out in: the end of the year. */
    public static final Month MONTH = Month.DECEMBER;

    /** Whether the year-end letter is planned and sent on this day. */
    public boolean isDispatchDay(LocalDate day) {
        return switchedOn && day.getMonth() == MONTH && day.getDayOfMonth() == dispatchDay;
    }

    /** The campaign's name, one per year: "2027 year-end". */
    public static String campaignName(LocalDate dispatchDay) {
        return dispatchDay.getYear() + " year-end";
    }

    /** The first day of the year the letter asks about: 1 January of the dispatch's year. */
    public static LocalDate periodStart(LocalDate dispatchDay) {
        return dispatchDay.withDayOfYear(1);
    }

    /** The last day of that year, 31 December: customers with business in December count too. */
    public static LocalDate periodEnd(LocalDate dispatchDay) {
        return LocalDate.of(dispatchDay.getYear(), MONTH, 31);
    }
}
