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
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * CC-01: the service requests (AS-08) and service records (AS-03, AS-04) on the customer's
 * timeline, newest first, read in the database a page at a time.
 */
@ApplicationScoped
public class ServiceTimeline implements TimelineSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendars calendars;

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.SERVICE_REQUEST, TimelineKind.SERVICE_RECORD);
    }

    @Override
    public List<TimelineEntry> newest(TimelineQuery query, int limit) {
        var entries = new ArrayList<TimelineEntry>();
        if (query.wants(TimelineKind.SERVICE_REQUEST)) {
            period(
                            em.createQuery(
                                    "select r from ServiceRequest r where r.customer.id = :customer"
                                            + " and r.registeredAt >= :from and r.registeredAt < :to"
                                            + " order by r.registeredAt desc, r.id desc",
                                    ServiceRequest.class),
                            query)
                    .setMaxResults(limit)
                    .getResultList()
                    .forEach(r -> entries.add(new TimelineEntry(
                            r.getRegisteredAt(),
                            TimelineKind.SERVICE_REQUEST,
                            r.getReference() + " · " + r.getDelivery().getLotNumber(),
                            r.getDescription(),
                            "serviceRequest.status." + r.getStatus(),
                            "/aftersales/service-requests.xhtml")));
        }
        if (query.wants(TimelineKind.SERVICE_RECORD)) {
            period(
                            em.createQuery(
                                    "select r from ServiceRecord r where r.customer.id = :customer"
                                            + " and r.occurredAt >= :from and r.occurredAt < :to"
                                            + " order by r.occurredAt desc, r.id desc",
                                    ServiceRecord.class),
                            query)
                    .setMaxResults(limit)
                    .getResultList()
                    .forEach(r -> entries.add(new TimelineEntry(
                            r.getOccurredAt(),
                            TimelineKind.SERVICE_RECORD,
                            r.getReference(),
                            r.getKind() == ServiceRecordKind.TELEPHONE ? r.getSummary() : r.getWorkDone(),
                            r.isSigned() ? "serviceRecord.signed" : "serviceRecord.kind." + r.getKind(),
                            "/aftersales/service-records.xhtml")));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries.size() > limit ? List.copyOf(entries.subList(0, limit)) : entries;
    }

    @Override
    public long count(TimelineQuery query) {
        long count = 0;
        if (query.wants(TimelineKind.SERVICE_REQUEST)) {
            count += period(
                            em.createQuery(
                                    "select count(r) from ServiceRequest r where r.customer.id = :customer"
                                            + " and r.registeredAt >= :from and r.registeredAt < :to",
                                    Long.class),
                            query)
                    .getSingleResult();
        }
        if (query.wants(TimelineKind.SERVICE_RECORD)) {
            count += period(
                            em.createQuery(
                                    "select count(r) from ServiceRecord r where r.customer.id = :customer"
                                            + " and r.occurredAt >= :from and r.occurredAt < :to",
                                    Long.class),
                            query)
                    .getSingleResult();
        }
        return count;
    }

    /** The period's ends as moments in the company's zone; an open end reaches far enough. */
    private <T> TypedQuery<T> period(TypedQuery<T> typed, TimelineQuery query) {
        ZoneId zone = calendars.current().zone();
        Instant from = query.from() == null
                ? Instant.parse("1900-01-01T00:00:00Z")
                : query.from().atStartOfDay(zone).toInstant();
        Instant to = query.to() == null
                ? Instant.parse("3000-01-01T00:00:00Z")
                : query.to().plusDays(1).atStartOfDay(zone).toInstant();
        return typed.setParameter("customer", query.customerId())
                .setParameter("from", from)
                .setParameter("to", to);
    }
}
