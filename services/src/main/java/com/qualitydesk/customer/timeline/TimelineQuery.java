package com.qualitydesk.customer.timeline;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which part of a customer's timeline to read: the kinds wanted and the period, both ends
 * included, in the company's time zone; an open end is null.
 */
public record TimelineQuery(long customerId, Set<TimelineKind> kinds, LocalDate from, LocalDate to) {

    public boolean wants(TimelineKind kind) {
        return kinds == null || kinds.isEmpty() || kinds.contains(kind);
    }
}
