package com.qualitydesk.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * CC-03: how long a record is kept, in whole years from the day its period starts (the day of its
 * last activity, in the company's zone). The record is kept through the anniversary of that day
 * and may expire from the day after; the anniversary of 29 February in a common year is 28
 * February, so such a record may expire on 1 March, a full year (365 days) after it started.
 */
public record RetentionPeriod(int years) {

    public RetentionPeriod {
        if (years < 1) {
            throw new IllegalArgumentException("a retention period is at least one year: " + years);
        }
    }

    /** The day a period starts: the calendar day of the last activity where the company works. */
    public static LocalDate startDay(Instant lastActivity, ZoneId zone) {
        return LocalDate.ofInstant(lastActivity, zone);
    }

    /** The last day the record must still be kept. */
    public LocalDate keptThrough(LocalDate start) {
        return start.plusYears(years);
    }

    /** The first day the record may expire. */
    public LocalDate expirableFrom(LocalDate start) {
        return keptThrough(start).plusDays(1);
    }

    /** Whether the period of a record that started on the day is over on the other day. */
    public boolean isOver(LocalDate start, LocalDate today) {
        return today.isAfter(keptThrough(start));
    }

    /**
     * The latest start day whose period is over today: every earlier start is over too, so a list
     * of records past their period is one comparison in the database.
     */
    public LocalDate latestStartOverOn(LocalDate today) {
        LocalDate start = today.minusDays(1).minusYears(years);
        // minusYears clamps 29 February to the 28th; the 29th itself may be over as well
        while (isOver(start.plusDays(1), today)) {
            start = start.plusDays(1);
        }
        return start;
    }

    /** The moment a last activity must lie before for its period to be over today. */
    public Instant lastActivityBefore(LocalDate today, ZoneId zone) {
        return latestStartOverOn(today).plusDays(1).atStartOfDay(zone).toInstant();
    }
}
