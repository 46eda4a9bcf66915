package com.qualitydesk.customer;

import com.qualitydesk.customer.timeline.TimelineEntry;
import com.qualitydesk.customer.timeline.TimelineKind;
import com.qualitydesk.customer.timeline.TimelineQuery;
import com.qualitydesk.customer.timeline.TimelineSource;
import com.qualitydesk.security.Department.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The lots shipped to a customer on the customer's timeline (CC-01), on their ship date. A late
 * lot (CS-09) says so.
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
public class DeliveryTimeline implements TimelineSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.DELIVERY);
    }

    @Override
    public List<TimelineEntry> newest(TimelineQuery query, int limit) {
        List<?> rows = bind(
                        em.createQuery("select d.shipDate, d.lotNumber, p.code, p.name, d.quantity, d.promisedDate"
                                + " from Delivery d join d.product p where d.customer.id = :customer"
                                + period(query)
                                + " order by d.shipDate desc, d.id desc"),
                        query)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(r -> entry((Object[]) r)).toList();
    }

    private TimelineEntry entry(Object[] r) {
        LocalDate shipped = (LocalDate) r[0];
        LocalDate promised = (LocalDate) r[5];
        boolean late = promised != null && shipped.isAfter(promised);
        return new TimelineEntry(
                shipped.atStartOfDay(clock.getZone()).toInstant(),
                TimelineKind.DELIVERY,
                (String) r[1],
                r[2] + " " + r[3] + " × " + r[4],
                late ? "timeline.delivery.late" : "timeline.delivery.shipped",
                null);
    }

    @Override
    public long count(TimelineQuery query) {
        return (Long) bind(
                        em.createQuery(
                                "select count(d) from Delivery d where d.customer.id = :customer" + period(query)),
                        query)
                .getSingleResult();
    }

    /** The period is in days, as the ship date is. */
    private static String period(TimelineQuery query) {
        return (query.from() == null ? "" : " and d.shipDate >= :from")
                + (query.to() == null ? "" : " and d.shipDate <= :to");
    }

    private static Query bind(Query jpql, TimelineQuery query) {
        jpql.setParameter("customer", query.customerId());
        if (query.from() != null) {
            jpql.setParameter("from", query.from());
        }
        if (query.to() != null) {
            jpql.setParameter("to", query.to());
        }
        return jpql;
    }
}
