package com.qualitydesk.customer;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The communication records of CC-01 on the customer's timeline: information sent, inquiries and
 * orders, legal requirements; the record's own kind (an order, service information) is its state.
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
public class CommunicationTimeline implements TimelineSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The timeline kind a communication is filtered by. */
    public static TimelineKind kindOf(CommunicationKind kind) {
        return switch (kind) {
            case PRODUCT_INFORMATION, SERVICE_INFORMATION -> TimelineKind.PRODUCT_INFORMATION;
            case INQUIRY, ORDER -> TimelineKind.INQUIRY_ORDER;
            case LEGAL_REQUIREMENT -> TimelineKind.LEGAL_REQUIREMENT;
        };
    }

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.PRODUCT_INFORMATION, TimelineKind.INQUIRY_ORDER, TimelineKind.LEGAL_REQUIREMENT);
    }

    @Override
    public List<TimelineEntry> newest(TimelineQuery query, int limit) {
        List<Object[]> rows = TimelinePeriod.bind(
                        em.createQuery(
                                "select c.occurredAt, c.kind, c.reference, c.subject, c.text"
                                        + " from CustomerCommunication c where c.customer.id = :customer"
                                        + " and c.kind in :kinds"
                                        + TimelinePeriod.condition(query, "c.occurredAt")
                                        + " order by c.occurredAt desc, c.id desc",
                                Object[].class),
                        query,
                        clock.getZone())
                .setParameter("customer", query.customerId())
                .setParameter("kinds", wanted(query))
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> {
                    var kind = (CommunicationKind) r[1];
                    String text = (String) r[4];
                    return new TimelineEntry(
                            (Instant) r[0],
                            kindOf(kind),
                            (String) r[2],
                            TimelineTexts.summary(text == null ? (String) r[3] : r[3] + ": " + text),
                            "communication.kind." + kind.name(),
                            null);
                })
                .toList();
    }

    @Override
    public long count(TimelineQuery query) {
        return TimelinePeriod.bind(
                        em.createQuery(
                                "select count(c) from CustomerCommunication c where c.customer.id = :customer"
                                        + " and c.kind in :kinds"
                                        + TimelinePeriod.condition(query, "c.occurredAt"),
                                Long.class),
                        query,
                        clock.getZone())
                .setParameter("customer", query.customerId())
                .setParameter("kinds", wanted(query))
                .getSingleResult();
    }

    private static Set<CommunicationKind> wanted(TimelineQuery query) {
        var kinds = EnumSet.noneOf(CommunicationKind.class);
        for (CommunicationKind kind : CommunicationKind.values()) {
            if (query.wants(kindOf(kind))) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
