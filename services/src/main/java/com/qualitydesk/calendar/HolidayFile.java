package com.qualitydesk.calendar;

import com.qualitydesk.shared.RuleViolation;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Duration;

/**
 * A year's holiday schedule as an iCalendar (.ics) file, the form in which public holiday feeds
 * are published. Every all-day event names the days from DTSTART up to, not including, DTEND
 * (one day without DTEND); a make-up working day is recognised by its summary ("补班", "上班",
 * "working day") or by the category WORKDAY, everything else is a holiday.
 *
 * <p>The file is read whole and refused whole: one unusable event would otherwise leave a
 * half-imported year in which deadlines silently fall on holidays. The refusal names the event
 * and its line, so the file can be corrected and imported again.
 */
public final class HolidayFile {

    /** One date the file sets. */
    public record Entry(LocalDate date, DayKind kind, String name) {}

    /** Longer events are typing errors, not holidays (the longest, Spring Festival, is 9 days). */
    static final int MAX_EVENT_DAYS = 31;

    static final int MAX_NAME_LENGTH = 200;

    /** Enough problems to correct the file, not so many that the message becomes unreadable. */
    private static final int MAX_PROBLEMS = 10;

    private static final String INVALID = "calendar.import.invalid";

    private HolidayFile() {}

    /** Every date the file sets, in date order. */
    public static List<Entry> read(byte[] ics) {
        return read(ics, null);
    }

    /**
     * The dates of the given year (all dates when year is null), in date order. Events of other
     * years are checked too, but not returned: feeds often cover several years.
     */
    public static List<Entry> read(byte[] ics, Integer year) {
        String text = new String(ics, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<VEvent> events;
        try {
            events = new CalendarBuilder().build(new StringReader(text)).getComponents(Component.VEVENT);
        } catch (ParserException e) {
            throw new RuleViolation(INVALID, e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new RuleViolation(INVALID, String.valueOf(e.getMessage()));
        }
        if (events.isEmpty()) {
            throw new RuleViolation(INVALID, "no VEVENT in the file");
        }

        List<Integer> lines = eventLines(text);
        var problems = new ArrayList<String>();
        Map<LocalDate, Entry> entries = new TreeMap<>();
        Map<LocalDate, Integer> setBy = new TreeMap<>();
        for (int i = 0; i < events.size(); i++) {
            int number = i + 1;
            String where = "event " + number + (i < lines.size() ? " at line " + lines.get(i) : "");
            VEvent event = events.get(i);
            try {
                String name = name(event);
                DayKind kind = kind(event, name);
                for (LocalDate date : days(event)) {
                    Entry earlier = entries.get(date);
                    if (earlier == null) {
                        entries.put(date, new Entry(date, kind, name));
                        setBy.put(date, number);
                    } else if (earlier.kind() != kind) {
                        throw new IllegalArgumentException(
                                date + " is also a " + earlier.kind() + " in event " + setBy.get(date));
                    }
                }
            } catch (IllegalArgumentException | DateTimeException e) {
                problems.add(where + summaryOf(event) + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            var shown = problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS));
            String more = problems.size() > shown.size() ? "; and " + (problems.size() - shown.size()) + " more" : "";
            throw new RuleViolation(INVALID, String.join("; ", shown) + more);
        }
        var result = entries.values().stream()
                .filter(e -> year == null || e.date().getYear() == year)
                .toList();
        if (result.isEmpty()) {
            throw new RuleViolation(INVALID, "no day of " + year + " in the file");
        }
        return result;
    }

    private static String name(VEvent event) {
        String name = event.getProperty(Property.SUMMARY)
                .map(Property::getValue)
                .map(String::strip)
                .orElse("");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("no SUMMARY to name the day");
        }
        return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
    }

    private static DayKind kind(VEvent event, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean namedWorkday = name.contains("补班")
                || name.contains("上班")
                || (lower.contains("working day") && !lower.contains("non-working day"));
        boolean taggedWorkday = event.getProperties(Property.CATEGORIES).stream()
                .flatMap(p -> ((Categories) p).getCategories().getTexts().stream())
                .anyMatch(c -> c.strip().equalsIgnoreCase("WORKDAY"));
        return namedWorkday || taggedWorkday ? DayKind.WORKDAY : DayKind.HOLIDAY;
    }

    private static List<LocalDate> days(VEvent event) {
        if (event.getProperty(Property.RRULE).isPresent()
                || event.getProperty(Property.RDATE).isPresent()) {
            throw new IllegalArgumentException("repeating events are not supported, list each year's days");
        }
        LocalDate start = date(event, Property.DTSTART).orElseThrow(() -> new IllegalArgumentException("no DTSTART"));
        LocalDate end = date(event, Property.DTEND).orElse(null);
        if (end == null) {
            end = event.getProperty(Property.DURATION)
                    .map(p -> ((Duration) p).getDuration())
                    .map(amount -> {
                        if (!(amount instanceof Period period)) {
                            throw new IllegalArgumentException("DURATION must be whole days, not " + amount);
                        }
                        return start.plus(period);
                    })
                    .orElse(start.plusDays(1));
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("ends before it starts: " + start + ".." + end);
        }
        if (start.plusDays(MAX_EVENT_DAYS).isBefore(end)) {
            throw new IllegalArgumentException("longer than " + MAX_EVENT_DAYS + " days: " + start + ".." + end);
        }
        return start.datesUntil(end).toList();
    }

    private static Optional<LocalDate> date(VEvent event, String property) {
        Optional<Property> found = event.getProperty(property);
        return found.map(p -> {
            Object value = ((DateProperty<?>) p).getDate();
            if (!(value instanceof LocalDate date)) {
                throw new IllegalArgumentException(
                        property + " " + p.getValue() + " is not an all-day date (VALUE=DATE)");
            }
            return date;
        });
    }

    private static String summaryOf(VEvent event) {
        return event.getProperty(Property.SUMMARY)
                .map(Property::getValue)
                .filter(s -> !s.isBlank())
                .map(s -> " (" + s.strip() + ")")
                .orElse("");
    }

    /** The line of each BEGIN:VEVENT, in file order, for messages a person can act on. */
    private static List<Integer> eventLines(String text) {
        var lines = new ArrayList<Integer>();
        String[] all = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < all.length; i++) {
            if (all[i].strip().equalsIgnoreCase("BEGIN:VEVENT")) {
                lines.add(i + 1);
            }
        }
        return lines;
    }
}
