package com.qualitydesk.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When the company works, and where a deadline counted in working days or working hours falls.
 *
 * <p>The procedures give their deadlines in working days from registration (CF-05, CF-06), and a
 * deadline must mean the same to the person who registers the feedback, to the one who answers it
 * and to the auditor. So the rules are fixed here, once:
 *
 * <ul>
 *   <li>A make-up working day beats the weekend and a public holiday beats a weekday: in China the
 *       State Council moves working days every year, so neither the weekday nor the date alone says
 *       whether people are at work. A date cannot be both.
 *   <li>Days and hours are those of the company's time zone, not of UTC: "Tuesday 17:30" is the
 *       Tuesday of the people who do the work.
 *   <li>Working hours are half-open, [start, end), with the lunch break cut out: feedback that
 *       arrives at 17:30 or at 12:15 arrived while nobody was working.
 *   <li>Time outside working hours never counts. A start outside working hours counts from the
 *       next working moment, so feedback registered on Saturday or at 20:00 gets the deadline it
 *       would have had at the next opening, and nobody loses a day to a weekend or a night.
 *   <li>{@link #addWorkingDays} ends at the close of a whole working day, because people read
 *       "within 2 working days" as "by close of business". The day of the (next) working moment is
 *       day 0: registered Friday 16:00 plus 2 working days is due Tuesday 17:30; plus 0 is due the
 *       same day at closing (CF-06 "the same day"), or at closing of the next working day when
 *       registered on a day off or after closing.
 *   <li>{@link #addWorkingHours} ends at closing time, not at the next opening, when the hours run
 *       out exactly at closing: both leave the same working time, and "Friday 17:30" is the
 *       deadline people expect.
 *   <li>{@link #workingTimeBetween} is the inverse of {@link #addWorkingHours}, so a deadline can
 *       be paused (measure what is left at the pause, add it back at the resumption) and "time
 *       left" can be shown. It is negative when the second instant is earlier, so "time left"
 *       drops below zero once a deadline is overdue.
 * </ul>
 *
 * Immutable; build it with {@link #builder(ZoneId)}.
 */
public final class WorkingCalendar {

    private final ZoneId zone;
    private final LocalTime start;
    private final LocalTime end;
    private final LocalTime lunchStart;
    private final LocalTime lunchEnd;
    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;

    private record Span(Instant start, Instant end) {}

    private WorkingCalendar(Builder b) {
        this.zone = Objects.requireNonNull(b.zone, "zone");
        this.start = Objects.requireNonNull(b.start, "start");
        this.end = Objects.requireNonNull(b.end, "end");
        this.lunchStart = b.lunchStart;
        this.lunchEnd = b.lunchEnd;
        this.weekend = Set.copyOf(b.weekend);
        this.holidays = Set.copyOf(b.holidays);
        this.makeUpWorkdays = Set.copyOf(b.makeUpWorkdays);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("working hours must start before they end: " + start + "-" + end);
        }
        if ((lunchStart == null) != (lunchEnd == null)) {
            throw new IllegalArgumentException("a lunch break needs a start and an end");
        }
        if (lunchStart != null
                && !(start.isBefore(lunchStart) && lunchStart.isBefore(lunchEnd) && lunchEnd.isBefore(end))) {
            throw new IllegalArgumentException(
                    "the lunch break must lie inside the working hours: " + lunchStart + "-" + lunchEnd);
        }
        if (weekend.size() == DayOfWeek.values().length) {
            throw new IllegalArgumentException("at least one weekday must be a working day");
        }
        var both = new TreeSet<>(holidays);
        both.retainAll(makeUpWorkdays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("dates both holiday and make-up working day: " + both);
        }
    }

    /** A calendar in the given zone: 08:30-17:30 without lunch break, Saturday and Sunday off. */
    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (makeUpWorkdays.contains(date)) {
            return true;
        }
        return !holidays.contains(date) && !weekend.contains(date.getDayOfWeek());
    }

    public boolean isWorkingMoment(Instant moment) {
        return !spanAtOrAfter(moment).start().isAfter(moment);
    }

    /** The moment itself if people are working then, else the next opening. */
    public Instant nextWorkingMoment(Instant moment) {
        Instant opening = spanAtOrAfter(moment).start();
        return opening.isAfter(moment) ? opening : moment;
    }

    /** Closing time of the n-th working day after the day of the next working moment. */
    public Instant addWorkingDays(Instant start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        LocalDate day = LocalDate.ofInstant(nextWorkingMoment(start), zone);
        for (int i = 0; i < n; i++) {
            day = day.plusDays(1);
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
        }
        return at(day, end);
    }

    /** The moment when the given working time, counted from the next working moment, is used up. */
    public Instant addWorkingHours(Instant start, Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("working time must not be negative: " + duration);
        }
        Instant t = start;
        Duration left = duration;
        while (true) {
            Span span = spanAtOrAfter(t);
            Instant from = later(t, span.start());
            Duration available = Duration.between(from, span.end());
            if (left.compareTo(available) <= 0) {
                return from.plus(left);
            }
            left = left.minus(available);
            t = span.end();
        }
    }

    /** Working time in [a, b); negative when b is before a. */
    public Duration workingTimeBetween(Instant a, Instant b) {
        if (b.isBefore(a)) {
            return workingTimeBetween(b, a).negated();
        }
        Duration total = Duration.ZERO;
        Instant t = a;
        while (true) {
            Span span = spanAtOrAfter(t);
            if (!span.start().isBefore(b)) {
                return total;
            }
            Instant to = span.end().isBefore(b) ? span.end() : b;
            total = total.plus(Duration.between(later(t, span.start()), to));
            t = span.end();
        }
    }

    /**
     * The first working span that has not ended at t. Ends because the weekend leaves a working
     * weekday and there are finitely many holidays.
     */
    private Span spanAtOrAfter(Instant t) {
        for (LocalDate day = LocalDate.ofInstant(t, zone); ; day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                for (Span span : spansOf(day)) {
                    if (span.end().isAfter(t)) {
                        return span;
                    }
                }
            }
        }
    }

    private List<Span> spansOf(LocalDate day) {
        if (lunchStart == null) {
            return List.of(new Span(at(day, start), at(day, end)));
        }
        return List.of(new Span(at(day, start), at(day, lunchStart)), new Span(at(day, lunchEnd), at(day, end)));
    }

    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingCalendar c
                && zone.equals(c.zone)
                && start.equals(c.start)
                && end.equals(c.end)
                && Objects.equals(lunchStart, c.lunchStart)
                && Objects.equals(lunchEnd, c.lunchEnd)
                && weekend.equals(c.weekend)
                && holidays.equals(c.holidays)
                && makeUpWorkdays.equals(c.makeUpWorkdays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, start, end, lunchStart, lunchEnd, weekend, holidays, makeUpWorkdays);
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + zone + " " + start + "-" + end
                + (lunchStart == null ? "" : " lunch " + lunchStart + "-" + lunchEnd)
                + ", weekend " + new TreeSet<>(weekend)
                + ", " + holidays.size() + " holidays, " + makeUpWorkdays.size() + " make-up working days]";
    }

    /** Collects the parts of a calendar; {@link #build()} checks that they fit together. */
    public static final class Builder {
        private final ZoneId zone;
        private LocalTime start = LocalTime.of(8, 30);
        private LocalTime end = LocalTime.of(17, 30);
        private LocalTime lunchStart;
        private LocalTime lunchEnd;
        private Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private final Set<LocalDate> holidays = new TreeSet<>();
        private final Set<LocalDate> makeUpWorkdays = new TreeSet<>();

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        public Builder hours(LocalTime start, LocalTime end) {
            this.start = start;
            this.end = end;
            return this;
        }

        /** Both null: no lunch break. */
        public Builder lunch(LocalTime start, LocalTime end) {
            this.lunchStart = start;
            this.lunchEnd = end;
            return this;
        }

        public Builder weekend(Collection<DayOfWeek> days) {
            this.weekend = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
            return this;
        }

        public Builder holidays(Collection<LocalDate> dates) {
            holidays.addAll(dates);
            return this;
        }

        public Builder makeUpWorkdays(Collection<LocalDate> dates) {
            makeUpWorkdays.addAll(dates);
            return this;
        }

        public WorkingCalendar build() {
            return new WorkingCalendar(this);
        }
    }
}
