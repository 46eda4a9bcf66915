package com.qualitydesk.aftersales;

import com.qualitydesk.customer.timeline.TimelineEntry;
import com.qualitydesk.customer.timeline.TimelineKind;
import com.qualitydesk.customer.timeline.TimelineQuery;
import com.qualitydesk.customer.timeline.TimelineSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * CC-01: the call-backs after the customer's deliveries on the customer's page (AS-05), each when
 * the customer was called, with what they said; one not made yet stands at its due date once that
 * has passed, and not before: the timeline is what happened, not the plan. Returns (AS-07) are not kept yet, so this source
 * gives call-backs only.
 */
@ApplicationScoped
public class CallBackTimeline implements TimelineSource {

    private static final String AT = "coalesce(c.calledAt, c.dueAt)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.CALL_BACK);
    }

    @Override
    public List<TimelineEntry> newest(TimelineQuery query, int limit) {
        if (!query.wants(TimelineKind.CALL_BACK)) {
            return List.of();
        }
        return query(query, "select c", " order by " + AT + " desc, c.id desc", CallBack.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(c -> new TimelineEntry(
                        c.getCalledAt() != null ? c.getCalledAt() : c.getDueAt(),
                        TimelineKind.CALL_BACK,
                        c.getDelivery().getLotNumber(),
                        c.getObjection() != null
                                ? c.getObjection()
                                : c.getDelivery().getProduct().getCode() + " "
                                        + c.getDelivery().getLotNumber(),
                        "callBack.status." + c.getStatus(),
                        "/aftersales/call-back.xhtml?id=" + c.getId()))
                .toList();
    }

    @Override
    public long count(TimelineQuery query) {
        if (!query.wants(TimelineKind.CALL_BACK)) {
            return 0;
        }
        return query(query, "select count(c)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(TimelineQuery query, String select, String order, Class<T> type) {
        var zone = clock.getZone();
        // each instant is compared with a column, not with coalesce(…): only so is the parameter
        // converted as the column is (PostgreSQL's driver takes no java.time.Instant)
        String where = " from CallBack c where c.customer.id = :customer"
                + " and (c.calledAt <= :now or (c.calledAt is null and c.dueAt <= :now))"
                + (query.from() == null
                        ? ""
                        : " and (c.calledAt >= :from or (c.calledAt is null and c.dueAt >= :from))")
                + (query.to() == null ? "" : " and (c.calledAt < :to or (c.calledAt is null and c.dueAt < :to))");
        TypedQuery<T> q = em.createQuery(select + where + order, type)
                .setParameter("customer", query.customerId())
                .setParameter("now", clock.instant());
        if (query.from() != null) {
            q.setParameter("from", query.from().atStartOfDay(zone).toInstant());
        }
        if (query.to() != null) {
            q.setParameter("to", query.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        return q;
    }
}
