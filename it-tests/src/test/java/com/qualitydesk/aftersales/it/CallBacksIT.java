package com.qualitydesk.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import com.qualitydesk.aftersales.ReturnFilter;
import com.qualitydesk.aftersales.ReturnKind;
import com.qualitydesk.aftersales.ReturnReplacement;
import com.qualitydesk.aftersales.ReturnStatus;
import com.qualitydesk.aftersales.ReturnsAndReplacements;
import com.qualitydesk.audit.AuditEntry;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.customer.Customers;
import com.qualitydesk.customer.Deliveries;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.customer.MasterDataImport;
import com.qualitydesk.customer.MasterDataKind;
import com.qualitydesk.customer.Products;
import com.qualitydesk.customer.timeline.CustomerTimeline;
import com.qualitydesk.customer.timeline.TimelineKind;
import com.qualitydesk.customer.timeline.TimelineQuery;
import com.qualitydesk.feedback.CostBearer;
import com.qualitydesk.feedback.CostKind;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackCases;
import com.qualitydesk.feedback.FeedbackChannel;
import com.qualitydesk.feedback.FeedbackClosing;
import com.qualitydesk.feedback.FeedbackReception;
import com.qualitydesk.feedback.FeedbackRegistration;
import com.qualitydesk.feedback.FeedbackStatus;
import com.qualitydesk.feedback.FeedbackType;
import com.qualitydesk.feedback.QualityCost;
import com.qualitydesk.feedback.QualityCosts;
import com.qualitydesk.feedback.ReceivedFeedback;
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
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * AS-05 in the real WAR: every delivery gets one call-back and SALES's step; an objection becomes
 * a feedback item, gets QUALITY's disposal step on the disposal clock, and closes only with the
 * suggestion and the closed case's result; the wrong departments are refused. AS-07 in the same
 * server: a return or replacement of part of a delivered lot, never more than the lot has left,
 * its freight and goods in the quality cost of its month and of its feedback case (CF-13), one
 * record for a double submit, closed only with its replacement delivery.
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

    @Inject
    ReturnsAndReplacements returns;

    @Inject
    QualityCosts costs;

    @Inject
    FeedbackReception reception;

    @Inject
    CustomerTimeline timeline;

    @Resource
    ManagedExecutorService executor;

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

    // --- AS-07: guaranteed returns and replacements, their costs in the quality cost (CF-13) ---

    @Test
    void aReturnAgainstALotBooksItsFreightAndGoodsToTheQualityCostOfItsMonthAndOfItsCase_AS07_CF13() throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        YearMonth month = YearMonth.from(today);
        Delivery lot = lotOf("C1001", "V-200", 40, today.minusDays(10));
        long caseId = registeredCase(lot, "Valves of lot " + lot.getLotNumber() + " hum; the customer sends 12 back.");
        String caseNumber = as.sales(() -> cases.find(caseId)).getNumber();
        // other tests book costs in this month too: the month must grow by exactly what this return adds
        Map<String, BigDecimal> monthBefore = as.finance(() -> costs.totalOf(month));

        var form = returnOf(lot, ReturnKind.RETURN_AND_REPLACEMENT, 12, today, "Coil hums at low voltage");
        form.setFreightAmount(new BigDecimal("300.00"));
        form.setFreightBorneBy(CostBearer.COMPANY);
        form.setFeedbackId(caseId);
        String token = UUID.randomUUID().toString();
        ReturnReplacement registered = as.quality(() -> returns.register(form, token));
        long id = registered.getId();
        assertEquals(ReturnStatus.OPEN, registered.getStatus());
        assertEquals("RR-" + id, registered.getReference());
        assertEquals(caseNumber, registered.getFeedbackNumber(), "the case it came from");

        // the freight is booked at registration; Finance books the value of the replaced goods
        as.finance(() -> returns.bookCost(id, cost(CostKind.REPLACEMENT, "540.00")));
        List<QualityCost> booked = as.sales(() -> returns.costsOf(id));
        assertEquals(
                List.of("EXTRA_FREIGHT 300.00 CNY COMPANY", "REPLACEMENT 540.00 CNY COMPANY"),
                booked.stream()
                        .map(c -> c.getKind() + " " + c.getAmount().setScale(2) + " " + c.getCurrency() + " "
                                + c.getBorneBy())
                        .toList());
        assertTrue(
                booked.stream().allMatch(c -> c.getReturnId() == id && c.getFeedbackId() == caseId),
                "each row names the return and its case");
        assertAmounts(Map.of("CNY", "840.00"), as.sales(() -> returns.totalOf(id)));

        // CF-13: the case lists and totals them (its cost tab), the month counts them
        assertEquals(
                booked.stream().map(QualityCost::getId).toList(),
                as.generalManager(() -> costs.of(caseId)).stream()
                        .map(QualityCost::getId)
                        .toList());
        assertAmounts(Map.of("CNY", "840.00"), as.generalManager(() -> costs.totalOf(caseId)));
        assertAmounts(plus(monthBefore, Map.of("CNY", "840.00")), as.finance(() -> costs.totalOf(month)));

        // a return's row stays with the return: the case's cost form does not change it
        QualityCost onTheCase = as.sales(() -> costs.of(caseId)).get(0);
        onTheCase.setNote("changed on the case");
        assertRule("cost.ofReturn", () -> as.sales(() -> costs.save(caseId, onTheCase)));
        // a return books the goods and the freight, nothing else
        assertRule(
                "returnReplacement.cost.kind",
                () -> as.finance(() -> returns.bookCost(id, cost(CostKind.COMPENSATION, "10.00"))));

        // a double submit: the same form again, or the same lot, day and quantity from a second tab
        var again = returnOf(lot, ReturnKind.RETURN_AND_REPLACEMENT, 12, today, "Coil hums at low voltage");
        again.setFreightAmount(new BigDecimal("300.00"));
        again.setFreightBorneBy(CostBearer.COMPANY);
        assertEquals(id, as.quality(() -> returns.register(again, token)).getId());
        var secondTab = returnOf(lot, ReturnKind.RETURN_AND_REPLACEMENT, 12, today, "Coil hums (second tab)");
        assertEquals(
                id,
                as.sales(() -> returns.register(secondTab, UUID.randomUUID().toString()))
                        .getId());
        assertEquals(1L, returnsOf(lot), "one return");
        assertEquals(2, as.sales(() -> returns.costsOf(id)).size(), "one freight");

        // two submits at the very same moment are counted one after the other: one return
        var start = new CountDownLatch(1);
        var submits = new ArrayList<Future<Long>>();
        for (int i = 0; i < 2; i++) {
            submits.add(executor.submit(() -> {
                start.await();
                return as.sales(() -> returns.register(
                                returnOf(lot, ReturnKind.RETURN, 5, today, "Sent twice at once"),
                                UUID.randomUUID().toString()))
                        .getId();
            }));
        }
        start.countDown();
        var ids = new HashSet<Long>();
        for (Future<Long> submit : submits) {
            ids.add(submit.get(60, TimeUnit.SECONDS));
        }
        assertEquals(1, ids.size(), "the same return: " + ids);
        assertEquals(2L, returnsOf(lot));
        assertEquals(23, as.sales(() -> returns.returnable(lot.getId())).remaining(), "40 - 12 - 5");

        // CC-01: the return is on the customer's timeline, read by every department
        var entries = as.production(() -> timeline.page(
                        new TimelineQuery(lot.getCustomer().getId(), Set.of(TimelineKind.RETURN), today, today),
                        0,
                        100))
                .rows();
        assertTrue(
                entries.stream()
                        .anyMatch(e -> e.reference().equals("RR-" + id + " · " + lot.getLotNumber())
                                && e.link().endsWith("?id=" + id)
                                && e.summary().startsWith("12 × V-200")),
                entries.toString());

        // every change is in the audit trail: the registration and each booking
        List<AuditEntry> history = as.sales(() -> audit.history("ReturnReplacement", id, PageRequest.of(0, 200)))
                .rows();
        for (String field : List.of("lot", "kind", "quantity", "reason", "returnedOn", "freight", "feedback")) {
            assertTrue(history.stream().anyMatch(e -> field.equals(e.getField())), "audited: " + field);
        }
        assertEquals(
                2,
                history.stream().filter(e -> e.getAction().startsWith("COST_")).count(),
                "the freight and the goods");
    }

    @Test
    void moreThanTheLotHasLeftIsRefusedAndOnlySalesQualityAndAdminRegister_AS07() throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        Delivery lot = lotOf("C1002", "P-450", 40, today.minusDays(20));
        Delivery nordics = lotOf("C1003", "P-450", 10, today.minusDays(20));

        // of the lot's 40 pieces 30 come back; 11 more are more than the 10 left, 10 are not
        long first = as.sales(() -> returns.register(
                        returnOf(lot, ReturnKind.RETURN, 30, today.minusDays(2), "Pumps seized"), null))
                .getId();
        RuleViolation tooMany = assertThrows(
                RuleViolation.class,
                () -> as.quality(() ->
                        returns.register(returnOf(lot, ReturnKind.REPLACEMENT, 11, today, "More pumps seized"), null)));
        assertEquals("returnReplacement.quantity.tooMany", tooMany.getMessageKey());
        assertArrayEquals(new Object[] {11, 10, 40}, tooMany.getArguments(), "asked, left, delivered");
        assertEquals(10, as.sales(() -> returns.returnable(lot.getId())).remaining());
        as.admin(() -> returns.register(returnOf(lot, ReturnKind.REPLACEMENT, 10, today, "More pumps seized"), null));
        assertRule(
                "returnReplacement.quantity.tooMany",
                () -> as.sales(() ->
                        returns.register(returnOf(lot, ReturnKind.RETURN, 1, today.minusDays(1), "One more"), null)));

        // nothing, a day to come, another customer's lot, another customer's case: refused, with the reason
        assertEquals(
                Set.of("{returnReplacement.quantity.positive}"),
                refusedFields(() -> as.sales(
                        () -> returns.register(returnOf(nordics, ReturnKind.RETURN, 0, today, "None"), null))));
        assertEquals(
                Set.of("{returnReplacement.reason.required}"),
                refusedFields(() ->
                        as.sales(() -> returns.register(returnOf(nordics, ReturnKind.RETURN, 1, today, " "), null))));
        assertRule(
                "returnReplacement.returnedOn.future",
                () -> as.sales(() -> returns.register(
                        returnOf(nordics, ReturnKind.RETURN, 1, today.plusDays(1), "Tomorrow"), null)));
        var foreignLot = returnOf(nordics, ReturnKind.RETURN, 1, today, "Not their lot");
        foreignLot.setCustomer(lot.getCustomer());
        assertRule("returnReplacement.lot.notCustomers", () -> as.sales(() -> returns.register(foreignLot, null)));
        long dongfangsCase = registeredCase(lot, "Pumps of lot " + lot.getLotNumber() + " seized.");
        var foreignCase = returnOf(nordics, ReturnKind.RETURN, 1, today, "Their case");
        foreignCase.setFeedbackId(dongfangsCase);
        assertRule(
                "returnReplacement.feedback.otherCustomer", () -> as.sales(() -> returns.register(foreignCase, null)));
        var freightNobodyBears = returnOf(nordics, ReturnKind.RETURN, 1, today, "Freight");
        freightNobodyBears.setFreightAmount(new BigDecimal("80.00"));
        assertRule(
                "returnReplacement.freight.bearer.required",
                () -> as.sales(() -> returns.register(freightNobodyBears, null)));

        // SALES, QUALITY and ADMIN register; PRODUCTION, TECHNICAL and FINANCE are refused; the GM reads
        assertRefused(() -> as.production(
                () -> returns.register(returnOf(nordics, ReturnKind.RETURN, 1, today, "By production"), null)));
        assertRefused(() -> as.technical(
                () -> returns.register(returnOf(nordics, ReturnKind.RETURN, 1, today, "By technical"), null)));
        assertRefused(() ->
                as.finance(() -> returns.register(returnOf(nordics, ReturnKind.RETURN, 1, today, "By finance"), null)));
        assertRefused(() -> as.generalManager(() -> returns.close(first, 1)));
        assertRefused(() -> as.production(() -> returns.find(first)));
        assertEquals(0L, returnsOf(nordics), "nothing refused was stored");
        assertEquals(
                2,
                as.generalManager(() -> returns.page(
                                new ReturnFilter(null, lot.getLotNumber(), null, null, null), PageRequest.of(0, 10)))
                        .total());
        assertEquals(
                1,
                as.generalManager(() -> returns.page(
                                new ReturnFilter(
                                        "C1002",
                                        lot.getLotNumber(),
                                        ReturnStatus.OPEN,
                                        today.minusDays(2),
                                        today.minusDays(1)),
                                PageRequest.of(0, 10)))
                        .total(),
                "the period filter on the day the goods came back");
    }

    @Test
    void aReplacementClosesOnlyOnceItsReplacementDeliveryIsNamed_AS07() throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        Delivery lot = lotOf("C1004", "V-200", 50, today.minusDays(30));
        Delivery replacementLot = lotOf("C1004", "V-200", 5, today.minusDays(1));
        Delivery otherProduct = lotOf("C1004", "B-120", 5, today.minusDays(1));
        ReturnReplacement open = as.sales(() -> returns.register(
                returnOf(lot, ReturnKind.REPLACEMENT, 5, today.minusDays(3), "Coil open circuit"), null));

        assertRule(
                "returnReplacement.close.noReplacement",
                () -> as.sales(() -> returns.close(open.getId(), open.getVersion())));
        assertRule(
                "returnReplacement.replacement.otherCustomerOrProduct",
                () -> as.quality(() -> returns.nameReplacement(open.getId(), open.getVersion(), otherProduct.getId())));
        assertRule(
                "returnReplacement.replacement.sameLot",
                () -> as.quality(() -> returns.nameReplacement(open.getId(), open.getVersion(), lot.getId())));
        ReturnReplacement named =
                as.quality(() -> returns.nameReplacement(open.getId(), open.getVersion(), replacementLot.getId()));
        assertEquals(replacementLot.getId(), named.getReplacement().getId());

        ReturnReplacement closed = as.sales(() -> returns.close(named.getId(), named.getVersion()));
        assertEquals(ReturnStatus.CLOSED, closed.getStatus());
        assertNotNull(closed.getClosedAt());
        // closed is closed: no second close, no more costs; a screen showing the open record is told it changed
        assertRule(
                "returnReplacement.closed", () -> as.sales(() -> returns.close(closed.getId(), closed.getVersion())));
        assertRule(
                "returnReplacement.closed",
                () -> as.finance(() -> returns.bookCost(closed.getId(), cost(CostKind.REPLACEMENT, "100.00"))));
        assertThrows(EJBException.class, () -> as.sales(() -> returns.close(named.getId(), named.getVersion())));

        // a return without replacement has none to name and closes as it is
        ReturnReplacement plain = as.quality(
                () -> returns.register(returnOf(lot, ReturnKind.RETURN, 2, today, "Scratched housings"), null));
        assertRule(
                "returnReplacement.replacement.notForReturn",
                () -> as.sales(
                        () -> returns.nameReplacement(plain.getId(), plain.getVersion(), replacementLot.getId())));
        assertEquals(
                ReturnStatus.CLOSED,
                as.quality(() -> returns.close(plain.getId(), plain.getVersion()))
                        .getStatus());

        List<AuditEntry> history = as.sales(
                        () -> audit.history("ReturnReplacement", open.getId(), PageRequest.of(0, 100)))
                .rows();
        assertTrue(history.stream().anyMatch(e -> "replacement".equals(e.getField())), "the replacement is audited");
        assertTrue(
                history.stream().anyMatch(e -> "status".equals(e.getField()) && "CLOSED".equals(e.getNewValue())),
                "the close is audited");
    }

    /** A lot of the product delivered to the customer, with its own lot number. */
    private Delivery lotOf(String customer, String product, int quantity, LocalDate shipped) throws Exception {
        String lotNumber = "RR-" + UUID.randomUUID().toString().substring(0, 8);
        return as.sales(() -> deliveries.save(new Delivery(
                customers.findByCode(customer).orElseThrow(),
                products.findByCode(product).orElseThrow(),
                lotNumber,
                quantity,
                shipped)));
    }

    private static ReturnReplacement returnOf(
            Delivery lot, ReturnKind kind, int quantity, LocalDate returnedOn, String reason) {
        var r = new ReturnReplacement();
        r.setCustomer(lot.getCustomer());
        r.setDelivery(lot);
        r.setKind(kind);
        r.setQuantity(quantity);
        r.setReturnedOn(returnedOn);
        r.setReason(reason);
        return r;
    }

    private static QualityCost cost(CostKind kind, String amount) {
        var c = new QualityCost();
        c.setKind(kind);
        c.setAmount(new BigDecimal(amount));
        c.setCurrency("CNY");
        c.setBorneBy(CostBearer.COMPANY);
        c.setIncurredOn(LocalDate.now(SHANGHAI));
        c.setNote("booked by the test");
        return c;
    }

    /** A complaint about the lot, received and registered by SALES (CF-03). */
    private long registeredCase(Delivery lot, String text) throws Exception {
        long customerId = lot.getCustomer().getId();
        long productId = lot.getProduct().getId();
        long id = as.sales(() -> reception.receive(new ReceivedFeedback(
                        FeedbackChannel.PHONE, customerId, null, productId, lot.getLotNumber(), text)))
                .getId();
        as.sales(() -> registration.register(
                id,
                new RegistrationForm(
                        customerId,
                        null,
                        productId,
                        lot.getLotNumber(),
                        12,
                        FeedbackType.RETURN_REQUEST,
                        Severity.GENERAL_QUESTION,
                        null,
                        false,
                        false,
                        false,
                        null)));
        return id;
    }

    private long returnsOf(Delivery lot) {
        return em.createQuery("select count(r) from ReturnReplacement r where r.delivery.id = :d", Long.class)
                .setParameter("d", lot.getId())
                .getSingleResult();
    }

    private static void assertAmounts(Map<String, String> expected, Map<String, BigDecimal> actual) {
        var shown = new TreeMap<String, String>();
        actual.forEach(
                (currency, amount) -> shown.put(currency, amount.setScale(2).toPlainString()));
        assertEquals(new TreeMap<>(expected), shown);
    }

    private static Map<String, String> plus(Map<String, BigDecimal> before, Map<String, String> added) {
        var sum = new TreeMap<String, String>();
        before.forEach(
                (currency, amount) -> sum.put(currency, amount.setScale(2).toPlainString()));
        added.forEach((currency, amount) -> sum.merge(
                currency,
                amount,
                (a, b) -> new BigDecimal(a).add(new BigDecimal(b)).setScale(2).toPlainString()));
        return sum;
    }

    /** The message keys of the fields Bean Validation refused, as the screen would show them. */
    private static Set<String> refusedFields(org.junit.jupiter.api.function.Executable call) {
        Exception e = assertThrows(Exception.class, call);
        for (Throwable t = e; t != null; ) {
            if (t instanceof ConstraintViolationException violations) {
                return violations.getConstraintViolations().stream()
                        .map(ConstraintViolation::getMessageTemplate)
                        .collect(Collectors.toSet());
            }
            t = t instanceof EJBException ejb && ejb.getCausedByException() != null
                    ? ejb.getCausedByException()
                    : t.getCause();
        }
        throw new AssertionError("not refused by validation", e);
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
