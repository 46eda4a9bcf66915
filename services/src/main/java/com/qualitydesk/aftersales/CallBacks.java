package com.qualitydesk.aftersales;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackChannel;
import com.qualitydesk.feedback.FeedbackReception;
import com.qualitydesk.feedback.ReceivedFeedback;
import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.settings.ProcedureSettings;
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
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * AS-05: the call-back after every delivered batch. SALES (or ADMIN) records what the customer
 * said; an objection becomes a received feedback item (CF-01) and starts the disposal clock, on
 * which QUALITY (or the feedback's responsible department) gives the disposal suggestion, else the
 * escalation job escalates the OBJECTION_DISPOSAL step like any feedback deadline. The objection
 * closes only with its suggestion and the feedback case's result. Every step is audited; a step
 * sent twice (two clicks, two tabs) is refused by the version it was shown with and by the state
 * it starts from, so there is one outcome.
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
public class CallBacks {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Tasks tasks;

    @Inject
    FeedbackReception reception;

    @Inject
    WorkingCalendars calendars;

    @Inject
    ProcedureSettings settings;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public Optional<CallBack> find(long id) {
        return Optional.ofNullable(em.find(CallBack.class, id));
    }

    /** The call-back a feedback item came from, if it came from one (the case page says so). */
    public Optional<CallBack> ofFeedback(long feedbackId) {
        return em.createQuery("select c from CallBack c where c.feedbackId = :f", CallBack.class)
                .setParameter("f", feedbackId)
                .getResultStream()
                .findFirst();
    }

    /** The call-back of a delivery (one per delivery). */
    public Optional<CallBack> ofDelivery(long deliveryId) {
        return em.createQuery("select c from CallBack c where c.delivery.id = :d", CallBack.class)
                .setParameter("d", deliveryId)
                .getResultStream()
                .findFirst();
    }

    /** A page of the list, filtered and sorted by the request's sort field (default: due date). */
    public Page<CallBack> page(@NotNull CallBackFilter filter, @NotNull PageRequest request) {
        Instant now = clock.instant();
        var zone = clock.getZone();
        return FilteredQuery.of(em, CallBack.class)
                .where(FilteredQuery.anyContains(
                        filter.customer(), "customer.code", "customer.nameZh", "customer.nameEn"))
                .where(FilteredQuery.anyContains(filter.lot(), "delivery.lotNumber"))
                .where((cb, root) -> state(cb, root, filter.state(), now))
                .where((cb, root) -> filter.dueFrom() == null
                        ? cb.conjunction()
                        : cb.greaterThanOrEqualTo(
                                root.get("dueAt"),
                                filter.dueFrom().atStartOfDay(zone).toInstant()))
                .where((cb, root) -> filter.dueTo() == null
                        ? cb.conjunction()
                        : cb.lessThan(
                                root.get("dueAt"),
                                filter.dueTo().plusDays(1).atStartOfDay(zone).toInstant()))
                .defaultSort("dueAt")
                .page(request);
    }

    private static Predicate state(CriteriaBuilder cb, Root<CallBack> root, CallBackFilter.State state, Instant now) {
        if (state == null) {
            return cb.conjunction();
        }
        var status = root.<CallBackStatus>get("status");
        return switch (state) {
            case DUE -> cb.and(cb.equal(status, CallBackStatus.DUE), cb.greaterThanOrEqualTo(root.get("dueAt"), now));
            case OVERDUE -> cb.and(cb.equal(status, CallBackStatus.DUE), cb.lessThan(root.get("dueAt"), now));
            case DONE -> cb.equal(status, CallBackStatus.NO_OBJECTION);
            case OBJECTION -> status.in(CallBackStatus.OBJECTION, CallBackStatus.CLOSED);
        };
    }

    /** AS-05: the month view, over the call-backs due in the month. */
    public CallBackMonth month(@NotNull YearMonth month) {
        var zone = clock.getZone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Object[] row = em.createQuery(
                        "select count(c),"
                                + " sum(case when c.status <> :due then 1 else 0 end),"
                                + " sum(case when c.status = :due and c.dueAt < :now then 1 else 0 end),"
                                + " sum(case when c.status = :objection or c.status = :closed then 1 else 0 end)"
                                + " from CallBack c where c.dueAt >= :from and c.dueAt < :to",
                        Object[].class)
                .setParameter("due", CallBackStatus.DUE)
                .setParameter("objection", CallBackStatus.OBJECTION)
                .setParameter("closed", CallBackStatus.CLOSED)
                .setParameter("now", clock.instant())
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        return new CallBackMonth(month, number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    /** The months of a year, January first, for the month view's chart. */
    public List<CallBackMonth> year(int year) {
        var months = new ArrayList<CallBackMonth>();
        for (int m = 1; m <= 12; m++) {
            months.add(month(YearMonth.of(year, m)));
        }
        return months;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** AS-05: the customer had no objection; SALES's step is done. */
    @RolesAllowed({Role.SALES, Role.ADMIN})
    public CallBack recordNoObjection(long id, long version) {
        CallBack callBack = current(id, version);
        var before = callBack.auditSnapshot();
        Instant now = clock.instant();
        callBack.noObjection(now, user.name());
        em.flush();
        audit.changed(callBack, before);
        tasks.finishForRecord(id, TaskKind.CALL_BACK, user.name());
        return callBack;
    }

    /**
     * AS-05: the customer objected. The objection is received as feedback (CF-01, by phone: SALES
     * called), linked both ways, and QUALITY's disposal step is opened on the disposal clock.
     */
    @RolesAllowed({Role.SALES, Role.ADMIN})
    public CallBack recordObjection(long id, long version, String objection) {
        CallBack callBack = current(id, version);
        var before = callBack.auditSnapshot();
        Instant now = clock.instant();
        var deadlines = new CallBackDeadlines(calendars.current(), settings::value);
        callBack.objection(objection, now, user.name(), deadlines.disposal(now));
        var delivery = callBack.getDelivery();
        Feedback feedback = reception.receive(new ReceivedFeedback(
                FeedbackChannel.PHONE,
                delivery.getCustomer().getId(),
                null,
                delivery.getProduct().getId(),
                delivery.getLotNumber(),
                callBack.getObjection()));
        callBack.linkFeedback(feedback.getId(), feedback.getNumber());
        em.flush();
        audit.changed(callBack, before);
        tasks.finishForRecord(id, TaskKind.CALL_BACK, user.name());
        var step = new Task(
                TaskKind.OBJECTION_DISPOSAL,
                Department.QUALITY,
                null,
                null,
                null,
                delivery.getLotNumber(),
                subject(callBack),
                now,
                callBack.getDisposalDueAt());
        step.setRecordId(id);
        tasks.open(step);
        return callBack;
    }

    /**
     * AS-05: the disposal suggestion for an objection, by QUALITY or ADMIN, or by the department
     * QUALITY made responsible for the feedback item the objection became (CF-10).
     */
    @RolesAllowed({Role.QUALITY, Role.TECHNICAL, Role.PRODUCTION, Role.SALES, Role.GENERAL_MANAGER, Role.ADMIN})
    public CallBack suggestDisposal(long id, long version, String suggestion) {
        CallBack callBack = current(id, version);
        if (!mayDispose(callBack)) {
            throw new RuleViolation("callBack.disposal.forbidden");
        }
        var before = callBack.auditSnapshot();
        callBack.suggestDisposal(suggestion, clock.instant(), user.name());
        em.flush();
        audit.changed(callBack, before);
        tasks.finishForRecord(id, TaskKind.OBJECTION_DISPOSAL, user.name());
        return callBack;
    }

    /** Whether the caller may give the disposal suggestion (for the screen; the service decides). */
    public boolean mayDispose(CallBack callBack) {
        if (user.isIn(Department.QUALITY) || user.isIn(Department.ADMIN)) {
            return true;
        }
        if (callBack.getFeedbackId() == null) {
            return false;
        }
        Feedback feedback = em.find(Feedback.class, callBack.getFeedbackId());
        Department responsible = feedback == null || feedback.getAnalysis() == null
                ? null
                : feedback.getAnalysis().getResponsibleDepartment();
        return responsible != null && user.isIn(responsible);
    }

    /** AS-05: SALES closes the objection once it has its suggestion and its feedback's result. */
    @RolesAllowed({Role.SALES, Role.ADMIN})
    public CallBack close(long id, long version) {
        CallBack callBack = current(id, version);
        var before = callBack.auditSnapshot();
        callBack.close(clock.instant(), user.name());
        em.flush();
        audit.changed(callBack, before);
        return callBack;
    }

    private CallBack current(long id, long version) {
        CallBack callBack = em.find(CallBack.class, id);
        if (callBack == null) {
            throw new RuleViolation("callBack.unknown");
        }
        if (callBack.getVersion() != version) {
            // the screen showed an older state: somebody (or a second click) changed it meanwhile
            throw new OptimisticLockException(callBack);
        }
        return callBack;
    }

    static String subject(CallBack callBack) {
        var c = callBack.getCustomer();
        String name = c.getNameZh() != null ? c.getNameZh() : c.getNameEn();
        String text = callBack.getObjection() == null ? "" : callBack.getObjection();
        String s = c.getCode() + (name == null ? "" : " " + name) + ": "
                + callBack.getDelivery().getLotNumber() + " " + text;
        return s.length() > 300 ? s.substring(0, 299) + "…" : s;
    }
}
