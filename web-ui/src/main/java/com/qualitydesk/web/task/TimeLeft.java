package com.qualitydesk.web.task;

import com.qualitydesk.web.shared.UserMessages;
import java.time.Duration;
import java.util.Locale;

/**
 * Working time as people say it: "2 working days 3 h left", "overdue by 4 h 30 min". A working day
 * is the length of the company's working day, so a day left means a day of work left.
 */
final class TimeLeft {

    private TimeLeft() {}

    static String text(Duration left, Duration workingDay, Locale locale) {
        if (left == null) {
            return "";
        }
        boolean overdue = left.isNegative();
        String amount = amount(left.abs(), workingDay, locale);
        return UserMessages.format(locale, overdue ? "inbox.overdueBy" : "inbox.left", amount);
    }

    static String amount(Duration time, Duration workingDay, Locale locale) {
        long minutes = time.toMinutes();
        long perDay = Math.max(1, workingDay.toMinutes());
        long days = minutes / perDay;
        long rest = minutes % perDay;
        long hours = rest / 60;
        long mins = rest % 60;
        var text = new StringBuilder();
        if (days > 0) {
            text.append(UserMessages.format(locale, "inbox.duration.days", days));
        }
        if (hours > 0) {
            append(text, UserMessages.format(locale, "inbox.duration.hours", hours));
        }
        if (days == 0 && (mins > 0 || hours == 0)) {
            append(text, UserMessages.format(locale, "inbox.duration.minutes", mins));
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        text.append(part);
    }
}
