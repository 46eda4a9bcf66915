package com.qualitydesk.aftersales;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.feedback.CostKind;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.QualityCost;
import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AS-07: guaranteed returns and replacements, and CF-13: their costs in the quality cost. SALES or
 * QUALITY registers the return against a lot delivered to the customer (never more pieces than the
 * lot has left), names the delivery that replaced the goods and closes it; the freight and the
 * value of the goods are rows of the quality-cost ledger that name the return, and its feedback
 * case when it came from one, so that they are in the case's costs and in the month's totals.
 * Every change is audited; a form submitted twice gives one record.
 */
@Stateless
@RolesAllowed({Role.SALES, Role.QUALITY, Role.FINANCE, Role.GENERAL_MANAGER, Role.ADMIN})
public class ReturnsAndReplacements {

    /** The most lots or cases a form offers at once. */
    static final int SUGGESTIONS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    WorkingCalendars calendars;

    /** A page of the list (AS-07), filtered in the database; newest return first by default. */
    public Page<ReturnReplacement> page(@NotNull ReturnFilter filter, @NotNull PageRequest request) {
        ReturnStep.READ.require(user.departments());
        return FilteredQuery.of(em, ReturnReplacement.class)
                .where(FilteredQuery.anyContains(
                        filter.customer(), "customer.code", "customer.nameZh", "customer.nameEn"))
                .where(FilteredQuery.anyContains(filter.lot(), "delivery.lotNumber"))
                .where((cb, root) ->
                        filter.status() == null ? cb.conjunction() : cb.equal(root.get("status"), filter.status()))
                .where((cb, root) -> filter.from() == null
                        ? cb.conjunction()
                        : cb.greaterThanOrEqualTo(root.<LocalDate>get("returnedOn"), filter.from()))
                .where((cb, root) -> filter.to() == null
                        ? cb.conjunction()
                        : cb.lessThanOrEqualTo(root.<LocalDate>get("returnedOn"), filter.to()))
                .defaultSort("returnedOn")
                .page(request);
    }

    public Optional<ReturnReplacement> find(long id) {
        ReturnStep.READ.require(user.departments());
        return Optional.ofNullable(em.find(ReturnReplacement.class, id));
    }

    /** The returns and replacements that came from a feedback case (the case's cost tab links them). */
    public List<ReturnReplacement> ofFeedback(long feedbackId) {
        ReturnStep.READ.require(user.departments());
        return em.createQuery(
                        "select r from ReturnReplacement r where r.feedbackId = :f order by r.id",
                        ReturnReplacement.class)
                .setParameter("f", feedbackId)
                .getResultList();
    }

    /**
     * The customer's lots whose lot number or product code contains the text, newest first: the
     * only lots a return may name (AS-07).
     */
    public List<Delivery> lotsOf(long customerId, String text) {
        ReturnStep.READ.require(user.departments());
        return em.createQuery(
                        "select d from Delivery d where d.customer.id = :customer and (lower(d.lotNumber) like :text"
                                + " or lower(d.product.code) like :text) order by d.shipDate desc, d.id desc",
                        Delivery.class)
                .setParameter("customer", customerId)
                .setParameter("text", like(text))
                .setMaxResults(SUGGESTIONS)
                .getResultList();
    }

    /** The lots that may replace the goods of a lot: the same customer's other lots of the same product. */
    public List<Delivery> replacementsFor(long deliveryId, String text) {
        ReturnStep.READ.require(user.departments());
        Delivery lot = em.find(Delivery.class, deliveryId);
        if (lot == null) {
            return List.of();
        }
        return em.createQuery(
                        "select d from Delivery d where d.customer = :customer and d.product = :product and d.id <> :lot"
                                + " and lower(d.lotNumber) like :text order by d.shipDate desc, d.id desc",
                        Delivery.class)
                .setParameter("customer", lot.getCustomer())
                .setParameter("product", lot.getProduct())
                .setParameter("lot", deliveryId)
                .setParameter("text", like(text))
                .setMaxResults(SUGGESTIONS)
                .getResultList();
    }

    /** AS-07: what is left of the lot for a return, after the returns registered so far. */
    public ReturnableQuantity returnable(long deliveryId) {
        ReturnStep.READ.require(user.departments());
        Delivery lot = em.find(Delivery.class, deliveryId);
        if (lot == null) {
            throw new RuleViolation("returnReplacement.delivery.required");
        }
        return new ReturnableQuantity(lot.getQuantity(), taken(deliveryId));
    }

    /** The customer's registered feedback cases, newest first: the ones a return may come from. */
    public List<Feedback> casesOf(long customerId) {
        ReturnStep.READ.require(user.departments());
        return em.createQuery(
                        "select f from Feedback f where f.customer.id = :customer and f.number is not null"
                                + " order by f.registeredAt desc, f.id desc",
                        Feedback.class)
                .setParameter("customer", customerId)
                .setMaxResults(SUGGESTIONS)
                .getResultList();
    }

    /**
     * AS-07: registers a return or replacement. The lot must be the customer's, the goods back by
     * today, the quantity more than 0 and not more than the lot has left after its earlier returns
     * ({@link ReturnableQuantity}); a named feedback case must be a registered case of the same
     * customer, a named replacement delivery the same customer's other lot of the same product.
     * Freight that costs something is booked to the quality cost at once (CF-13). The same form
     * submitted again (its token), or the same lot, day and quantity submitted again within
     * {@link ReturnReplacement#REPEAT_WINDOW}, gives the first record instead of a second one: the
     * lot is locked while its returns are counted, so two submits at the same moment are counted
     * one after the other.
     */
    @RolesAllowed({Role.SALES, Role.QUALITY, Role.ADMIN})
    public ReturnReplacement register(@NotNull ReturnReplacement record, String token) {
        ReturnStep.REGISTER.require(user.departments());
        var earlier = byToken(token);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (!record.isNew()) {
            throw new RuleViolation("returnReplacement.alreadyRegistered", record.getReference());
        }
        Instant now = clock.instant();
        record.setRegisteredBy(user.name());
        record.setRegisteredAt(now);
        records.validate(record);
        Customer customer = em.find(Customer.class, record.getCustomer().getId());
        // the lot is locked until the transaction ends: its returns are counted one submit at a time
        Delivery lot = em.find(Delivery.class, record.getDelivery().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (customer == null || lot == null) {
            throw new RuleViolation("returnReplacement.lot.notCustomers");
        }
        record.setCustomer(customer);
        record.setDelivery(lot);
        record.checkLot();
        record.checkReturnedOn(LocalDate.now(clock.withZone(calendars.current().zone())));
        var repeated = repeatOf(record, now);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        record.checkQuantity(new ReturnableQuantity(lot.getQuantity(), taken(lot.getId())));
        record.checkFreight();
        if (!record.hasFreight()) {
            record.setFreightAmount(null);
            record.setFreightBorneBy(null);
        }
        if (record.getFeedbackId() != null) {
            Feedback feedback = caseOf(record.getFeedbackId(), customer);
            record.fromCase(feedback.getId(), feedback.getNumber());
        }
        if (record.getReplacement() != null) {
            // a replacement already delivered may be named at once; checked against the stored lots
            record.nameReplacement(
                    em.find(Delivery.class, record.getReplacement().getId()));
        }
        record.setSubmissionToken(token == null || token.isBlank() ? null : token);
        records.create(record);
        if (record.hasFreight()) {
            var freight = new QualityCost();
            freight.setKind(CostKind.EXTRA_FREIGHT);
            freight.setAmount(record.getFreightAmount());
            freight.setCurrency(record.getFreightCurrency());
            freight.setBorneBy(record.getFreightBorneBy());
            freight.setIncurredOn(record.getReturnedOn());
            freight.setNote(record.getReference() + " · " + lot.getLotNumber());
            book(record, freight);
        }
        return record;
    }

    /**
     * CF-13: books a cost of an open return to the quality-cost ledger: the value of the goods
     * returned (RETURN) or replaced (REPLACEMENT), or more freight (EXTRA_FREIGHT). The row names
     * the return and, when the return came from a feedback case, that case, whose cost tab and
     * totals then show it; every month's total counts it.
     */
    @RolesAllowed({Role.SALES, Role.QUALITY, Role.FINANCE, Role.ADMIN})
    public QualityCost bookCost(long returnId, @NotNull QualityCost cost) {
        ReturnStep.BOOK_COST.require(user.departments());
        if (!cost.isNew()) {
            throw new RuleViolation("returnReplacement.cost.booked");
        }
        // the version is raised: a cost and a close at the same moment cannot both pass
        ReturnReplacement record = em.find(ReturnReplacement.class, returnId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (record == null) {
            throw new RuleViolation("returnReplacement.unknown");
        }
        record.checkCost(cost.getKind());
        return book(record, cost);
    }

    /** AS-07: names the delivery that replaced the goods (the same customer's lot of the same product). */
    @RolesAllowed({Role.SALES, Role.QUALITY, Role.ADMIN})
    public ReturnReplacement nameReplacement(long id, long version, long deliveryId) {
        ReturnStep.NAME_REPLACEMENT.require(user.departments());
        ReturnReplacement record = current(id, version);
        var before = record.auditSnapshot();
        record.nameReplacement(em.find(Delivery.class, deliveryId));
        em.flush();
        audit.changed(record, before);
        return record;
    }

    /** AS-07: closes the return; a replacement closes only once its replacement delivery is named. */
    @RolesAllowed({Role.SALES, Role.QUALITY, Role.ADMIN})
    public ReturnReplacement close(long id, long version) {
        ReturnStep.CLOSE.require(user.departments());
        ReturnReplacement record = current(id, version);
        var before = record.auditSnapshot();
        record.close(clock.instant(), user.name());
        em.flush();
        audit.changed(record, before);
        return record;
    }

    /** CF-13: the return's rows of the quality-cost ledger, in the order they were booked. */
    public List<QualityCost> costsOf(long returnId) {
        ReturnStep.READ.require(user.departments());
        return em.createQuery("select c from QualityCost c where c.returnId = :r order by c.id", QualityCost.class)
                .setParameter("r", returnId)
                .getResultList();
    }

    /** The return's costs per currency. */
    public Map<String, BigDecimal> totalOf(long returnId) {
        ReturnStep.READ.require(user.departments());
        var totals = new LinkedHashMap<String, BigDecimal>();
        for (Object[] row : em.createQuery(
                        "select c.currency, sum(c.amount) from QualityCost c where c.returnId = :r"
                                + " group by c.currency order by c.currency",
                        Object[].class)
                .setParameter("r", returnId)
                .getResultList()) {
            totals.put((String) row[0], (BigDecimal) row[1]);
        }
        return totals;
    }

    /**
     * The ledger row of a return's cost: it names the return and its case. A case closed since the
     * return was registered still gets its return's costs: the cost arose and CF-13 books it.
     */
    private QualityCost book(ReturnReplacement record, QualityCost cost) {
        cost.setReturnId(record.getId());
        cost.setFeedbackId(record.getFeedbackId());
        records.create(cost);
        audit.event(record, costAction(cost.getKind()), cost.getAmount() + " " + cost.getCurrency());
        return cost;
    }

    /**
     * The audit action of a booked cost: the kind is in the action, so that the history names it in
     * the reader's language (an action has at most 16 characters).
     */
    static String costAction(CostKind kind) {
        return switch (kind) {
            case RETURN -> "COST_RETURN";
            case REPLACEMENT -> "COST_REPLACEMENT";
            case EXTRA_FREIGHT -> "COST_FREIGHT";
            default -> "COST_BOOKED";
        };
    }

    private Feedback caseOf(long feedbackId, Customer customer) {
        Feedback feedback = em.find(Feedback.class, feedbackId);
        if (feedback == null) {
            throw new RuleViolation("returnReplacement.feedback.unknown");
        }
        if (!feedback.isRegistered()) {
            throw new RuleViolation("returnReplacement.feedback.notRegistered");
        }
        if (feedback.getCustomer() == null || !feedback.getCustomer().getId().equals(customer.getId())) {
            throw new RuleViolation("returnReplacement.feedback.otherCustomer", feedback.getNumber());
        }
        return feedback;
    }

    /** The pieces of the lot that its returns and replacements took so far. */
    private long taken(long deliveryId) {
        Long sum = em.createQuery(
                        "select sum(r.quantity) from ReturnReplacement r where r.delivery.id = :d", Long.class)
                .setParameter("d", deliveryId)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    private Optional<ReturnReplacement> repeatOf(ReturnReplacement record, Instant now) {
        return em.createQuery(
                        "select r from ReturnReplacement r where r.delivery.id = :d and r.returnedOn = :day"
                                + " and r.quantity = :q and r.registeredAt >= :since order by r.id",
                        ReturnReplacement.class)
                .setParameter("d", record.getDelivery().getId())
                .setParameter("day", record.getReturnedOn())
                .setParameter("q", record.getQuantity())
                .setParameter("since", now.minus(ReturnReplacement.REPEAT_WINDOW))
                .getResultStream()
                .filter(earlier -> record.repeats(earlier, now))
                .findFirst();
    }

    private Optional<ReturnReplacement> byToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select r from ReturnReplacement r where r.submissionToken = :t", ReturnReplacement.class)
                .setParameter("t", token)
                .getResultStream()
                .findFirst();
    }

    private ReturnReplacement current(long id, long version) {
        ReturnReplacement record = em.find(ReturnReplacement.class, id);
        if (record == null) {
            throw new RuleViolation("returnReplacement.unknown");
        }
        if (record.getVersion() != version) {
            // the screen showed an older state: somebody (or a second click) changed it meanwhile
            throw new OptimisticLockException(record);
        }
        return record;
    }

    private static String like(String text) {
        String t = text == null ? "" : text.strip().toLowerCase();
        return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
