package com.qualitydesk.aftersales;

import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.customer.timeline.TimelineEntry;
import com.qualitydesk.customer.timeline.TimelineKind;
import com.qualitydesk.customer.timeline.TimelineQuery;
import com.qualitydesk.customer.timeline.TimelineSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Set;

/**
 * The guaranteed returns and replacements (AS-07) on the customer's timeline (CC-01: "complaints
 * and returns"): each at the day its goods came back, with what came back and why, newest first,
 * read in the database a page at a time.
 */
@ApplicationScoped
public class ReturnTimeline implements TimelineSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendars calendars;

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.RETURN);
    }

    @Override
    public List<TimelineEntry> newest(TimelineQuery query, int limit) {
        if (!query.wants(TimelineKind.RETURN) || limit <= 0) {
            return List.of();
        }
        return bind(
                        em.createQuery(
                                "select r from ReturnReplacement r where " + where(query)
                                        + " order by r.returnedOn desc, r.id desc",
                                ReturnReplacement.class),
                        query)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(this::entry)
                .toList();
    }

    @Override
    public long count(TimelineQuery query) {
        if (!query.wants(TimelineKind.RETURN)) {
            return 0;
        }
        return bind(em.createQuery("select count(r) from ReturnReplacement r where " + where(query), Long.class), query)
                .getSingleResult();
    }

    private TimelineEntry entry(ReturnReplacement r) {
        var lot = r.getDelivery();
        return new TimelineEntry(
                r.getReturnedOn().atStartOfDay(calendars.current().zone()).toInstant(),
                TimelineKind.RETURN,
                r.getReference() + " · " + lot.getLotNumber(),
                r.getQuantity() + " × " + lot.getProduct().getCode() + " · " + r.getReason(),
                "returnReplacement.state." + r.getKind() + "." + r.getStatus(),
                "/aftersales/returns.xhtml?id=" + r.getId());
    }

    private static String where(TimelineQuery query) {
        return "r.customer.id = :customer"
                + (query.from() == null ? "" : " and r.returnedOn >= :from")
                + (query.to() == null ? "" : " and r.returnedOn <= :to");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, TimelineQuery query) {
        q.setParameter("customer", query.customerId());
        if (query.from() != null) {
            q.setParameter("from", query.from());
        }
        if (query.to() != null) {
            q.setParameter("to", query.to());
        }
        return q;
    }
}
