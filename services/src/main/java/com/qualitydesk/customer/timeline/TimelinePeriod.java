package com.qualitydesk.customer.timeline;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A query's period as moments, for sources whose records carry an instant: from the start of the
 * first day to the start of the day after the last, in the company's zone (the days people mean).
 */
public final class TimelinePeriod {

    private TimelinePeriod() {}

    /** The first moment of the period, or null when it is open at the start. */
    public static Instant start(TimelineQuery query, ZoneId zone) {
        return query.from() == null ? null : query.from().atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period, or null when it is open at the end. */
    public static Instant end(TimelineQuery query, ZoneId zone) {
        return query.to() == null
                ? null
                : query.to().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The JPQL condition on an instant path, using the parameters :from and :to as {@link #bind} sets them. */
    public static String condition(TimelineQuery query, String path) {
        return (query.from() == null ? "" : " and " + path + " >= :from")
                + (query.to() == null ? "" : " and " + path + " < :to");
    }

    /** Binds :from and :to of {@link #condition} on a query. */
    public static <Q extends jakarta.persistence.Query> Q bind(Q jpql, TimelineQuery query, ZoneId zone) {
        if (query.from() != null) {
            jpql.setParameter("from", start(query, zone));
        }
        if (query.to() != null) {
            jpql.setParameter("to", end(query, zone));
        }
        return jpql;
    }
}
