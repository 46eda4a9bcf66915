package com.qualitydesk.feedback;

import com.qualitydesk.customer.timeline.TimelineEntry;
import com.qualitydesk.customer.timeline.TimelineKind;
import com.qualitydesk.customer.timeline.TimelinePeriod;
import com.qualitydesk.customer.timeline.TimelineQuery;
import com.qualitydesk.customer.timeline.TimelineSource;
import com.qualitydesk.customer.timeline.TimelineTexts;
import com.qualitydesk.security.Department.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A customer's complaints and other feedback (CF-01) on the customer's timeline (CC-01), on the
 * moment they were received, by their number (FB-…) once registered, before that by the reference
 * the submitter was given.
 */
@Stateless
@RolesAllowed({
    Role.SALES,
    Role.QUALITY,
    Role.TECHNICAL,
    Role.PRODUCTION,
    Role.FINANCE,
    Role.OFFICE,
    Role.GENERAL_MANAGER,
    Role.SERVICE,
    Role.ADMIN
})
public class FeedbackTimeline implements TimelineSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.COMPLAINT);
    }

    @Override
    public List<TimelineEntry> newest(TimelineQuery query, int limit) {
        List<Object[]> rows = TimelinePeriod.bind(
                        em.createQuery(
                                "select f.id, f.receivedAt, f.number, f.publicReference, f.description, f.status"
                                        + " from Feedback f where f.customer.id = :customer"
                                        + TimelinePeriod.condition(query, "f.receivedAt")
                                        + " order by f.receivedAt desc, f.id desc",
                                Object[].class),
                        query,
                        clock.getZone())
                .setParameter("customer", query.customerId())
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> new TimelineEntry(
                        (Instant) r[1],
                        TimelineKind.COMPLAINT,
                        r[2] != null ? (String) r[2] : (String) r[3],
                        TimelineTexts.summary((String) r[4]),
                        "feedback.status." + ((FeedbackStatus) r[5]).name(),
                        "/feedback/case.xhtml?id=" + r[0]))
                .toList();
    }

    @Override
    public long count(TimelineQuery query) {
        return TimelinePeriod.bind(
                        em.createQuery(
                                "select count(f) from Feedback f where f.customer.id = :customer"
                                        + TimelinePeriod.condition(query, "f.receivedAt"),
                                Long.class),
                        query,
                        clock.getZone())
                .setParameter("customer", query.customerId())
                .getSingleResult();
    }
}
