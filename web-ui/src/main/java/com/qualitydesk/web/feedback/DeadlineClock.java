package com.qualitydesk.web.feedback;

import com.qualitydesk.calendar.WorkingCalendar;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How a case's reply deadline looks right now (CF-05): the time left counted in working time, as the
 * deadline itself is, so a weekend or a holiday does not eat into it. Read once per request.
 */
@Named
@RequestScoped
public class DeadlineClock {

    @Inject
    WorkingCalendars calendars;

    @Inject
    UserMessages messages;

    @Inject
    Clock clock;

    private WorkingCalendar calendar;

    /** ON_TIME, OVERDUE, PAUSED, SENT (reply out) or CLOSED; NONE before registration. */
    public String state(Feedback f) {
        if (f == null || f.getReplyDueAt() == null) {
            return "NONE";
        }
        if (f.isClosed()) {
            return "CLOSED";
        }
        if (f.isReplySent()) {
            return "SENT";
        }
        if (f.isPaused()) {
            return "PAUSED";
        }
        return clock.instant().isAfter(f.getReplyDueAt()) ? "OVERDUE" : "ON_TIME";
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public boolean overdue(Feedback f) {
        return "OVERDUE".equals(state(f));
    }

    /** Whether a deadline of its own (the general manager's review, CF-02) has passed. */
    public boolean past(Instant due) {
        return due != null && clock.instant().isAfter(due);
    }

    /** "1 d 3 h left" or "overdue by 2 h", in working time; empty where no clock runs. */
    public String left(Feedback f) {
        String state = state(f);
        if (!"ON_TIME".equals(state) && !"OVERDUE".equals(state)) {
            return "";
        }
        return left(f.getReplyDueAt());
    }

    public String left(Instant due) {
        if (due == null) {
            return "";
        }
        Instant now = clock.instant();
        boolean late = now.isAfter(due);
        Duration working =
                late ? calendar().workingTimeBetween(due, now) : calendar().workingTimeBetween(now, due);
        String amount = amount(working);
        return messages.text(late ? "feedback.clock.overdueBy" : "feedback.clock.left", amount);
    }

    private String amount(Duration working) {
        long dayMinutes = workingDayMinutes();
        long minutes = Math.max(0, working.toMinutes());
        long days = minutes / dayMinutes;
        long hours = (minutes % dayMinutes) / 60;
        long rest = minutes % 60;
        if (days > 0) {
            return messages.text("feedback.clock.daysHours", days, hours);
        }
        return messages.text("feedback.clock.hoursMinutes", hours, rest);
    }

    private long workingDayMinutes() {
        var hours = calendars.hours();
        if (hours == null) {
            return 8 * 60;
        }
        long minutes =
                Duration.between(hours.getStartTime(), hours.getEndTime()).toMinutes();
        if (hours.getLunchStart() != null && hours.getLunchEnd() != null) {
            minutes -=
                    Duration.between(hours.getLunchStart(), hours.getLunchEnd()).toMinutes();
        }
        return Math.max(60, minutes);
    }

    private WorkingCalendar calendar() {
        if (calendar == null) {
            calendar = calendars.current();
        }
        return calendar;
    }
}
