package com.qualitydesk.aftersales;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.customer.Contract;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.persistence.FilteredQuery;
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
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * AS-08: installation, maintenance and on-site technical guidance requests. SALES (or SERVICE)
 * registers them; the service decides from the customer's contracts whether the contract covers
 * the request; one it does not cover is assigned only after SALES recorded the agreed terms.
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
public class ServiceRequests {

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

    @Inject
    WorkingCalendars calendars;

    public Page<ServiceRequest> page(@NotNull PageRequest request) {
        return FilteredQuery.of(em, ServiceRequest.class).defaultSort("id").page(request);
    }

    public Optional<ServiceRequest> find(long id) {
        return Optional.ofNullable(em.find(ServiceRequest.class, id));
    }

    public List<ServiceRequest> ofCustomer(long customerId) {
        return em.createQuery(
                        "select r from ServiceRequest r where r.customer.id = :customer order by r.requestedOn desc",
                        ServiceRequest.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    /** The lots delivered to the customer, newest first: the only ones a request may name. */
    public List<Delivery> deliveriesOf(long customerId) {
        return em.createQuery(
                        "select d from Delivery d where d.customer.id = :customer order by d.shipDate desc, d.id desc",
                        Delivery.class)
                .setParameter("customer", customerId)
                .setMaxResults(200)
                .getResultList();
    }

    /** The people a request can be assigned to: the active ones. */
    public List<ServicePerson> activePeople() {
        return em.createQuery(
                        "select p from ServicePerson p where p.active = true order by p.name", ServicePerson.class)
                .getResultList();
    }

    /**
     * AS-08: registers the request and decides whether the contract covers it. The lot must be one
     * delivered to this customer; the request is not dated in the future.
     */
    @RolesAllowed({Role.SALES, Role.SERVICE, Role.ADMIN})
    public ServiceRequest register(@NotNull ServiceRequest request) {
        if (!request.isNew()) {
            throw new RuleViolation("serviceRequest.alreadyRegistered");
        }
        request.setRegisteredBy(user.name());
        request.setRegisteredAt(clock.instant());
        records.validate(request);
        Customer customer = em.find(Customer.class, request.getCustomer().getId());
        Delivery delivery = em.find(Delivery.class, request.getDelivery().getId());
        if (customer == null
                || delivery == null
                || !delivery.getCustomer().getId().equals(customer.getId())) {
            throw new RuleViolation("serviceRequest.lot.notCustomers");
        }
        LocalDate today = LocalDate.now(clock.withZone(calendars.current().zone()));
        if (request.getRequestedOn().isAfter(today)) {
            throw new RuleViolation("serviceRequest.requestedOn.future");
        }
        request.setCustomer(customer);
        request.setDelivery(delivery);
        var covering = coverage(customer, delivery, request.getRequestedOn());
        request.setCovered(covering.isPresent());
        request.setContractNumber(covering.map(Contract::getNumber).orElse(null));
        request.setStatus(ServiceRequestStatus.REGISTERED);
        request.setRegisteredBy(user.name());
        request.setRegisteredAt(clock.instant());
        return records.create(request);
    }

    /** AS-08: the contract (if any) under which the customer's lot is served on that day. */
    public Optional<Contract> coverage(Customer customer, Delivery delivery, LocalDate requestedOn) {
        List<Contract> contracts = em.createQuery(
                        "select c from Contract c where c.customer.id = :customer", Contract.class)
                .setParameter("customer", customer.getId())
                .getResultList();
        return ContractCoverage.coveringContract(contracts, delivery.getShipDate(), requestedOn);
    }

    /**
     * AS-08: SALES records the terms agreed with the customer for a request the contract does not
     * cover: the price and who pays.
     */
    @RolesAllowed({Role.SALES, Role.ADMIN})
    public ServiceRequest recordTerms(long requestId, long version, BigDecimal price, Payer payer, String terms) {
        ServiceRequest request = current(requestId, version);
        if (request.isCovered()) {
            throw new RuleViolation("serviceRequest.terms.covered", request.getContractNumber());
        }
        if (price == null || price.signum() < 0) {
            throw new RuleViolation("serviceRequest.price.required");
        }
        if (payer == null) {
            throw new RuleViolation("serviceRequest.payer.required");
        }
        var before = request.auditSnapshot();
        request.setAgreedPrice(price);
        request.setPayer(payer);
        request.setAgreedTerms(terms == null || terms.isBlank() ? null : terms.trim());
        request.setTermsBy(user.name());
        request.setTermsAt(clock.instant());
        records.validate(request);
        em.flush();
        audit.changed(request, before);
        return request;
    }

    /**
     * AS-08: assigns the request to a service person for a planned date, which puts it in that
     * person's inbox (or, for an external technician without a login, in SALES' inbox, who passes
     * it on). A request the contract does not cover waits for the agreed terms.
     */
    @RolesAllowed({Role.SALES, Role.SERVICE, Role.ADMIN})
    public ServiceRequest assign(long requestId, long version, long personId, LocalDate plannedDate) {
        ServiceRequest request = current(requestId, version);
        if (request.isTermsMissing()) {
            throw new RuleViolation("serviceRequest.termsMissing", request.getReference());
        }
        ServicePerson person = em.find(ServicePerson.class, personId);
        if (person == null || !person.isActive()) {
            throw new RuleViolation("serviceRequest.person.inactive");
        }
        if (plannedDate == null) {
            throw new RuleViolation("serviceRequest.plannedDate.required");
        }
        var zone = calendars.current().zone();
        if (plannedDate.isBefore(LocalDate.now(clock.withZone(zone)))) {
            throw new RuleViolation("serviceRequest.plannedDate.past");
        }
        var before = request.auditSnapshot();
        Instant now = clock.instant();
        finishOpenTask(request.getId(), now);
        request.setPerson(person);
        request.setPlannedDate(plannedDate);
        request.setAssignedBy(user.name());
        request.setAssignedAt(now);
        request.setStatus(ServiceRequestStatus.ASSIGNED);
        em.flush();
        audit.changed(request, before);
        Instant due = plannedDate.plusDays(1).atStartOfDay(zone).toInstant();
        var task = new Task(
                TaskKind.SERVICE_REQUEST,
                person.isExternal() ? Department.SALES : Department.SERVICE,
                person.isExternal() ? null : person.getUsername(),
                null,
                null,
                request.getReference(),
                subject(request),
                now,
                due.isAfter(now) ? due : null);
        task.setRecordId(request.getId());
        tasks.open(task);
        return request;
    }

    /** The open inbox steps of a request (a reassignment replaces the earlier one). */
    public List<Task> openTasks(long requestId) {
        return em.createQuery(
                        "select t from Task t where t.kind = :kind and t.recordId = :record and t.doneAt is null",
                        Task.class)
                .setParameter("kind", TaskKind.SERVICE_REQUEST)
                .setParameter("record", requestId)
                .getResultList();
    }

    private void finishOpenTask(long requestId, Instant now) {
        for (Task task : openTasks(requestId)) {
            task.setDoneAt(now);
            task.setDoneBy(user.name());
        }
    }

    static String subject(ServiceRequest r) {
        return r.getCustomer().getCode() + " · " + r.getDelivery().getLotNumber() + " · " + r.getDescription();
    }

    private ServiceRequest current(long id, long version) {
        ServiceRequest request = em.find(ServiceRequest.class, id);
        if (request == null) {
            throw new RuleViolation("serviceRequest.unknown");
        }
        if (request.getVersion() != version) {
            throw new jakarta.persistence.OptimisticLockException(request);
        }
        return request;
    }
}
