package com.qualitydesk.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.aftersales.CallBack;
import com.qualitydesk.aftersales.CallBackDeadlines;
import com.qualitydesk.aftersales.CallBackFilter;
import com.qualitydesk.aftersales.CallBackStatus;
import com.qualitydesk.aftersales.CallBacks;
import com.qualitydesk.audit.AuditEntry;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.customer.Customers;
import com.qualitydesk.customer.Deliveries;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.customer.MasterDataImport;
import com.qualitydesk.customer.MasterDataKind;
import com.qualitydesk.customer.Products;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackCases;
import com.qualitydesk.feedback.FeedbackChannel;
import com.qualitydesk.feedback.FeedbackClosing;
import com.qualitydesk.feedback.FeedbackRegistration;
import com.qualitydesk.feedback.FeedbackStatus;
import com.qualitydesk.feedback.FeedbackType;
import com.qualitydesk.feedback.RegistrationForm;
import com.qualitydesk.feedback.Severity;
import com.qualitydesk.feedback.WrittenReply;
import com.qualitydesk.it.support.Departments;
import com.qualitydesk.it.support.RealWar;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.task.Escalations;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * AS-05 in the real WAR: every delivery gets one call-back and SALES's step; an objection becomes
 * a feedback item, gets QUALITY's disposal step on the disposal clock, and closes only with the
 * suggestion and the closed case's result; the wrong departments are refused.
 */
@ExtendWith(ArquillianExtension.class)
class CallBacksIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment
    static WebArchive deployment() throws Exception {
        return RealWar.withTestsInside(Departments.class);
    }

    @Inject
    Departments as;

    @Inject
    CallBacks callBacks;

    @Inject
    Deliveries deliveries;

    @Inject
    MasterDataImport importer;

    @Inject
    Customers customers;

    @Inject
    Products products;

    @Inject
    FeedbackRegistration registration;

    @Inject
    WrittenReply reply;

    @Inject
    FeedbackClosing closing;

    @Inject
    FeedbackCases cases;

    @Inject
    WorkingCalendars calendars;

    @Inject
    ProcedureSettings settings;

    @Inject
    Escalations escalations;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Test
    void aDeliveryIsCalledBackAndItsObjectionBecomesFeedbackWhoseResultIsFiledBack_AS05() throws Exception {
        String lot = "CB-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate shipped = LocalDate.now(SHANGHAI).minusDays(1);
        Delivery delivery = as.sales(() -> deliveries.save(new Delivery(
                customers.findByCode("C1001").orElseThrow(),
                products.findByCode("V-200").orElseThrow(),
                lot,
                40,
                shipped)));

        // one call-back, due the set number of working days after the ship date, and SALES's step
        CallBack opened = as.sales(() -> callBacks.ofDelivery(delivery.getId())).orElseThrow();
        assertEquals(CallBackStatus.DUE, opened.getStatus());
        assertEquals(new CallBackDeadlines(calendars.current(), settings::value).callBack(shipped), opened.getDueAt());
        Task callStep = onlyTask(TaskKind.CALL_BACK, opened.getId());
        assertEquals("SALES", callStep.getDepartment().name());
        assertEquals(opened.getDueAt(), callStep.getDueAt());
        assertTrue(callStep.isOpen());

        // only SALES and ADMIN record what the customer said
        long id = opened.getId();
        long version = opened.getVersion();
        assertRefused(() -> as.quality(() -> callBacks.recordObjection(id, version, "leaks")));
        assertRefused(() -> as.production(() -> callBacks.recordNoObjection(id, version)));
        assertRefused(() -> as.finance(() -> callBacks.close(id, version)));

        String words = "Three valves of lot " + lot + " hum at low pressure.";
        CallBack objected = as.sales(() -> callBacks.recordObjection(id, version, words));
        assertEquals(CallBackStatus.OBJECTION, objected.getStatus());
        assertNotNull(objected.getFeedbackId());
        assertEquals(
                objected.getCalledAt()
                        .plus(Duration.ofHours(settings.value(ProcedureParameter.AS05_OBJECTION_DISPOSAL_HOURS))),
                objected.getDisposalDueAt());
        assertFalse(onlyTask(TaskKind.CALL_BACK, id).isOpen(), "SALES's call is done");

        // CF-01: the objection is a received feedback item, by phone, with the customer's words
        Feedback feedback = as.sales(() -> cases.find(objected.getFeedbackId()));
        assertEquals(FeedbackStatus.RECEIVED, feedback.getStatus());
        assertEquals(FeedbackChannel.PHONE, feedback.getChannel());
        assertEquals(words, feedback.getDescription());
        assertEquals(lot, feedback.getLotNumber());
        assertEquals(
                id,
                as.quality(() -> callBacks.ofFeedback(feedback.getId()))
                        .orElseThrow()
                        .getId());

        // QUALITY's disposal step runs on the clock hours and escalates like any deadline
        Task disposal = onlyTask(TaskKind.OBJECTION_DISPOSAL, id);
        assertEquals("QUALITY", disposal.getDepartment().name());
        assertEquals(objected.getDisposalDueAt(), disposal.getDueAt());
        Instant afterDue = calendars
                .current()
                .nextWorkingMoment(disposal.getDueAt()
                        .plus(Duration.ofHours(settings.value(ProcedureParameter.ESCALATION_GM_AFTER_HOURS) + 1)));
        var moment = escalations.momentAt(afterDue).orElseThrow();
        assertTrue(escalations.due(moment).contains(disposal.getId()), "an undisposed objection escalates");

        // a second click: the version it was shown with is stale, and the state is no longer DUE
        assertThrows(EJBException.class, () -> as.sales(() -> callBacks.recordObjection(id, version, words)));
        assertRule(
                "callBack.alreadyRecorded",
                () -> as.sales(() -> callBacks.recordNoObjection(id, objected.getVersion())));
        assertEquals(
                1L,
                em.createQuery("select count(f) from Feedback f where f.lotNumber = :lot", Long.class)
                        .setParameter("lot", lot)
                        .getSingleResult(),
                "one objection, one feedback item");

        // closing needs the disposal suggestion, which SALES may not give, and the feedback's result
        assertRule("callBack.close.noDisposal", () -> as.sales(() -> callBacks.close(id, objected.getVersion())));
        assertRule(
                "callBack.disposal.forbidden",
                () -> as.sales(() -> callBacks.suggestDisposal(id, objected.getVersion(), "replace them")));
        CallBack disposed = as.quality(
                () -> callBacks.suggestDisposal(id, objected.getVersion(), "Replace the three valves from stock."));
        assertEquals("Replace the three valves from stock.", disposed.getDisposalSuggestion());
        assertFalse(onlyTask(TaskKind.OBJECTION_DISPOSAL, id).isOpen());
        assertRule("callBack.close.noFeedbackResult", () -> as.sales(() -> callBacks.close(id, disposed.getVersion())));

        // the complaint procedure takes it from there; closing the case files its result back
        long customerId = feedback.getCustomer().getId();
        long productId = feedback.getProduct().getId();
        as.sales(() -> registration.register(
                feedback.getId(),
                new RegistrationForm(
                        customerId,
                        null,
                        productId,
                        lot,
                        3,
                        FeedbackType.QUALITY_PROBLEM,
                        Severity.GENERAL_QUESTION,
                        null,
                        false,
                        false,
                        false,
                        null)));
        String result = "The three valves were replaced; the coil supplier corrected the winding.";
        as.sales(() -> reply.saveDraft(feedback.getId(), result, "en"));
        as.sales(() -> reply.recordSent(feedback.getId(), LocalDate.now(SHANGHAI), FeedbackChannel.EMAIL));
        as.sales(() -> closing.close(feedback.getId()));
        CallBack filed = as.sales(() -> callBacks.find(id)).orElseThrow();
        assertEquals(result, filed.getFeedbackResult());
        assertNotNull(filed.getFeedbackClosedAt());
        assertNotNull(filed.getFeedbackNumber());

        CallBack closed = as.sales(() -> callBacks.close(id, filed.getVersion()));
        assertEquals(CallBackStatus.CLOSED, closed.getStatus());
        assertRule("callBack.notObjection", () -> as.sales(() -> callBacks.close(id, closed.getVersion())));

        // every step is in the audit trail
        List<AuditEntry> history = as.sales(() -> audit.history("CallBack", id, PageRequest.of(0, 200)))
                .rows();
        for (String field : List.of("delivery", "status", "objection", "disposalSuggestion", "feedbackResult")) {
            assertTrue(history.stream().anyMatch(e -> field.equals(e.getField())), "audited: " + field);
        }

        // the list finds it among the objections of the customer
        var page = as.sales(() -> callBacks.page(
                new CallBackFilter("C1001", lot, CallBackFilter.State.OBJECTION, null, null), PageRequest.of(0, 10)));
        assertEquals(1, page.total());
    }

    @Test
    void anImportCreatesOneCallBackPerDeliveryAndAReimportNone_AS05() throws Exception {
        String prefix = "CBI-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        LocalDate shipped = LocalDate.now(SHANGHAI).minusDays(3);
        var csv = new StringBuilder("customer_code,product_code,lot_number,quantity,ship_date\n");
        for (int i = 1; i <= 3; i++) {
            csv.append("C100")
                    .append(i)
                    .append(",S-310,")
                    .append(prefix)
                    .append(i)
                    .append(",100,")
                    .append(shipped.minusDays(i))
                    .append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        var first = as.sales(() -> importer.importFile(MasterDataKind.DELIVERIES, "deliveries.csv", file));
        assertTrue(first.imported(), () -> String.valueOf(first.problems()));
        assertEquals(3, first.created());
        assertEquals(3L, callBacksOf(prefix));
        assertEquals(3L, callTasksOf(prefix));
        var deadlines = new CallBackDeadlines(calendars.current(), settings::value);
        for (CallBack c : em.createQuery("select c from CallBack c where c.delivery.lotNumber like :p", CallBack.class)
                .setParameter("p", prefix + "%")
                .getResultList()) {
            assertEquals(deadlines.callBack(c.getDelivery().getShipDate()), c.getDueAt());
            assertEquals(c.getDelivery().getCustomer().getId(), c.getCustomer().getId());
            assertFalse(
                    as.sales(() -> audit.history("CallBack", c.getId(), PageRequest.of(0, 10)))
                            .rows()
                            .isEmpty(),
                    "an imported call-back is audited too");
        }

        var again = as.sales(() -> importer.importFile(MasterDataKind.DELIVERIES, "deliveries.csv", file));
        assertTrue(again.imported());
        assertEquals(0, again.created());
        assertEquals(3L, callBacksOf(prefix), "a re-import opens no second call-back");
        assertEquals(3L, callTasksOf(prefix));
    }

    private long callBacksOf(String prefix) {
        return em.createQuery("select count(c) from CallBack c where c.delivery.lotNumber like :p", Long.class)
                .setParameter("p", prefix + "%")
                .getSingleResult();
    }

    private long callTasksOf(String prefix) {
        return em.createQuery(
                        "select count(t) from Task t, CallBack c where t.kind = :kind and t.recordId = c.id"
                                + " and c.delivery.lotNumber like :p",
                        Long.class)
                .setParameter("kind", TaskKind.CALL_BACK)
                .setParameter("p", prefix + "%")
                .getSingleResult();
    }

    private Task onlyTask(TaskKind kind, long recordId) {
        em.clear();
        List<Task> found = em.createQuery("select t from Task t where t.kind = :kind and t.recordId = :r", Task.class)
                .setParameter("kind", kind)
                .setParameter("r", recordId)
                .getResultList();
        assertEquals(1, found.size(), kind + " steps of call-back " + recordId);
        return found.get(0);
    }

    /** The caller's department may not: the access refusal, however the container wraps it. */
    private static void assertRefused(org.junit.jupiter.api.function.Executable call) {
        Exception e = assertThrows(Exception.class, call);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException
                    || (t instanceof EJBException ejb && ejb.getCausedByException() instanceof EJBAccessException)) {
                return;
            }
        }
        throw new AssertionError("not an access refusal: " + e, e);
    }

    private static void assertRule(String key, Callable<?> work) {
        RuleViolation refused = assertThrows(RuleViolation.class, work::call);
        assertEquals(key, refused.getMessageKey());
    }
}
