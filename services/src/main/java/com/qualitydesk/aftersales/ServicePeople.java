package com.qualitydesk.aftersales;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Account;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The people who serve customers (AS-01, AS-02): SERVICE users by their account, or external
 * technicians without a login. SALES keeps them, with ADMIN; every department reads them, and other
 * after-sales steps assign work to {@link #active} people.
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
public class ServicePeople {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    ProcedureSettings settings;

    @Inject
    Clock clock;

    public Page<ServicePerson> page(@NotNull PageRequest request) {
        return FilteredQuery.of(em, ServicePerson.class).defaultSort("name").page(request);
    }

    /**
     * Only the people whose training is overdue today (AS-01): never trained, or last trained
     * before the oldest day that still counts.
     */
    public Page<ServicePerson> overduePage(@NotNull PageRequest request) {
        LocalDate oldest = oldestValidTraining();
        return FilteredQuery.of(em, ServicePerson.class)
                .where((cb, root) -> cb.and(
                        cb.isTrue(root.get("active")),
                        cb.or(
                                cb.isNull(root.get("lastTrainedOn")),
                                cb.lessThan(root.<LocalDate>get("lastTrainedOn"), oldest))))
                .defaultSort("name")
                .page(request);
    }

    public Optional<ServicePerson> find(long id) {
        return Optional.ofNullable(em.find(ServicePerson.class, id));
    }

    /** The active people, by name: whom a request or a record can be assigned to (AS-08, AS-03, AS-04). */
    public List<ServicePerson> active() {
        return em.createQuery(
                        "select p from ServicePerson p where p.active = true order by p.name", ServicePerson.class)
                .getResultList();
    }

    /** The active person of a SERVICE login, if the login serves customers. */
    public Optional<ServicePerson> ofUser(String username) {
        return em.createQuery("select p from ServicePerson p where p.username = :u", ServicePerson.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst();
    }

    /** The active people whose last training is older than AS01_TRAINING_VALID_MONTHS allow (AS-01). */
    public long overdueCount() {
        return em.createQuery(
                        "select count(p) from ServicePerson p where p.active = true"
                                + " and (p.lastTrainedOn is null or p.lastTrainedOn < :oldest)",
                        Long.class)
                .setParameter("oldest", oldestValidTraining())
                .getSingleResult();
    }

    /** Whether the person's training is overdue today (AS-01), by the current procedure setting. */
    public boolean trainingOverdue(@NotNull ServicePerson person) {
        return person.trainingOverdue(LocalDate.now(clock), validMonths());
    }

    public int validMonths() {
        return settings.value(ProcedureParameter.AS01_TRAINING_VALID_MONTHS);
    }

    private LocalDate oldestValidTraining() {
        return TrainingValidity.oldestValid(LocalDate.now(clock), validMonths());
    }

    /**
     * Creates or updates a person. A login named must be an account of department SERVICE (an
     * external technician has none); names are unique, and a login serves as one person only.
     */
    @RolesAllowed({Role.SALES, Role.ADMIN})
    public ServicePerson save(@NotNull ServicePerson person) {
        if (!person.isExternal()) {
            Account account = em.createQuery("select a from Account a where a.username = :u", Account.class)
                    .setParameter("u", person.getUsername())
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new RuleViolation("servicePerson.username.unknown", person.getUsername()));
            if (!account.getDepartments().contains(Department.SERVICE)) {
                throw new RuleViolation("servicePerson.username.notService", person.getUsername());
            }
            ofUser(person.getUsername())
                    .filter(other -> !other.getId().equals(person.getId()))
                    .ifPresent(other -> {
                        throw new RuleViolation("servicePerson.username.taken", person.getUsername(), other.getName());
                    });
        }
        if (person.getServicePoint() != null) {
            person.setServicePoint(
                    em.find(ServicePoint.class, person.getServicePoint().getId()));
        }
        if (!person.isNew()) {
            // the day of the last training belongs to the trainings, not to the form that edits the person
            find(person.getId()).ifPresent(stored -> person.setLastTrainedOn(stored.getLastTrainedOn()));
        }
        Optional<ServicePerson> holder = person.getName() == null
                ? Optional.empty()
                : em.createQuery("select p from ServicePerson p where lower(p.name) = :n", ServicePerson.class)
                        .setParameter("n", person.getName().trim().toLowerCase())
                        .getResultStream()
                        .findFirst();
        return records.save(person, holder, () -> new RuleViolation("servicePerson.name.taken", person.getName()));
    }
}
