package com.qualitydesk.customer.timeline;

import java.util.List;
import java.util.Set;

/**
 * A feature's contribution to the customer's timeline (CC-01): feedback, deliveries, surveys,
 * after-sales records each implement it as a CDI bean, and the timeline merges them, so that a new
 * kind of record reaches the customer page without the timeline knowing it.
 */
public interface TimelineSource {

    /** The kinds this source gives; it is not asked for others. */
    Set<TimelineKind> kinds();

    /** The query's newest entries of this source, newest first, at most {@code limit}. */
    List<TimelineEntry> newest(TimelineQuery query, int limit);

    /** How many entries of this source the query has in all. */
    long count(TimelineQuery query);
}
