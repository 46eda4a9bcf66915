package com.qualitydesk.feedback;

import com.qualitydesk.calendar.WorkingCalendar;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Product;
import com.qualitydesk.security.Department;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** Cases built the way the services build them: received, then registered through the aggregate. */
final class Cases {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final WorkingCalendar WEEKDAYS = WorkingCalendar.builder(SHANGHAI)
            .hours(LocalTime.of(8, 30), LocalTime.of(17, 30))
            .build();
    /** Monday 16 November 2026, 10:00 in Shanghai. */
    static final Instant MONDAY_10 = Instant.parse("2026-11-16T02:00:00Z");

    private Cases() {}

    static Deadlines deadlines() {
        return new Deadlines(WEEKDAYS, p -> p.defaultValue());
    }

    static Feedback received(Department by, Instant at) {
        return Feedback.received(
                FeedbackChannel.PHONE, null, null, null, null, "Valves leak", at, "someone", by, deadlines());
    }

    static Feedback registered(Severity severity) {
        return registered(severity, false);
    }

    static Feedback registered(Severity severity, boolean safety) {
        var f = received(Department.SALES, MONDAY_10);
        f.register(form(severity, safety), () -> "FB-2026-0001", MONDAY_10, "sales", deadlines());
        return f;
    }

    static CaseRegistration form(Severity severity, boolean safety) {
        return new CaseRegistration(
                new Customer(), null, new Product(), "L1", 10, FeedbackType.QUALITY_PROBLEM, severity, null, safety);
    }
}
