package com.qualitydesk.aftersales;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.customer.Contract;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.security.Department;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The demo company's service requests and service records (AS-03, AS-04, AS-08), so that a new user
 * sees filled screens: requests covered by a contract and not, telephone records, on-site records.
 * Written as the demo people would have written them, on the demo master data.
 */
@Stateless
@PermitAll
public class ServiceRecordsDemo {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    Tasks tasks;

    @Inject
    Clock clock;

    public void load() {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        // AS-08: the service periods of the demo contracts
        warranty("HT-2026-001", 12, "Installation and maintenance free of charge during the warranty.");
        warranty("CT-2025-117", 6, "On-site guidance within six months of delivery.");
        warranty("HT-2025-088", 12, "Maintenance free of charge for twelve months.");

        ServicePerson huang = person("黄磊 Huang Lei", "service");
        ServicePerson zhou = person("周涛 Zhou Tao", null);

        delivery("C1001", "L2026-0901").ifPresent(d -> {
            var r = request(
                    d, ServiceRequestKind.INSTALLATION, today.minusDays(6), "Install 40 valves on the new line 3");
            r.setCovered(true);
            r.setContractNumber("HT-2026-001");
            assign(r, huang, today.plusDays(2));
        });
        delivery("C1004", "L2026-0901").ifPresent(d -> {
            // Lianfa's contract ended before this lot shipped: the terms were agreed by SALES
            var r = request(
                    d,
                    ServiceRequestKind.MAINTENANCE,
                    today.minusDays(4),
                    "Valves stick after cleaning; check and service");
            r.setAgreedPrice(new BigDecimal("1800.00"));
            r.setPayer(Payer.CUSTOMER);
            r.setAgreedTerms("Travel and two hours of work; parts charged at list price.");
            r.setTermsBy("sales");
            r.setTermsAt(clock.instant().minusSeconds(3 * 86_400));
            assign(r, zhou, today.plusDays(1));
        });
        delivery("C1005", "L2026-1020")
                .ifPresent(d -> request(
                        d,
                        ServiceRequestKind.GUIDANCE,
                        today.minusDays(1),
                        "Guidance on fitting the seals on their press"));
    }

    private void warranty(String number, int months, String terms) {
        em.createQuery("select c from Contract c where c.number = :n", Contract.class)
                .setParameter("n", number)
                .getResultStream()
                .findFirst()
                .ifPresent(c -> {
                    c.setWarrantyMonths(months);
                    c.setServiceTerms(terms);
                });
    }

    /** The SERVICE user's person may already be kept by the service organisation (AS-02). */
    private ServicePerson person(String name, String username) {
        if (username != null) {
            var kept = em.createQuery("select p from ServicePerson p where p.username = :u", ServicePerson.class)
                    .setParameter("u", username)
                    .getResultStream()
                    .findFirst();
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        var kept = em.createQuery("select p from ServicePerson p where p.name = :n", ServicePerson.class)
                .setParameter("n", name)
                .getResultStream()
                .findFirst();
        return kept.orElseGet(() -> records.create(new ServicePerson(name, username, null)));
    }

    Optional<Delivery> delivery(String customerCode, String lot) {
        return em.createQuery(
                        "select d from Delivery d where d.customer.code = :c and d.lotNumber = :lot", Delivery.class)
                .setParameter("c", customerCode)
                .setParameter("lot", lot)
                .getResultStream()
                .findFirst();
    }

    private ServiceRequest request(Delivery d, ServiceRequestKind kind, LocalDate on, String description) {
        var r = new ServiceRequest();
        r.setKind(kind);
        r.setCustomer(d.getCustomer());
        r.setDelivery(d);
        r.setRequestedOn(on);
        r.setDescription(description);
        r.setRegisteredBy("sales");
        r.setRegisteredAt(on.atTime(10, 0).atZone(ZONE).toInstant());
        return records.create(r);
    }

    private void assign(ServiceRequest r, ServicePerson person, LocalDate planned) {
        Instant now = clock.instant();
        r.setPerson(person);
        r.setPlannedDate(planned);
        r.setAssignedBy("sales");
        r.setAssignedAt(now);
        r.setStatus(ServiceRequestStatus.ASSIGNED);
        var task = new Task(
                TaskKind.SERVICE_REQUEST,
                person.isExternal() ? Department.SALES : Department.SERVICE,
                person.isExternal() ? null : person.getUsername(),
                null,
                null,
                r.getReference(),
                ServiceRequests.subject(r),
                now,
                planned.plusDays(1).atStartOfDay(ZONE).toInstant());
        task.setRecordId(r.getId());
        tasks.open(task);
    }
}
