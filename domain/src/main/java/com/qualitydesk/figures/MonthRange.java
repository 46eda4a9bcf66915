package com.qualitydesk.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The months an indicator is measured over (IM-04): the month itself, its quarter up to it, or
 * its year up to it. A quarter or a year is never measured beyond the chosen month, so the
 * figures of a month that has not ended yet are not compared with a whole quarter's.
 */
public record MonthRange(YearMonth first, YearMonth last) {

    public MonthRange {
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("a range ends after it starts: " + first + " > " + last);
        }
    }

    public static MonthRange month(YearMonth month) {
        return new MonthRange(month, month);
    }

    public static MonthRange quarterTo(YearMonth month) {
        int firstMonthOfQuarter = (month.getMonthValue() - 1) / 3 * 3 + 1;
        return new MonthRange(month.withMonth(firstMonthOfQuarter), month);
    }

    public static MonthRange yearTo(YearMonth month) {
        return new MonthRange(month.withMonth(1), month);
    }

    /** The whole calendar quarter the month is in: a trend point of the quarterly figures. */
    public static MonthRange quarterOf(YearMonth month) {
        MonthRange start = quarterTo(month);
        return new MonthRange(start.first(), start.first().plusMonths(2));
    }

    public int months() {
        return (last.getYear() - first.getYear()) * 12 + last.getMonthValue() - first.getMonthValue() + 1;
    }

    public List<YearMonth> each() {
        var months = new ArrayList<YearMonth>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public LocalDate firstDay() {
        return first.atDay(1);
    }

    public LocalDate lastDay() {
        return last.atEndOfMonth();
    }

    /** 2026-Q4, the label of a quarter. */
    public String quarterLabel() {
        return first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
    }
}
