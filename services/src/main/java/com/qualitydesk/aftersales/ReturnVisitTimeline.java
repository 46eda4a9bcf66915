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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The return visits on the customer's timeline (CC-01, AS-06): a visit done stands at the day it
 * was done, with its findings; a planned or cancelled one at its planned day, once that day has
 * come: the timeline is what passed between the company and the customer, not its plans.
 */
@ApplicationScoped
public class ReturnVisitTimeline implements TimelineSource {

    private static final String DAY = "coalesce(v.doneDate, v.plannedDate)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.RETURN_VISIT);
    }

    @Override
    public List<TimelineEntry> newest(TimelineQuery query, int limit) {
        if (!query.wants(TimelineKind.RETURN_VISIT) || limit <= 0) {
            return List.of();
        }
        return bind(
                        em.createQuery(
                                "select v from ReturnVisit v where " + where(query) + " order by " + DAY
                                        + " desc, v.id desc",
                                ReturnVisit.class),
                        query)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(this::entry)
                .toList();
    }

    @Override
    public long count(TimelineQuery query) {
        if (!query.wants(TimelineKind.RETURN_VISIT)) {
            return 0;
        }
        return bind(em.createQuery("select count(v) from ReturnVisit v where " + where(query), Long.class), query)
                .getSingleResult();
    }

    private TimelineEntry entry(ReturnVisit v) {
        var day = v.getDoneDate() != null ? v.getDoneDate() : v.getPlannedDate();
        String summary = v.getFindings() != null ? v.getFindings() : v.getPurpose();
        return new TimelineEntry(
                day.atStartOfDay(clock.getZone()).toInstant(),
                TimelineKind.RETURN_VISIT,
                ReturnVisits.reference(v),
                summary,
                "returnVisit.status." + v.getStatus(),
                "/aftersales/return-visits.xhtml?visit=" + v.getId());
    }

    private static String where(TimelineQuery query) {
        return "v.customer.id = :customer and " + DAY + " <= :today"
                + (query.from() == null ? "" : " and " + DAY + " >= :from")
                + (query.to() == null ? "" : " and " + DAY + " <= :to");
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> q, TimelineQuery query) {
        q.setParameter("customer", query.customerId());
        q.setParameter("today", LocalDate.now(clock));
        if (query.from() != null) {
            q.setParameter("from", query.from());
        }
        if (query.to() != null) {
            q.setParameter("to", query.to());
        }
        return q;
    }
}
