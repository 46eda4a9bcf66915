package com.qualitydesk.web.audit;

import com.qualitydesk.audit.AuditEntry;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How an audit entry reads (CF-14). The trail keeps what changed as the machine wrote it (an
 * instant in UTC, an enum constant, a field's code name) so that it never depends on a reader;
 * this turns it, at display time, into the reader's language and time zone: moments and dates in
 * the locale's format, constants by the names the screens give them, fields by their labels. The
 * history dialog and its Excel export use it alike, for every entry: field changes and the events
 * written as a line of text ("GENERAL_QUESTION → LARGE_BATCH: reason", an instant, a duration).
 */
public final class HistoryText {

    /** One audit entry as people read it. */
    public record Line(String when, String who, String action, String field, String oldValue, String newValue)
            implements Serializable {}

    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final Pattern CONSTANTS = Pattern.compile("\\[?[A-Z][A-Z0-9_]+(, [A-Z][A-Z0-9_]+)*]?");
    private static final Pattern INSTANT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DURATION = Pattern.compile("-?P(\\d+D)?T[0-9HMS.-]+|-?P\\d+D");
    /** An event that names a change: "OLD → NEW" with an optional ": reason" in the writer's words. */
    private static final Pattern ARROW =
            Pattern.compile("([A-Z][A-Z0-9_]*|null) → ([A-Z][A-Z0-9_]*|null)(?:: (.*))?", Pattern.DOTALL);
    /** Moments and dates inside a longer text (the words around them are left as written). */
    private static final Pattern EMBEDDED =
            Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z)?\\b");

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter moment;
    private final DateTimeFormatter day;
    private List<String> keys;

    /** Texts of the bundle, formats of the locale, moments in the zone (the reader's). */
    public HistoryText(ResourceBundle bundle, Locale locale, ZoneId zone) {
        this.bundle = bundle;
        this.locale = locale;
        this.moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public Line line(AuditEntry e) {
        String type = e.getRecordType();
        if (e.getField() == null) {
            return new Line(
                    moment(e.getChangedAt()),
                    e.getChangedBy(),
                    action(e.getAction()),
                    "",
                    detail(type, e.getAction(), e.getOldValue()),
                    detail(type, e.getAction(), e.getNewValue()));
        }
        return new Line(
                moment(e.getChangedAt()),
                e.getChangedBy(),
                action(e.getAction()),
                field(type, e.getField()),
                value(type, e.getField(), e.getOldValue()),
                value(type, e.getField(), e.getNewValue()));
    }

    public String moment(Instant instant) {
        return instant == null ? "" : moment.format(instant);
    }

    /** "history.action.SEVERITY_CHANGED", else the code spelled out. */
    public String action(String action) {
        if (action == null) {
            return "";
        }
        return text("history.action." + action).orElseGet(() -> spelledOut(action.toLowerCase(Locale.ROOT)));
    }

    /**
     * A field's name as the record's screen labels it ("feedback.severity"), else its history
     * label ("history.field.replyDueAt"), else its name spelled out: people read the history, not
     * the code.
     */
    public String field(String recordType, String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        return text(prefix(recordType) + field)
                .or(() -> text("history.field." + field))
                .orElseGet(() -> spelledOut(field));
    }

    /**
     * A stored value in words: a moment in the reader's zone and format, a date in the reader's
     * format, a duration in hours and minutes, yes and no for flags, a constant (or a list of
     * them) as its screens name it; any other text as written.
     */
    public String value(String recordType, String field, String value) {
        if (value == null || value.isEmpty() || value.equals("null")) {
            return "";
        }
        if (value.equals("true") || value.equals("false")) {
            return text(value.equals("true") ? "common.yes" : "common.no").orElse(value);
        }
        if (INSTANT.matcher(value).matches()) {
            return parsedMoment(value).orElse(value);
        }
        if (DATE.matcher(value).matches()) {
            return parsedDate(value).orElse(value);
        }
        if (DURATION.matcher(value).matches()) {
            return duration(value).orElse(value);
        }
        if (CONSTANT.matcher(value).matches()) {
            return constant(recordType, field, value);
        }
        if (CONSTANTS.matcher(value).matches()) {
            return Arrays.stream(value.replace("[", "").replace("]", "").split(", "))
                    .map(v -> constant(recordType, field, v))
                    .collect(Collectors.joining(", "));
        }
        return value;
    }

    /**
     * The text of an event that is not a field change. "OLD → NEW: reason" (a changed severity)
     * reads as the two values of the field the action names, with the reason as written; a text
     * that is one value reads as that value; in any other text the moments and dates are shown in
     * the reader's zone and format and the words stay as written.
     */
    public String detail(String recordType, String action, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Matcher arrow = ARROW.matcher(text);
        if (arrow.matches()) {
            String field = changedField(action);
            String old = arrow.group(1).equals("null") ? "—" : value(recordType, field, arrow.group(1));
            String now = arrow.group(2).equals("null") ? "—" : value(recordType, field, arrow.group(2));
            String change = old + " → " + now;
            return arrow.group(3) == null ? change : withReason(change, arrow.group(3));
        }
        if (INSTANT.matcher(text).matches()
                || DATE.matcher(text).matches()
                || DURATION.matcher(text).matches()
                || CONSTANT.matcher(text).matches()
                || text.equals("true")
                || text.equals("false")) {
            return value(recordType, null, text);
        }
        Matcher embedded = EMBEDDED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (embedded.find()) {
            String found = embedded.group();
            String shown = (found.length() > 10 ? parsedMoment(found) : parsedDate(found)).orElse(found);
            embedded.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        embedded.appendTail(out);
        return out.toString();
    }

    /** "change: reason", with the colon of the reader's language. */
    private String withReason(String change, String reason) {
        return text("history.withReason")
                .map(p -> new MessageFormat(p, locale).format(new Object[] {change, reason}))
                .orElse(change + ": " + reason);
    }

    private String constant(String recordType, String field, String value) {
        Optional<String> own = field == null ? Optional.empty() : text(prefix(recordType) + field + "." + value);
        return own.or(() -> field == null ? Optional.empty() : text("history.value." + field + "." + value))
                .or(() -> text("department." + value))
                .or(() -> constantAnywhere(value))
                .orElse(value);
    }

    /** SEVERITY_CHANGED changes the severity. */
    private static String changedField(String action) {
        if (action == null || !action.endsWith("_CHANGED")) {
            return null;
        }
        String[] words = action.substring(0, action.length() - "_CHANGED".length())
                .toLowerCase(Locale.ROOT)
                .split("_");
        StringBuilder field = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty()) {
                field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
        }
        return field.toString();
    }

    private Optional<String> parsedMoment(String text) {
        try {
            return Optional.of(moment.format(Instant.parse(text)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<String> parsedDate(String text) {
        try {
            return Optional.of(day.format(LocalDate.parse(text)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<String> duration(String text) {
        try {
            Duration d = Duration.parse(text);
            long minutes = Math.max(0, d.toMinutes());
            return text("history.duration")
                    .map(p -> new MessageFormat(p, locale).format(new Object[] {minutes / 60, minutes % 60}));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String prefix(String recordType) {
        return recordType == null || recordType.isEmpty()
                ? ""
                : Character.toLowerCase(recordType.charAt(0)) + recordType.substring(1) + ".";
    }

    private Optional<String> text(String key) {
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    /** The first label any screen gives the constant (enum names are unique enough across the product). */
    private Optional<String> constantAnywhere(String value) {
        if (keys == null) {
            keys = Collections.list(bundle.getKeys()).stream().sorted().toList();
        }
        return keys.stream().filter(k -> k.endsWith("." + value)).findFirst().map(bundle::getString);
    }

    private static String spelledOut(String field) {
        String words =
                field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
