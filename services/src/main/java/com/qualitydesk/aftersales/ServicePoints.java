package com.qualitydesk.aftersales;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The service agencies of AS-02. SALES organises after-sales service (AS-01) and keeps them, with
 * ADMIN; every department reads them.
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
public class ServicePoints {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    public Page<ServicePoint> page(@NotNull PageRequest request) {
        return FilteredQuery.of(em, ServicePoint.class).defaultSort("name").page(request);
    }

    public Optional<ServicePoint> find(long id) {
        return Optional.ofNullable(em.find(ServicePoint.class, id));
    }

    /** The points a person can be placed at. */
    public List<ServicePoint> active() {
        return em.createQuery("select p from ServicePoint p where p.active = true order by p.name", ServicePoint.class)
                .getResultList();
    }

    /** The people who work at a point (AS-02: the point's staff). */
    public List<ServicePerson> staffOf(long pointId) {
        return em.createQuery(
                        "select p from ServicePerson p where p.servicePoint.id = :id order by p.active desc, p.name",
                        ServicePerson.class)
                .setParameter("id", pointId)
                .getResultList();
    }

    /** Creates or updates a point; names are unique, as people tell the points apart by them (AS-02). */
    @RolesAllowed({Role.SALES, Role.ADMIN})
    public ServicePoint save(@NotNull ServicePoint point) {
        Optional<ServicePoint> holder = point.getName() == null
                ? Optional.empty()
                : em.createQuery("select p from ServicePoint p where lower(p.name) = :n", ServicePoint.class)
                        .setParameter("n", point.getName().trim().toLowerCase())
                        .getResultStream()
                        .findFirst();
        return records.save(point, holder, () -> new RuleViolation("servicePoint.name.taken", point.getName()));
    }
}
