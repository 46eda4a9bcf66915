package com.qualitydesk.figures;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.security.Department.Role;
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
 * CS-09: the characteristics of the important processes per workshop. PRODUCTION keeps them
 * (QUALITY and ADMIN may too); every department reads them and their capability.
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
    Role.ADMIN
})
public class Characteristics {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    public Optional<Characteristic> find(long id) {
        return Optional.ofNullable(em.find(Characteristic.class, id));
    }

    /** Every characteristic, by workshop, process and name. */
    public List<Characteristic> all() {
        return em.createQuery(
                        "select c from Characteristic c order by c.workshop, c.process, c.name", Characteristic.class)
                .getResultList();
    }

    /** Creates or changes a characteristic; its limits must make a specification (CS-09). */
    @RolesAllowed({Role.PRODUCTION, Role.QUALITY, Role.ADMIN})
    public Characteristic save(@NotNull Characteristic characteristic) {
        characteristic.specification(); // refuses no limit, crossed limits, a target outside them
        return records.save(
                characteristic,
                sameName(characteristic),
                () -> new RuleViolation("characteristic.duplicate", characteristic.getName()));
    }

    private Optional<Characteristic> sameName(Characteristic c) {
        return em.createQuery(
                        "select c from Characteristic c where c.workshop = :workshop and c.process = :process"
                                + " and c.name = :name",
                        Characteristic.class)
                .setParameter("workshop", c.getWorkshop())
                .setParameter("process", c.getProcess())
                .setParameter("name", c.getName())
                .getResultStream()
                .findFirst();
    }
}
