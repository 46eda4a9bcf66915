package com.qualitydesk.aftersales;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Account;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * AS-06: the general manager organises return visits with QUALITY and SALES from time to time;
 * the visit's record goes to the departments concerned as RETURN_VISIT inbox items. Everyone reads
 * the visits; only the general manager plans them; a visitor or the general manager records one.
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
public class ReturnVisits {

    /** One customer's line of the year view: visits planned and done per month (index 0 = January). */
    public record YearRow(Customer customer, int[] planned, int[] done) {
        public int plannedTotal() {
            return java.util.Arrays.stream(planned).sum();
        }

        public int doneTotal() {
            return java.util.Arrays.stream(done).sum();
        }

        public int planned(int month) {
            return planned[month - 1];
        }

        public int done(int month) {
            return done[month - 1];
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Tasks tasks;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public Page<ReturnVisit> page(@NotNull PageRequest request) {
        return FilteredQuery.of(em, ReturnVisit.class)
                .defaultSort("plannedDate")
                .page(request);
    }

    public Optional<ReturnVisit> find(long id) {
        return Optional.ofNullable(em.find(ReturnVisit.class, id));
    }

    /** The accounts who may go on a return visit: the active people of QUALITY and SALES (AS-06). */
    public List<Account> visitorCandidates() {
        return em.createQuery(
                        "select distinct a from Account a join a.departments d where a.active = true and d in :deps"
                                + " order by a.username",
                        Account.class)
                .setParameter("deps", ReturnVisit.CONCERNED)
                .getResultList();
    }

    /** The general manager plans a visit: customer, date, the QUALITY and SALES people who go (AS-06). */
    @RolesAllowed(Role.GENERAL_MANAGER)
    public ReturnVisit plan(
            long customerId, @NotNull LocalDate plannedDate, @NotNull Set<String> visitors, String purpose) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new RuleViolation("returnVisit.customer.required");
        }
        var visit = new ReturnVisit(customer, plannedDate, visitors);
        checkVisitors(visit.getVisitors());
        visit.setPurpose(purpose);
        visit.setPlannedBy(user.name());
        return records.create(visit);
    }

    /** The general manager moves a planned visit or changes who goes. */
    @RolesAllowed(Role.GENERAL_MANAGER)
    public ReturnVisit replan(
            long visitId, long version, @NotNull LocalDate plannedDate, @NotNull Set<String> visitors, String purpose) {
        ReturnVisit visit = current(visitId, version);
        var before = visit.auditSnapshot();
        visit.replan(plannedDate, visitors, purpose);
        checkVisitors(visit.getVisitors());
        records.validate(visit);
        em.flush();
        audit.changed(visit, before);
        return visit;
    }

    @RolesAllowed(Role.GENERAL_MANAGER)
    public ReturnVisit cancel(long visitId, long version) {
        ReturnVisit visit = current(visitId, version);
        var before = visit.auditSnapshot();
        visit.cancel();
        em.flush();
        audit.changed(visit, before);
        return visit;
    }

    /**
     * A visitor or the general manager enters what the visit found (AS-06); each department it
     * goes to (at least QUALITY and SALES) gets a RETURN_VISIT inbox item about the visit.
     */
    @RolesAllowed({Role.QUALITY, Role.SALES, Role.GENERAL_MANAGER})
    public ReturnVisit record(long visitId, long version, @NotNull ReturnVisitReport report) {
        ReturnVisit visit = current(visitId, version);
        if (!visit.mayRecord(user.name(), user.departments())) {
            throw new RuleViolation("returnVisit.record.notVisitor");
        }
        var before = visit.auditSnapshot();
        Instant now = clock.instant();
        visit.record(report, user.name(), now, LocalDate.now(clock));
        records.validate(visit);
        em.flush();
        audit.changed(visit, before);
        for (Department department : visit.getSentTo()) {
            var task = new Task(
                    TaskKind.RETURN_VISIT, department, null, null, null, reference(visit), subject(visit), now, null);
            task.setRecordId(visit.getId());
            tasks.open(task);
        }
        return visit;
    }

    /** The caller's departments have read the visit's record: their RETURN_VISIT items are done. */
    public void acknowledge(long visitId) {
        Set<Department> mine = user.departments();
        em.createQuery(
                        "select t from Task t where t.kind = :kind and t.recordId = :id and t.doneAt is null"
                                + " and t.department in :deps",
                        Task.class)
                .setParameter("kind", TaskKind.RETURN_VISIT)
                .setParameter("id", visitId)
                .setParameter("deps", mine.isEmpty() ? EnumSet.of(Department.ADMIN) : mine)
                .getResultList()
                .forEach(t -> {
                    t.setDoneAt(clock.instant());
                    t.setDoneBy(user.name());
                });
    }

    /** The RETURN_VISIT inbox items a visit's record sent. */
    public List<Task> tasksOf(long visitId) {
        return em.createQuery(
                        "select t from Task t where t.kind = :kind and t.recordId = :id order by t.department",
                        Task.class)
                .setParameter("kind", TaskKind.RETURN_VISIT)
                .setParameter("id", visitId)
                .getResultList();
    }

    /**
     * The year view of AS-06: per customer and month, the visits planned (by planned date, not
     * cancelled) and done (by the day done).
     */
    public List<YearRow> year(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<ReturnVisit> visits = em.createQuery(
                        "select v from ReturnVisit v where v.status <> :cancelled and ((v.plannedDate between :f and :l)"
                                + " or (v.doneDate between :f and :l))",
                        ReturnVisit.class)
                .setParameter("cancelled", ReturnVisitStatus.CANCELLED)
                .setParameter("f", first)
                .setParameter("l", last)
                .getResultList();
        Map<Long, YearRow> rows = new LinkedHashMap<>();
        for (ReturnVisit v : visits) {
            YearRow row = rows.computeIfAbsent(
                    v.getCustomer().getId(), id -> new YearRow(v.getCustomer(), new int[12], new int[12]));
            if (v.getPlannedDate().getYear() == year) {
                row.planned()[v.getPlannedDate().getMonthValue() - 1]++;
            }
            if (v.getStatus() == ReturnVisitStatus.DONE && v.getDoneDate().getYear() == year) {
                row.done()[v.getDoneDate().getMonthValue() - 1]++;
            }
        }
        var sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparing(r -> r.customer().getCode()));
        return sorted;
    }

    static String reference(ReturnVisit visit) {
        return "RV-" + visit.getId();
    }

    static String subject(ReturnVisit visit) {
        Customer c = visit.getCustomer();
        String name = c.displayName("zh_CN");
        return c.getCode() + " " + (name == null ? "" : name) + ": " + visit.getFindings();
    }

    private ReturnVisit current(long visitId, long version) {
        ReturnVisit visit = em.find(ReturnVisit.class, visitId);
        if (visit == null) {
            throw new RuleViolation("returnVisit.unknown");
        }
        if (visit.getVersion() != version) {
            throw new OptimisticLockException(visit);
        }
        return visit;
    }

    private void checkVisitors(Set<String> visitors) {
        Map<String, Set<Department>> departmentsOf = new TreeMap<>();
        for (String username : visitors) {
            Set<Department> held = em.createQuery(
                            "select a from Account a where a.username = :u and a.active = true", Account.class)
                    .setParameter("u", username)
                    .getResultStream()
                    .findFirst()
                    .map(Account::getDepartments)
                    .orElse(EnumSet.noneOf(Department.class));
            departmentsOf.put(username, held);
        }
        ReturnVisit.checkVisitors(departmentsOf);
    }
}
