package com.qualitydesk.feedback;

import com.qualitydesk.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * CF-02: when a customer's feedback reached the company, and when it was entered. A letter opened
 * yesterday, or a call taken on the road, is entered later than it was received; the hand-over to
 * SALES (and the general manager's review) count from the receipt, not from the entry, and the
 * entry time is kept beside it.
 */
public record Receipt(Instant receivedAt, Instant enteredAt) {

    public Receipt {
        if (receivedAt == null || enteredAt == null) {
            throw new IllegalArgumentException("a receipt has both moments");
        }
    }

    /** Received as it is entered: the website's form (CC-02), or a note taken while the customer talks. */
    public static Receipt now(Instant now) {
        return new Receipt(now, now);
    }

    /**
     * CF-02: the moment the person who took the feedback gives (none: now). It is refused in the
     * future, and before the customer's first delivery, counted from the start of its shipping day
     * in the company's zone (no delivery known, or no customer named: only the future is refused).
     */
    public static Receipt told(Instant receivedAt, Instant now, LocalDate firstDelivery, ZoneId zone) {
        if (receivedAt == null) {
            return now(now);
        }
        if (receivedAt.isAfter(now)) {
            throw new RuleViolation("feedback.receivedAt.future");
        }
        if (firstDelivery != null
                && receivedAt.isBefore(firstDelivery.atStartOfDay(zone).toInstant())) {
            throw new RuleViolation("feedback.receivedAt.beforeFirstDelivery", firstDelivery);
        }
        return new Receipt(receivedAt, now);
    }

    /** Whether it was entered later than it was received (a minute's typing does not count). */
    public static boolean enteredLater(Instant receivedAt, Instant enteredAt) {
        return receivedAt != null && enteredAt != null && enteredAt.isAfter(receivedAt.plusSeconds(60));
    }
}
