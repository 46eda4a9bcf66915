package com.qualitydesk.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.aftersales.ReturnVisit;
import com.qualitydesk.aftersales.ReturnVisitReport;
import com.qualitydesk.aftersales.ReturnVisitStatus;
import com.qualitydesk.aftersales.ReturnVisits;
import com.qualitydesk.aftersales.ServicePeople;
import com.qualitydesk.aftersales.ServicePerson;
import com.qualitydesk.aftersales.ServicePoint;
import com.qualitydesk.aftersales.ServicePoints;
import com.qualitydesk.aftersales.Training;
import com.qualitydesk.aftersales.TrainingKind;
import com.qualitydesk.aftersales.Trainings;
import com.qualitydesk.attachment.Attachments;
import com.qualitydesk.audit.AuditEntry;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Customers;
import com.qualitydesk.customer.timeline.TimelineKind;
import com.qualitydesk.customer.timeline.TimelineQuery;
import com.qualitydesk.customer.timeline.TimelineSource;
import com.qualitydesk.it.support.Departments;
import com.qualitydesk.it.support.RealWar;
import com.qualitydesk.security.Account;
import com.qualitydesk.security.Accounts;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The service organisation (AS-01, AS-02, AS-06) through its services, as the departments that do
 * each step, in the real WAR: points and people kept by SALES, trainings by OFFICE with the overdue
 * flag, return visits planned by the general manager and recorded to the departments' inboxes;
 * each forbidden step is tried as the wrong department.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceOrganisationIT {

    private static final String PASSWORD = "Visit-Plan-2026-x";

    @Deployment
    static WebArchive deployment() throws Exception {
        return RealWar.withTestsInside(Departments.class, ServiceOrganisationIT.class);
    }

    /** OFFICE, whom the shared test support does not run as. */
    @Stateless
    @RunAs(Role.OFFICE)
    public static class AsOffice {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    /**
     * The accounts of the run-as principals ("it-QUALITY" runs as QUALITY), which a visit names as
     * visitors; the login form's account rules know no such names, so they are stored directly.
     */
    @Stateless
    @PermitAll
    public static class RunAsAccounts {
        @PersistenceContext
        EntityManager em;

        public void ensure(String username, Department department) {
            if (em.createQuery("select count(a) from Account a where a.username = :u", Long.class)
                            .setParameter("u", username)
                            .getSingleResult()
                    == 0) {
                em.persist(new Account(username, username, "x", EnumSet.of(department)));
            }
        }
    }

    @Inject
    RunAsAccounts runAsAccounts;

    @Inject
    Departments as;

    @Inject
    AsOffice office;

    @Inject
    ServicePoints points;

    @Inject
    ServicePeople people;

    @Inject
    Trainings trainings;

    @Inject
    ReturnVisits visits;

    @Inject
    Accounts accounts;

    @Inject
    Customers customers;

    @Inject
    Attachments attachments;

    @Inject
    AuditTrail audit;

    @Inject
    Instance<TimelineSource> timelineSources;

    @Inject
    Clock clock;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void salesKeepsServicePointsWithUniqueNamesAndEveryoneReadsThem_AS02() throws Exception {
        String name = "IT point " + unique();
        var point = new ServicePoint(name, "Jiangsu");
        point.setAddress("88 Xinghu Street");
        point.setPhone("0512-0000");
        ServicePoint saved = as.sales(() -> points.save(point));
        assertNotNull(saved.getId());

        var twin = new ServicePoint(name.toUpperCase(), "elsewhere");
        assertRule("servicePoint.name.taken", () -> as.admin(() -> points.save(twin)));
        assertRefused(() -> as.quality(() -> points.save(new ServicePoint("IT other " + unique(), null))));
        assertRefused(() -> office.call(() -> points.save(new ServicePoint("IT other " + unique(), null))));

        var filtered = as.service(() -> points.page(new PageRequest(0, 10, "name", true, Map.of("name", name))));
        assertEquals(1, filtered.total());
        assertEquals("Jiangsu", filtered.rows().get(0).getArea());

        saved.setArea("Jiangsu, Zhejiang");
        ServicePoint changed = as.sales(() -> points.save(saved));
        assertEquals("Jiangsu, Zhejiang", changed.getArea());
        assertTrue(as.sales(() -> audit.history("ServicePoint", saved.getId(), PageRequest.of(0, 20))).rows().stream()
                .anyMatch(e -> "area".equals(e.getField())));
    }

    @Test
    void aServicePersonIsAServiceLoginOrAnExternalTechnician_AS02() throws Exception {
        String id = unique();
        ServicePoint point = as.sales(() -> points.save(new ServicePoint("IT staff point " + id, "Sichuan")));
        String login = "it-svc-" + id;
        as.admin(() ->
                accounts.create(login, "Service " + id, null, EnumSet.of(Department.SERVICE), PASSWORD.toCharArray()));

        ServicePerson withLogin = as.sales(() -> people.save(new ServicePerson("IT Huang " + id, login, point)));
        ServicePerson external = as.admin(() -> people.save(new ServicePerson("IT external " + id, null, point)));
        assertTrue(external.isExternal());
        assertFalse(withLogin.isExternal());

        assertRule(
                "servicePerson.username.unknown",
                () -> as.sales(() -> people.save(new ServicePerson("IT nobody " + id, "no-such-" + id, point))));
        assertRule(
                "servicePerson.username.notService",
                () -> as.sales(() -> people.save(new ServicePerson("IT quality " + id, "quality", point))));
        assertRule(
                "servicePerson.username.taken",
                () -> as.sales(() -> people.save(new ServicePerson("IT twin " + id, login, point))));
        assertRule(
                "servicePerson.name.taken",
                () -> as.sales(() -> people.save(new ServicePerson("IT Huang " + id, null, point))));
        assertRefused(() -> as.service(() -> people.save(new ServicePerson("IT self " + id, null, point))));
        assertRefused(() -> office.call(() -> people.save(new ServicePerson("IT office " + id, null, point))));

        // other after-sales steps assign work to the active people
        Set<Long> active = as.service(() -> people.active()).stream()
                .map(ServicePerson::getId)
                .collect(Collectors.toSet());
        assertTrue(active.containsAll(Set.of(withLogin.getId(), external.getId())));
        external.setActive(false);
        as.sales(() -> people.save(external));
        assertFalse(as.quality(() -> people.active()).stream()
                .anyMatch(p -> p.getId().equals(external.getId())));
        assertEquals(
                Set.of(withLogin.getId(), external.getId()),
                as.quality(() -> points.staffOf(point.getId())).stream()
                        .map(ServicePerson::getId)
                        .collect(Collectors.toSet()));
    }

    @Test
    void officeRecordsTrainingsAndTheOverdueFlagFollowsTheLastOne_AS01() throws Exception {
        String id = unique();
        ServicePerson person = as.sales(() -> people.save(new ServicePerson("IT trainee " + id, null, null)));
        assertTrue(overdue(person), "never trained: overdue");
        long overdueBefore = office.call(() -> people.overdueCount());
        assertTrue(
                office
                        .call(() -> people.overduePage(new PageRequest(0, 50, null, true, Map.of("name", id))))
                        .rows()
                        .stream()
                        .anyMatch(p -> p.getId().equals(person.getId())));
        // the demo company's He Bin was last trained 14 months ago
        assertTrue(office.call(() -> people.overduePage(new PageRequest(0, 50, null, true, Map.of("name", "何斌"))))
                        .total()
                > 0);

        int months = office.call(() -> people.validMonths());
        assertEquals(12, months);
        // one day too old, then the very last day that still counts (AS01_TRAINING_VALID_MONTHS)
        Training old = office.call(() ->
                trainings.save(training(person, today().minusMonths(months).minusDays(1))));
        assertTrue(overdue(person));
        Training boundary = office.call(() -> trainings.save(training(person, today().minusMonths(months))));
        assertFalse(overdue(person), "trained exactly the valid months ago: still counts");
        assertEquals(overdueBefore - 1, (long) office.call(() -> people.overdueCount()));

        assertRule(
                "training.date.future", () -> office.call(() -> trainings.save(training(person, today().plusDays(1)))));
        var noHours = training(person, today());
        noHours.setHours(BigDecimal.ZERO);
        assertValidation(() -> office.call(() -> trainings.save(noHours)));
        assertRefused(() -> as.sales(() -> trainings.save(training(person, today()))));
        assertRefused(() -> as.service(() -> trainings.save(training(person, today()))));
        assertEquals(2, as.sales(() -> trainings.of(person.getId())).size());

        // the certificate: a PDF is kept; a text file or one over the limit is refused with the reason
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        office.call(() -> trainings.attachCertificate(boundary.getId(), "certificate.pdf", pdf));
        assertEquals(
                1, as.quality(() -> trainings.certificates(boundary.getId())).size());
        RuleViolation text = assertRule(
                "training.certificate.type",
                () -> office.call(() -> trainings.attachCertificate(
                        boundary.getId(), "notes.txt", "plain words".getBytes(StandardCharsets.UTF_8))));
        assertEquals("notes.txt", text.getArguments()[0]);
        int max = attachments.maxMegabytes();
        byte[] huge = new byte[max * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);
        assertRule(
                "attachment.tooLarge",
                () -> office.call(() -> trainings.attachCertificate(boundary.getId(), "big.pdf", huge)));
        assertRefused(() -> as.sales(() -> trainings.attachCertificate(boundary.getId(), "c.pdf", pdf)));
        assertEquals(
                1, as.quality(() -> trainings.certificates(boundary.getId())).size());
    }

    @Test
    void theGeneralManagerPlansAReturnVisitAndItsRecordReachesTheDepartments_AS06() throws Exception {
        ensureAccount("it-QUALITY", Department.QUALITY);
        ensureAccount("it-SALES", Department.SALES);
        Customer huaxing = as.sales(() -> customers.findByCode("C1001")).orElseThrow();
        Set<String> team = Set.of("it-QUALITY", "it-SALES");

        ReturnVisit planned = as.generalManager(() -> visits.plan(huaxing.getId(), today(), team, "IT visit"));
        assertEquals(ReturnVisitStatus.PLANNED, planned.getStatus());
        assertRefused(() -> as.sales(() -> visits.plan(huaxing.getId(), today(), team, null)));
        assertRefused(() -> as.quality(() -> visits.plan(huaxing.getId(), today(), team, null)));
        assertRule(
                "returnVisit.visitor.department",
                () -> as.generalManager(
                        () -> visits.plan(huaxing.getId(), today(), Set.of("it-QUALITY", "it-SALES", "office"), null)));
        assertRule(
                "returnVisit.visitors.required",
                () -> as.generalManager(() -> visits.plan(huaxing.getId(), today(), Set.of("it-QUALITY"), null)));

        var report = new ReturnVisitReport(
                today(),
                "IT findings " + unique(),
                "Satisfied",
                "Faster samples",
                EnumSet.of(Department.QUALITY, Department.SALES, Department.TECHNICAL));
        assertRule(
                "returnVisit.sendTo.required",
                () -> as.sales(() -> visits.record(
                        planned.getId(),
                        planned.getVersion(),
                        new ReturnVisitReport(today(), "x", null, null, EnumSet.of(Department.SALES)))));
        assertRule(
                "returnVisit.doneDate.future",
                () -> as.sales(() -> visits.record(
                        planned.getId(),
                        planned.getVersion(),
                        new ReturnVisitReport(today().plusDays(1), "x", null, null, ReturnVisit.CONCERNED))));
        assertRefused(() -> as.technical(() -> visits.record(planned.getId(), planned.getVersion(), report)));

        ReturnVisit done = as.sales(() -> visits.record(planned.getId(), planned.getVersion(), report));
        assertEquals(ReturnVisitStatus.DONE, done.getStatus());
        assertEquals("it-SALES", done.getRecordedBy());

        var sent = as.quality(() -> visits.tasksOf(planned.getId()));
        assertEquals(
                EnumSet.of(Department.QUALITY, Department.SALES, Department.TECHNICAL),
                sent.stream()
                        .map(Task::getDepartment)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Department.class))));
        assertTrue(sent.stream().allMatch(t -> t.getKind() == TaskKind.RETURN_VISIT && t.isOpen()));
        assertTrue(sent.stream().allMatch(t -> planned.getId().equals(t.getRecordId())));

        // the same record submitted twice (two clicks, two tabs) is refused: one record, one set of items
        assertThrows(
                Exception.class, () -> as.quality(() -> visits.record(planned.getId(), done.getVersion(), report)));
        assertEquals(3, as.quality(() -> visits.tasksOf(planned.getId())).size());

        as.technical(() -> {
            visits.acknowledge(planned.getId());
            return null;
        });
        assertEquals(
                Set.of(Department.TECHNICAL),
                as.quality(() -> visits.tasksOf(planned.getId())).stream()
                        .filter(t -> !t.isOpen())
                        .map(Task::getDepartment)
                        .collect(Collectors.toSet()));

        assertTrue(
                as
                        .generalManager(() -> audit.history("ReturnVisit", planned.getId(), PageRequest.of(0, 50)))
                        .rows()
                        .stream()
                        .map(AuditEntry::getChangedBy)
                        .collect(Collectors.toSet())
                        .containsAll(Set.of("it-GENERAL_MANAGER", "it-SALES")));

        // the year view counts it planned and done in this month; the customer's timeline shows it
        var row = as.generalManager(() -> visits.year(today().getYear())).stream()
                .filter(r -> r.customer().getId().equals(huaxing.getId()))
                .findFirst()
                .orElseThrow();
        assertTrue(row.planned(today().getMonthValue()) >= 1);
        assertTrue(row.done(today().getMonthValue()) >= 1);

        // some sources are services that answer only a department
        TimelineSource source = as.generalManager(() -> timelineSources.stream()
                .filter(s -> s.kinds().contains(TimelineKind.RETURN_VISIT))
                .findFirst()
                .orElseThrow());
        var query = new TimelineQuery(huaxing.getId(), Set.of(TimelineKind.RETURN_VISIT), today(), today());
        assertTrue(source.count(query) >= 1);
        assertTrue(source.newest(query, 50).stream()
                .anyMatch(e -> e.reference().equals("RV-" + planned.getId())
                        && e.summary().equals(report.findings())));
        assertEquals(0, source.count(new TimelineQuery(huaxing.getId(), Set.of(TimelineKind.DELIVERY), null, null)));
    }

    @Test
    void onlyAVisitorOrTheGeneralManagerRecordsAVisitAndOnlyWhilePlanned_AS06() throws Exception {
        ensureAccount("it-QUALITY", Department.QUALITY);
        Customer nordic = as.sales(() -> customers.findByCode("C1003")).orElseThrow();
        // the demo's own people go: it-QUALITY and it-SALES are not among them
        ReturnVisit visit = as.generalManager(
                () -> visits.plan(nordic.getId(), today().plusDays(3), Set.of("quality", "sales"), null));
        var report = new ReturnVisitReport(today(), "Pumps fine", null, null, ReturnVisit.CONCERNED);
        assertRule(
                "returnVisit.record.notVisitor",
                () -> as.quality(() -> visits.record(visit.getId(), visit.getVersion(), report)));

        ReturnVisit moved = as.generalManager(() -> visits.replan(
                visit.getId(), visit.getVersion(), today().plusDays(5), Set.of("it-QUALITY", "sales"), "moved"));
        assertEquals(today().plusDays(5), moved.getPlannedDate());
        ReturnVisit cancelled = as.generalManager(() -> visits.cancel(visit.getId(), moved.getVersion()));
        assertEquals(ReturnVisitStatus.CANCELLED, cancelled.getStatus());
        assertRule(
                "returnVisit.notPlanned",
                () -> as.generalManager(() -> visits.record(visit.getId(), cancelled.getVersion(), report)));
        assertTrue(as.quality(() -> visits.tasksOf(visit.getId())).isEmpty());
    }

    /** The flag on the person as it reads now, from the stored day of the last training (AS-01). */
    private boolean overdue(ServicePerson person) throws Exception {
        return office.call(
                () -> people.trainingOverdue(people.find(person.getId()).orElseThrow()));
    }

    private Training training(ServicePerson person, LocalDate day) {
        var t = new Training(person, day, "Service ethics", TrainingKind.PROFESSIONAL_ETHICS, new BigDecimal("4.5"));
        t.setTrainer("Yang Min");
        t.setResult("Passed");
        return t;
    }

    private void ensureAccount(String username, Department department) {
        runAsAccounts.ensure(username, department);
    }

    private static RuleViolation assertRule(String key, Executable call) {
        RuleViolation refused = assertThrows(RuleViolation.class, call);
        assertEquals(key, refused.getMessageKey());
        return refused;
    }

    private static void assertRefused(Executable call) {
        Exception e = assertThrows(Exception.class, call);
        assertInstanceOf(EJBAccessException.class, cause(e, EJBAccessException.class), e.toString());
    }

    private static void assertValidation(Executable call) {
        Exception e = assertThrows(Exception.class, call);
        assertInstanceOf(
                ConstraintViolationException.class, cause(e, ConstraintViolationException.class), e.toString());
    }

    private static Throwable cause(Throwable e, Class<?> wanted) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (wanted.isInstance(t)) {
                return t;
            }
            if (t instanceof EJBException ejb && wanted.isInstance(ejb.getCausedByException())) {
                return ejb.getCausedByException();
            }
        }
        return e;
    }
}
