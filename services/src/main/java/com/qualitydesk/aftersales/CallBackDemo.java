package com.qualitydesk.aftersales;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.feedback.CaseRegistration;
import com.qualitydesk.feedback.Deadlines;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackChannel;
import com.qualitydesk.feedback.FeedbackNumbers;
import com.qualitydesk.feedback.FeedbackType;
import com.qualitydesk.feedback.Severity;
import com.qualitydesk.security.Department;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

/**
 * The demo company's call-backs (AS-05), loaded at the first start with the demo deliveries: the
 * older batches called back without objection, one overdue, the newest still due, and two
 * objections — one disposed with its feedback case closed and the objection closed, one whose
 * disposal clock is running.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CallBackDemo {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallBackOpening opening;

    @Inject
    AuditedRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Tasks tasks;

    @Inject
    FeedbackNumbers numbers;

    @Inject
    WorkingCalendars calendars;

    @Inject
    ProcedureSettings settings;

    @Inject
    Clock clock;

    public void load() {
        var shipDates = new HashMap<Long, LocalDate>();
        for (Object[] row : em.createQuery(
                        "select d.id, d.shipDate from Delivery d where not exists"
                                + " (select c from CallBack c where c.delivery = d)",
                        Object[].class)
                .getResultList()) {
            shipDates.put((Long) row[0], (LocalDate) row[1]);
        }
        opening.open(shipDates);
        em.flush();
        em.clear();

        Instant now = clock.instant();
        List<CallBack> all = em.createQuery(
                        "select c from CallBack c order by c.delivery.shipDate, c.id", CallBack.class)
                .getResultList();
        for (CallBack c : all) {
            String lot = c.getDelivery().getLotNumber();
            String customer = c.getCustomer().getCode();
            if (customer.equals("C1003") && lot.equals("L2026-0915")) {
                disposedAndClosed(c);
            } else if (customer.equals("C1005")) {
                runningObjection(c, now);
            } else if (customer.equals("C1002") || !c.getDueAt().isBefore(now)) {
                // Dongfang's call-back is overdue; the newest batch is still due
                continue;
            } else {
                var before = c.auditSnapshot();
                c.noObjection(c.getDueAt().minus(Duration.ofDays(1)), "sales");
                audit.changed(c, before);
                tasks.finishForRecord(c.getId(), TaskKind.CALL_BACK, "sales");
            }
        }
    }

    /** Nordic Pump objected; Quality suggested a disposal in time; the case is closed; so is the objection. */
    private void disposedAndClosed(CallBack c) {
        var before = c.auditSnapshot();
        Instant called = c.getDueAt().minus(Duration.ofDays(2));
        String text = "Two of the 450 gear pumps leak at the shaft seal after about 50 running hours.";
        var deadlines = new CallBackDeadlines(calendars.current(), settings::value);
        c.objection(text, called, "sales", deadlines.disposal(called));
        Feedback feedback = feedback(c, text, called);
        var cases = new Deadlines(calendars.current(), settings::value);
        Instant registered = called.plus(Duration.ofHours(1));
        feedback.register(
                new CaseRegistration(
                        c.getCustomer(),
                        null,
                        c.getDelivery().getProduct(),
                        c.getDelivery().getLotNumber(),
                        2,
                        FeedbackType.QUALITY_PROBLEM,
                        Severity.SMALL_BATCH,
                        text,
                        false),
                () -> numbers.next(registered.atZone(clock.getZone()).getYear()).toString(),
                registered,
                "sales",
                cases);
        c.linkFeedback(feedback.getId(), feedback.getNumber());
        c.suggestDisposal(
                "Replace the two pumps at once from stock; inspect the seals of the remaining pumps of the lot"
                        + " at the customer.",
                called.plus(Duration.ofHours(5)),
                "quality");
        String result = "The two pumps were replaced within two days; a seat tolerance of the seal housing was"
                + " corrected (corrective action verified). The customer accepted the result.";
        LocalDate sent = LocalDate.ofInstant(called, clock.getZone()).plusDays(6);
        feedback.draftReply(result, "en");
        feedback.recordReplySent(sent, FeedbackChannel.EMAIL, "sales", LocalDate.now(clock));
        Instant closed = sent.plusDays(1).atTime(10, 0).atZone(clock.getZone()).toInstant();
        feedback.close(List.of(), closed, "sales");
        c.fileFeedbackResult(result, closed);
        c.close(closed.plus(Duration.ofHours(1)), "sales");
        em.flush();
        audit.changed(c, before);
        tasks.finishForRecord(c.getId(), TaskKind.CALL_BACK, "sales");
    }

    /** Rheinmetall objected this morning; Quality's disposal clock is running. */
    private void runningObjection(CallBack c, Instant now) {
        var before = c.auditSnapshot();
        Instant called = now.minus(Duration.ofHours(3));
        String text = "Some seals of the lot show flash on the sealing lip; the customer asks whether to sort the lot.";
        var deadlines = new CallBackDeadlines(calendars.current(), settings::value);
        c.objection(text, called, "sales", deadlines.disposal(called));
        Feedback feedback = feedback(c, text, called);
        c.linkFeedback(feedback.getId(), null);
        em.flush();
        audit.changed(c, before);
        tasks.finishForRecord(c.getId(), TaskKind.CALL_BACK, "sales");
        tasks.open(new Task(
                TaskKind.REGISTER,
                Department.SALES,
                null,
                feedback.getId(),
                null,
                "#" + feedback.getId(),
                CallBacks.subject(c),
                called,
                feedback.getHandOverDueAt()));
        var step = new Task(
                TaskKind.OBJECTION_DISPOSAL,
                Department.QUALITY,
                null,
                null,
                null,
                c.getDelivery().getLotNumber(),
                CallBacks.subject(c),
                called,
                c.getDisposalDueAt());
        step.setRecordId(c.getId());
        tasks.open(step);
    }

    /** CF-01: the objection received by phone, as the reception service records it. */
    private Feedback feedback(CallBack c, String text, Instant at) {
        var feedback = Feedback.received(
                FeedbackChannel.PHONE,
                c.getCustomer(),
                null,
                c.getDelivery().getProduct(),
                c.getDelivery().getLotNumber(),
                text,
                at,
                "sales",
                Department.SALES,
                new Deadlines(calendars.current(), settings::value));
        return records.create(feedback);
    }
}
