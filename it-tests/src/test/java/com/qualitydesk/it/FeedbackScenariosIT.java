package com.qualitydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.action.ActionKind;
import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.ActionStatus;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.action.CorrectiveActions;
import com.qualitydesk.action.NewAction;
import com.qualitydesk.action.Verification;
import com.qualitydesk.audit.AuditEntry;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.customer.Customers;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.customer.Products;
import com.qualitydesk.feedback.AnalysisForm;
import com.qualitydesk.feedback.CauseCategory;
import com.qualitydesk.feedback.Containment;
import com.qualitydesk.feedback.ContainmentResult;
import com.qualitydesk.feedback.CostBearer;
import com.qualitydesk.feedback.CostKind;
import com.qualitydesk.feedback.CustomerVisit;
import com.qualitydesk.feedback.CustomerVisits;
import com.qualitydesk.feedback.DeadlinePause;
import com.qualitydesk.feedback.Deadlines;
import com.qualitydesk.feedback.Disposition;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackAnalysis;
import com.qualitydesk.feedback.FeedbackCases;
import com.qualitydesk.feedback.FeedbackChannel;
import com.qualitydesk.feedback.FeedbackClosing;
import com.qualitydesk.feedback.FeedbackNumber;
import com.qualitydesk.feedback.FeedbackReception;
import com.qualitydesk.feedback.FeedbackRegistration;
import com.qualitydesk.feedback.FeedbackStatus;
import com.qualitydesk.feedback.FeedbackType;
import com.qualitydesk.feedback.GeneralManagerDecision;
import com.qualitydesk.feedback.MajorCaseNotice;
import com.qualitydesk.feedback.QualityCost;
import com.qualitydesk.feedback.QualityCosts;
import com.qualitydesk.feedback.RecallDecision;
import com.qualitydesk.feedback.RecallEvaluation;
import com.qualitydesk.feedback.ReceivedFeedback;
import com.qualitydesk.feedback.RegistrationForm;
import com.qualitydesk.feedback.Severity;
import com.qualitydesk.feedback.WrittenReply;
import com.qualitydesk.it.support.Departments;
import com.qualitydesk.it.support.RealWar;
import com.qualitydesk.it.support.SettingChanges;
import com.qualitydesk.mail.Outbox;
import com.qualitydesk.security.Department;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One scenario per severity path of the feedback procedure, driven through the services as the
 * departments that do each step, in the real WAR against the configured database; each forbidden
 * step is tried as the wrong department.
 */
@ExtendWith(ArquillianExtension.class)
class FeedbackScenariosIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment
    static WebArchive deployment() throws Exception {
        return RealWar.withTestsInside(Departments.class);
    }

    @Inject
    Departments as;

    @Inject
    SettingChanges changes;

    @Inject
    FeedbackReception reception;

    @Inject
    FeedbackRegistration registration;

    @Inject
    FeedbackAnalysis analysis;

    @Inject
    Containment containment;

    @Inject
    GeneralManagerDecision generalManager;

    @Inject
    RecallEvaluation recall;

    @Inject
    WrittenReply reply;

    @Inject
    FeedbackClosing closing;

    @Inject
    DeadlinePause pause;

    @Inject
    FeedbackCases cases;

    @Inject
    CustomerVisits visits;

    @Inject
    QualityCosts costs;

    @Inject
    CorrectiveActions actions;

    @Inject
    Customers customers;

    @Inject
    Products products;

    @Inject
    WorkingCalendars calendars;

    @Inject
    ProcedureSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    MajorCaseNotice notice;

    @Inject
    Outbox outbox;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedThreadFactory threads;

    // --- CF-05: general quality question, 2 working days ---

    @Test
    void generalQuestionIsRepliedAndClosedWithinTwoWorkingDays() throws Exception {
        long id = receivedBy(Department.PRODUCTION, "C1001", "V-200", "L2026-0901", "Valve hums at low pressure");
        Feedback registered = register(id, "C1001", "V-200", FeedbackType.QUALITY_PROBLEM, Severity.GENERAL_QUESTION);

        assertTrue(registered
                .getNumber()
                .startsWith(
                        "FB-" + registered.getRegisteredAt().atZone(SHANGHAI).getYear() + "-"));
        FeedbackNumber.parse(registered.getNumber());
        assertEquals(FeedbackStatus.REGISTERED, registered.getStatus());
        assertEquals(
                deadlines().reply(Severity.GENERAL_QUESTION, registered.getRegisteredAt()), registered.getReplyDueAt());
        var open = openKinds(id);
        assertEquals(
                Set.of(TaskKind.REPLY, TaskKind.ANALYSE, TaskKind.TECHNICAL_REVIEW, TaskKind.GM_REVIEW),
                open,
                "registration closes REGISTER, opens reply and analysis, and TECHNICAL reads the form (CF-04);"
                        + " the general manager's review waits since receipt (CF-02)");

        analyse(id, CauseCategory.METHOD, Department.PRODUCTION);
        assertEquals(Set.of(TaskKind.REPLY, TaskKind.TECHNICAL_REVIEW, TaskKind.GM_REVIEW), openKinds(id));
        sendReply(id);
        Feedback closed = as.sales(() -> closing.close(id));
        assertEquals(FeedbackStatus.CLOSED, closed.getStatus());
        assertTrue(openKinds(id).isEmpty());
        assertThrows(RuleViolation.class, () -> as.sales(() -> reply.saveDraft(id, "again", "en")));
    }

    // --- CF-05/CF-10: small batch with a corrective action verified from data ---

    @Test
    void smallBatchClosesOnlyAfterItsActionIsVerifiedAndAFailedVerificationOpensANewAction() throws Exception {
        long id = receivedBy(Department.SALES, "C1006", "B-120", "L2026-1101", "Bracket holes off by 0.5 mm");
        Feedback registered = register(id, "C1006", "B-120", FeedbackType.QUALITY_PROBLEM, Severity.SMALL_BATCH);
        assertEquals(deadlines().reply(Severity.SMALL_BATCH, registered.getRegisteredAt()), registered.getReplyDueAt());
        assertFalse(registered.isHandedOverLate(), "received by SALES itself");
        analyse(id, CauseCategory.MACHINE, Department.PRODUCTION);

        CorrectiveAction action = as.quality(() -> actions.open(new NewAction(
                ActionSource.FEEDBACK,
                id,
                registered.getNumber(),
                ActionKind.CORRECTIVE,
                "Recalibrate the punching die",
                Department.TECHNICAL,
                null,
                LocalDate.now(SHANGHAI).plusDays(5))));
        assertTrue(openKinds(id).contains(TaskKind.ACTION));
        // SALES may not open the actions of a feedback case; PRODUCTION may not complete TECHNICAL's action
        assertRuleViolation(
                "action.feedbackByQuality",
                () -> as.sales(() -> actions.open(new NewAction(
                        ActionSource.FEEDBACK,
                        id,
                        null,
                        ActionKind.CORRECTIVE,
                        "x",
                        Department.SALES,
                        null,
                        LocalDate.now(SHANGHAI)))));
        assertRuleViolation(
                "action.otherDepartment", () -> as.production(() -> actions.complete(action.getId(), "done")));

        int window = settings.value(ProcedureParameter.CF10_VERIFICATION_WINDOW_DAYS);
        CorrectiveAction completed =
                as.technical(() -> actions.complete(action.getId(), "Die recalibrated, report TR-77"));
        assertEquals(ActionStatus.COMPLETED, completed.getStatus());
        if (window > 0) {
            assertThrows(RuleViolation.class, () -> as.quality(() -> actions.verify(action.getId(), true, "ok", null)));
        }
        sendReply(id);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> as.sales(() -> closing.close(id)));
        assertEquals("feedback.close.actionsNotVerified", refused.getMessage());

        // a second complaint with the same product and cause after completion is the data QUALITY sees
        long again = receivedBy(Department.SALES, "C1001", "B-120", "L2026-0902", "Holes off again");
        register(again, "C1001", "B-120", FeedbackType.QUALITY_PROBLEM, Severity.GENERAL_QUESTION);
        analyse(again, CauseCategory.MACHINE, Department.PRODUCTION);
        assertEquals(1L, as.quality(() -> actions.recurrences(action.getId())).getAsLong());

        changes.with(ProcedureParameter.CF10_VERIFICATION_WINDOW_DAYS, 0, () -> {
            CorrectiveAction second = as.quality(() -> actions.open(new NewAction(
                    ActionSource.FEEDBACK,
                    id,
                    registered.getNumber(),
                    ActionKind.PREVENTIVE,
                    "Add a hole gauge at the press",
                    Department.PRODUCTION,
                    null,
                    LocalDate.now(SHANGHAI).plusDays(3))));
            as.production(() -> actions.complete(second.getId(), "Gauge installed"));
            CorrectiveAction failed = as.quality(() -> actions.verify(
                    second.getId(), false, "Recurred", LocalDate.now(SHANGHAI).plusDays(10)));
            assertEquals(ActionStatus.FAILED, failed.getStatus());
            List<CorrectiveAction> all = as.quality(() -> actions.forSource(ActionSource.FEEDBACK, id));
            CorrectiveAction followUp = all.stream()
                    .filter(a -> second.getId().equals(a.getFollowUpOf()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(Department.PRODUCTION, followUp.getOwnerDepartment());
            assertEquals(ActionStatus.OPEN, followUp.getStatus());
            as.production(() -> actions.complete(followUp.getId(), "Gauge replaced by a go/no-go fixture"));
            as.quality(() -> actions.verify(followUp.getId(), true, "No recurrence", null));
            return null;
        });
        // the first action was completed under the longer window: it still waits
        assertEquals(
                "feedback.close.actionsNotVerified",
                assertThrows(RuleViolation.class, () -> as.sales(() -> closing.close(id)))
                        .getMessage());
    }

    // --- CF-10: effectiveness decided by the data ---

    @Test
    void aRecurrenceBlocksEffectiveUnlessTheVerifierWritesWhyAndTheFigureIsStored_CF10() throws Exception {
        long id = receivedBy(Department.SALES, "C1003", "S-310", "L2026-1201", "Seal lips crack after a week");
        Feedback registered = register(id, "C1003", "S-310", FeedbackType.QUALITY_PROBLEM, Severity.SMALL_BATCH);
        analyse(id, CauseCategory.MATERIAL, Department.PRODUCTION);

        changes.with(ProcedureParameter.CF10_VERIFICATION_WINDOW_DAYS, 0, () -> {
            CorrectiveAction action = as.quality(() -> actions.open(new NewAction(
                    ActionSource.FEEDBACK,
                    id,
                    registered.getNumber(),
                    ActionKind.CORRECTIVE,
                    "Change the seal compound",
                    Department.PRODUCTION,
                    null,
                    LocalDate.now(SHANGHAI).plusDays(3))));
            as.production(() -> actions.complete(action.getId(), "Compound changed from lot L2026-1202"));
            assertEquals(
                    0L, as.quality(() -> actions.recurrences(action.getId())).getAsLong());

            // after completion: the same product and cause at another customer, the same customer and
            // cause on another product, and a case that is neither
            long sameProduct = receivedBy(Department.SALES, "C1001", "S-310", "L2026-1203", "Seal lips crack");
            String sameProductNumber = register(
                            sameProduct, "C1001", "S-310", FeedbackType.QUALITY_PROBLEM, Severity.GENERAL_QUESTION)
                    .getNumber();
            analyse(sameProduct, CauseCategory.MATERIAL, Department.PRODUCTION);
            long sameCustomer = receivedBy(Department.SALES, "C1003", "B-120", "L2026-1204", "Bracket coating peels");
            String sameCustomerNumber = register(
                            sameCustomer, "C1003", "B-120", FeedbackType.QUALITY_PROBLEM, Severity.GENERAL_QUESTION)
                    .getNumber();
            analyse(sameCustomer, CauseCategory.MATERIAL, Department.PRODUCTION);
            long neither = receivedBy(Department.SALES, "C1001", "B-120", "L2026-1205", "Bracket coating peels");
            register(neither, "C1001", "B-120", FeedbackType.QUALITY_PROBLEM, Severity.GENERAL_QUESTION);
            analyse(neither, CauseCategory.MATERIAL, Department.PRODUCTION);

            var found = as.quality(() -> actions.recurringCases(action.getId())).orElseThrow();
            assertEquals(2L, found.count());
            assertEquals(List.of(sameProductNumber, sameCustomerNumber), found.caseNumbers());
            assertEquals(
                    2L, as.quality(() -> actions.recurrences(action.getId())).getAsLong());

            // "effective" is refused without a reason, by the old call as by the new one with a blank reason
            RuleViolation refused = assertThrows(
                    RuleViolation.class,
                    () -> as.quality(() -> actions.verify(action.getId(), true, "No complaint about cracks", null)));
            assertEquals("action.verification.recurrenceNeedsJustification", refused.getMessageKey());
            assertEquals(2L, refused.getArguments()[0]);
            assertEquals(
                    "action.verification.recurrenceNeedsJustification",
                    assertThrows(
                                    RuleViolation.class,
                                    () -> as.quality(() -> actions.verify(
                                            action.getId(),
                                            new Verification(true, "No complaint about cracks", null, "  "))))
                            .getMessageKey());
            assertEquals(
                    ActionStatus.COMPLETED,
                    as.quality(() -> actions.find(action.getId())).getStatus());

            CorrectiveAction verified = as.quality(() -> actions.verify(
                    action.getId(),
                    new Verification(
                            true,
                            "New compound holds",
                            null,
                            "Both cracked seals come from lots made before the compound change")));
            assertEquals(ActionStatus.VERIFIED, verified.getStatus());
            CorrectiveAction stored = as.quality(() -> actions.find(action.getId()));
            assertEquals(2, stored.getVerificationRecurrences());
            assertEquals(sameProductNumber + ", " + sameCustomerNumber, stored.getRecurrenceCases());
            assertEquals(
                    "Both cracked seals come from lots made before the compound change",
                    stored.getRecurrenceJustification());
            List<AuditEntry> history =
                    as.quality(() -> audit.history("CorrectiveAction", action.getId(), PageRequest.of(0, 50))
                            .rows());
            assertTrue(
                    history.stream()
                            .anyMatch(
                                    e -> "verificationRecurrences".equals(e.getField()) && "2".equals(e.getNewValue())),
                    "the figure is in the audit trail: "
                            + history.stream()
                                    .map(e -> e.getField() + "=" + e.getNewValue())
                                    .toList());
            return null;
        });
    }

    // --- CF-05: large batch with a special quality analysis meeting ---

    @Test
    void largeBatchHasItsMeetingAndSevenWorkingDays() throws Exception {
        long small = receivedBy(Department.SALES, "C1003", "S-310", "L2026-1003", "Seals leak");
        register(small, "C1003", "S-310", FeedbackType.QUALITY_PROBLEM, Severity.SMALL_BATCH);
        assertThrows(
                RuleViolation.class,
                () -> as.quality(
                        () -> analysis.recordMeeting(small, LocalDate.now(SHANGHAI), "Q, T", "minutes", null)));

        long id = receivedBy(Department.SALES, "C1003", "S-310", "L2026-1003", "20,000 seals leak");
        Feedback registered = register(id, "C1003", "S-310", FeedbackType.QUALITY_PROBLEM, Severity.LARGE_BATCH);
        assertEquals(deadlines().reply(Severity.LARGE_BATCH, registered.getRegisteredAt()), registered.getReplyDueAt());
        assertRefused(() -> as.sales(() -> analysis.recordMeeting(id, LocalDate.now(SHANGHAI), "S", "m", null)));
        Feedback met = as.quality(() -> analysis.recordMeeting(
                id,
                LocalDate.now(SHANGHAI),
                "Quality, Technical, Production",
                "Lip material too hard",
                "Change compound"));
        assertEquals("Lip material too hard", met.getMeeting().getMinutes());

        // CF-04: an information feedback sheet answered by the responsible unit only
        var sheet = as.quality(() -> analysis.issueSheet(
                id,
                Department.TECHNICAL,
                "Check the compound hardness",
                LocalDate.now(SHANGHAI).plusDays(2)));
        assertTrue(openKinds(id).contains(TaskKind.INFORMATION_SHEET));
        assertThrows(RuleViolation.class, () -> as.production(() -> analysis.answerSheet(sheet.getId(), "not ours")));
        as.technical(() -> analysis.answerSheet(sheet.getId(), "Shore A 85 measured, spec 75±5"));
        assertFalse(openKinds(id).contains(TaskKind.INFORMATION_SHEET));
    }

    // --- CF-05/CF-08: major case with the general manager ---

    @Test
    void majorCaseGoesToTheGeneralManagerWhoseInstructionIsNeededToClose() throws Exception {
        long id = receivedBy(Department.QUALITY, "C1002", "P-450", "L2026-0915", "Pump seized in the customer's line");
        register(id, "C1002", "P-450", FeedbackType.QUALITY_PROBLEM, Severity.MAJOR);
        assertTrue(openKinds(id).contains(TaskKind.GM_DECISION), "reported to the general manager at once");
        Task gmTask = as.quality(() -> cases.tasks(id)).stream()
                .filter(t -> t.getKind() == TaskKind.GM_DECISION)
                .findFirst()
                .orElseThrow();
        assertEquals(Department.GENERAL_MANAGER, gmTask.getDepartment());

        analyse(id, CauseCategory.MATERIAL, Department.TECHNICAL);
        sendReply(id);
        assertEquals(
                "feedback.close.noGmInstruction",
                assertThrows(RuleViolation.class, () -> as.sales(() -> closing.close(id)))
                        .getMessage());
        assertRefused(() -> as.sales(() -> generalManager.instruct(id, "Replace all pumps of the lot")));
        Feedback instructed = as.generalManager(() -> generalManager.instruct(id, "Replace all pumps of the lot"));
        assertEquals("it-GENERAL_MANAGER", instructed.getInstruction().getBy());
        assertEquals(FeedbackStatus.CLOSED, as.quality(() -> closing.close(id)).getStatus());
    }

    // --- CF-09: safety complaint with a recall scope from deliveries ---

    @Test
    void safetyComplaintNeedsARecallDecisionWhoseScopeComesFromTheDeliveries() throws Exception {
        long id = receivedBy(Department.SERVICE, "C1003", "P-450", "L2026-0915", "Pump housing cracked under pressure");
        registerWith(
                id,
                new RegistrationForm(
                        customerId("C1003"),
                        null,
                        productId("P-450"),
                        "L2026-0915",
                        3,
                        FeedbackType.QUALITY_PROBLEM,
                        Severity.SMALL_BATCH,
                        null,
                        true,
                        false,
                        false,
                        null));
        assertTrue(openKinds(id).contains(TaskKind.RECALL_EVALUATION));
        assertTrue(openKinds(id).contains(TaskKind.RULES_REAPPRAISAL), "CF-09: the process rules are re-appraised too");

        List<Delivery> scope = as.quality(() -> recall.scope(id));
        Map<String, Integer> byCustomer =
                scope.stream().collect(Collectors.toMap(d -> d.getCustomer().getCode(), Delivery::getQuantity));
        assertEquals(Map.of("C1002", 300, "C1003", 450), byCustomer, "every customer that received lot L2026-0915");

        analyse(id, CauseCategory.MATERIAL, Department.QUALITY);
        sendReply(id);
        assertEquals(
                "feedback.close.noRecallDecision",
                assertThrows(RuleViolation.class, () -> as.sales(() -> closing.close(id)))
                        .getMessage());
        assertRefused(() -> as.technical(() -> recall.decide(id, RecallDecision.RECALL, "cracks")));
        assertThrows(RuleViolation.class, () -> as.quality(() -> recall.decide(id, RecallDecision.RECALL, " ")));
        as.quality(() -> recall.decide(id, RecallDecision.FIELD_ACTION, "Inspect housings at both customers"));
        // CF-09: not closed before QUALITY re-appraised the company's process management rules
        assertEquals(
                "feedback.close.noReappraisal",
                assertThrows(RuleViolation.class, () -> as.sales(() -> closing.close(id)))
                        .getMessage());
        assertRefused(() -> as.technical(() -> recall.reappraiseRules(id, "QP-08 pressure test", "Adequate", null)));
        assertRuleViolation(
                "feedback.reappraisal.incomplete",
                () -> as.quality(() -> recall.reappraiseRules(id, "QP-08 pressure test", " ", null)));
        Feedback reappraised = as.quality(() -> recall.reappraiseRules(
                id,
                "QP-08 pressure test of housings; QP-11 incoming inspection of castings",
                "The pressure test samples too few housings per lot",
                "QP-08: every housing of a lot is pressure-tested"));
        assertEquals("it-QUALITY", reappraised.getReappraisal().getBy());
        assertEquals(
                "QP-08: every housing of a lot is pressure-tested",
                reappraised.getReappraisal().getChangesDecided());
        assertFalse(openKinds(id).contains(TaskKind.RULES_REAPPRAISAL), "the re-appraisal task is done");
        List<AuditEntry> history = as.quality(
                () -> audit.history("Feedback", id, PageRequest.of(0, 200)).rows());
        assertTrue(history.stream()
                .anyMatch(e -> "RECALL_SCOPE".equals(e.getAction())
                        && e.getNewValue().contains("C1002 300")
                        && e.getNewValue().contains("C1003 450")));
        assertEquals(FeedbackStatus.CLOSED, as.sales(() -> closing.close(id)).getStatus());
    }

    // --- CF-02: the general manager reviews every received item; CF-04: TECHNICAL reads the form ---

    @Test
    void everyReceivedItemWaitsForTheGeneralManagersReviewAndALateReviewIsFlagged_CF02() throws Exception {
        long onTime = receivedBy(Department.PRODUCTION, "C1001", "V-200", null, "Operator heard of leaking valves");
        Feedback received = as.quality(() -> cases.find(onTime));
        assertEquals(
                deadlines().managerReview(received.getReceivedAt()),
                received.getManagerReview().getDueAt());
        assertTrue(as.generalManager(() -> cases.tasks(onTime)).stream()
                .anyMatch(t -> t.isOpen()
                        && t.getKind() == TaskKind.GM_REVIEW
                        && t.getDepartment() == Department.GENERAL_MANAGER));
        assertTrue(onReviewList(onTime), "on the general manager's review list");

        assertRefused(() -> as.sales(() -> generalManager.review(onTime)));
        Feedback reviewed = as.generalManager(() -> generalManager.review(onTime));
        assertEquals("it-GENERAL_MANAGER", reviewed.getManagerReview().getReviewedBy());
        assertFalse(reviewed.getManagerReview().isLate());
        assertFalse(onReviewList(onTime), "off the list once reviewed");
        assertFalse(openKinds(onTime).contains(TaskKind.GM_REVIEW));
        assertRuleViolation("feedback.gmReview.already", () -> as.generalManager(() -> generalManager.review(onTime)));

        long late = receivedBy(Department.SALES, "C1001", "V-200", null, "Customer wrote about labels");
        // received 30 hours ago, as if the general manager was away over the weekend: only SQL can do that
        backdateReceipt(late, 30);
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement(
                        "UPDATE feedback SET gm_review_due_at = received_at + INTERVAL '24' HOUR WHERE id = ?")) {
            s.setLong(1, late);
            assertEquals(1, s.executeUpdate());
        }
        entityManagerFactory.getCache().evict(Feedback.class, late);
        assertTrue(
                as.generalManager(() -> generalManager.review(late))
                        .getManagerReview()
                        .isLate(),
                "reviewed after 24 hours: flagged late");
    }

    @Test
    void technicalReadsTheRegisteredFormAndItsOpinionIsKeptForQuality_CF04() throws Exception {
        long id = receivedBy(Department.SALES, "C1002", "V-200", "L2026-0901", "Valve stem bends");
        register(id, "C1002", "V-200", FeedbackType.QUALITY_PROBLEM, Severity.SMALL_BATCH);
        assertTrue(
                openKinds(id).containsAll(Set.of(TaskKind.ANALYSE, TaskKind.TECHNICAL_REVIEW)),
                "the form reaches QUALITY and TECHNICAL");
        assertTrue(as.technical(() -> cases.tasks(id)).stream()
                .anyMatch(t -> t.isOpen()
                        && t.getKind() == TaskKind.TECHNICAL_REVIEW
                        && t.getDepartment() == Department.TECHNICAL));
        assertRefused(() -> as.quality(() -> analysis.giveTechnicalOpinion(id, "Material too soft")));
        assertRuleViolation(
                "feedback.technicalOpinion.required", () -> as.technical(() -> analysis.giveTechnicalOpinion(id, " ")));
        as.technical(() -> analysis.giveTechnicalOpinion(id, "Stem material below the drawing's hardness"));
        Feedback seen = as.quality(() -> cases.find(id));
        assertEquals(
                "Stem material below the drawing's hardness",
                seen.getTechnicalOpinion().getText());
        assertEquals("it-TECHNICAL", seen.getTechnicalOpinion().getBy());
        assertFalse(openKinds(id).contains(TaskKind.TECHNICAL_REVIEW), "read and answered");

        long other = receivedBy(Department.SALES, "C1002", "V-200", null, "Question on delivery papers");
        register(other, "C1002", "V-200", FeedbackType.QUALITY_PROBLEM, Severity.GENERAL_QUESTION);
        as.technical(() -> {
            analysis.markFormRead(other);
            return null;
        });
        assertFalse(openKinds(other).contains(TaskKind.TECHNICAL_REVIEW), "read without an opinion");
        assertFalse(as.quality(() -> cases.find(other)).getTechnicalOpinion().isGiven());
    }

    @Test
    void theGeneralManagerIsToldOfAMajorOrSafetyCaseWhenItOpensOnceEach_CF08() throws Exception {
        long id = receivedBy(Department.SALES, "C1001", "V-200", null, "Valves burst at the customer's plant");
        register(id, "C1001", "V-200", FeedbackType.QUALITY_PROBLEM, Severity.MAJOR);
        boolean workingTime = calendars.current().isWorkingMoment(java.time.Instant.now());
        long toldAtOnce = toldOfOpening(id);
        // in working hours at once; outside them the escalation run at the next working-hour start tells
        assertEquals(workingTime ? 1 : 0, toldAtOnce, "told at registration only in working hours");
        notice.announcePending();
        assertEquals(1, toldOfOpening(id), "told once after the escalation run");
        // and by mail, in the general manager's language (the demo general manager reads Chinese)
        var mail = outbox.findByEventKey("case-opened-" + id + ":gm").orElseThrow();
        assertEquals("gm@quality-desk.example", mail.getRecipient());
        String number = as.quality(() -> cases.find(id)).getNumber();
        assertTrue(mail.getSubject().contains(number) && mail.getSubject().contains("重大案件"), mail.getSubject());
        notice.announcePending();
        assertEquals(1, toldOfOpening(id), "and never twice");

        long small = receivedBy(Department.SALES, "C1001", "V-200", null, "Scratches on two valves");
        register(small, "C1001", "V-200", FeedbackType.QUALITY_PROBLEM, Severity.SMALL_BATCH);
        notice.announcePending();
        assertEquals(0, toldOfOpening(small), "a small batch is not announced");
    }

    private long toldOfOpening(long feedbackId) {
        return em.createQuery(
                        "select count(n) from Notification n where n.feedbackId = :id and n.recipient = :gm"
                                + " and n.messageKey in :keys",
                        Long.class)
                .setParameter("id", feedbackId)
                .setParameter("gm", "gm")
                .setParameter("keys", List.of(MajorCaseNotice.MAJOR, MajorCaseNotice.SAFETY))
                .getSingleResult();
    }

    private boolean onReviewList(long id) throws Exception {
        return as
                .generalManager(() -> cases.page(
                                new PageRequest(0, 500, null, true, Map.of(FeedbackCases.AWAITING_GM_REVIEW, "true")))
                        .rows())
                .stream()
                .anyMatch(f -> f.getId() == id);
    }

    // --- CF-11: the customer visit kept on the case ---

    @Test
    void aVisitRecordIsKeptOnTheCaseWithWhoAndWhen_CF11() throws Exception {
        long id = receivedBy(Department.SALES, "C1004", "V-200", "L2026-0901", "Valves chatter on the customer's line");
        assertRuleViolation(
                "feedback.notRegistered",
                () -> as.service(() -> visits.save(id, visit(LocalDate.now(SHANGHAI), "Huang Lei", "Chatter"))));
        register(id, "C1004", "V-200", FeedbackType.QUALITY_PROBLEM, Severity.SMALL_BATCH);

        LocalDate visitDay = LocalDate.now(SHANGHAI).minusDays(1);
        CustomerVisit onSite = visit(visitDay, "Huang Lei (service), Zhang Wei (technical)", "Spring seat worn");
        onSite.setCustomerOpinion("Satisfied with the quick visit, wants the root cause in writing");
        onSite.setReportedTo("quality");
        CustomerVisit saved = as.service(() -> visits.save(id, onSite));
        assertNotNull(saved.getId());
        as.technical(() -> visits.save(id, visit(visitDay, "Zhang Wei", "Measured the seat: 0.3 mm wear")));

        // what QUALITY reads on the case: both visits, in the order they were recorded, with who, when and what
        List<CustomerVisit> onTheCase = as.quality(() -> visits.of(id));
        assertEquals(2, onTheCase.size());
        CustomerVisit first = onTheCase.get(0);
        assertEquals(id, first.getFeedbackId());
        assertEquals(visitDay, first.getVisitDate());
        assertEquals("Huang Lei (service), Zhang Wei (technical)", first.getInvestigators());
        assertEquals("Spring seat worn", first.getFindings());
        assertEquals("Satisfied with the quick visit, wants the root cause in writing", first.getCustomerOpinion());
        assertEquals("quality", first.getReportedTo());
        assertEquals("Measured the seat: 0.3 mm wear", onTheCase.get(1).getFindings());

        // the record keeps who wrote it and when (CF-14), and a later edit with old and new value
        List<AuditEntry> created = as.quality(() -> audit.history("CustomerVisit", saved.getId(), PageRequest.of(0, 50))
                .rows());
        assertTrue(created.stream()
                .anyMatch(e -> AuditTrail.CREATED.equals(e.getAction())
                        && "findings".equals(e.getField())
                        && "Spring seat worn".equals(e.getNewValue())
                        && "it-SERVICE".equals(e.getChangedBy())
                        && e.getChangedAt() != null));
        first.setCustomerOpinion("Accepts the replacement of the springs");
        as.sales(() -> visits.save(id, first));
        assertTrue(
                as
                        .quality(() -> audit.history("CustomerVisit", saved.getId(), PageRequest.of(0, 50))
                                .rows())
                        .stream()
                        .anyMatch(e -> AuditTrail.CHANGED.equals(e.getAction())
                                && "customerOpinion".equals(e.getField())
                                && "Accepts the replacement of the springs".equals(e.getNewValue())
                                && "it-SALES".equals(e.getChangedBy())));

        // who may record: not PRODUCTION, not FINANCE
        assertRefused(() -> as.production(() -> visits.save(id, visit(visitDay, "Liu Yang", "x"))));
        assertRefused(() -> as.finance(() -> visits.of(id)));

        // bad input is refused with its message key, and a visit stays on its own case
        assertEquals(
                Set.of("{visit.findings.required}"),
                refusedFields(() -> as.service(() -> visits.save(id, visit(visitDay, "Huang Lei", " ")))));
        assertEquals(
                Set.of("{visit.date.required}", "{visit.investigators.required}"),
                refusedFields(() -> as.service(() -> visits.save(id, visit(null, "", "Seat worn")))));
        long other = receivedBy(Department.SALES, "C1001", "V-200", null, "Another valve");
        register(other, "C1001", "V-200", FeedbackType.QUALITY_PROBLEM, Severity.GENERAL_QUESTION);
        CustomerVisit ofTheFirstCase = as.quality(() -> visits.of(id)).get(1);
        assertRuleViolation("feedback.record.otherCase", () -> as.service(() -> visits.save(other, ofTheFirstCase)));
        assertEquals(2, as.quality(() -> visits.of(id)).size(), "nothing refused was stored");
        assertTrue(as.quality(() -> visits.of(other)).isEmpty());

        // a closed case keeps its visits and takes no new one
        analyse(id, CauseCategory.MATERIAL, Department.PRODUCTION);
        sendReply(id);
        as.sales(() -> closing.close(id));
        assertRuleViolation(
                "feedback.closed",
                () -> as.service(() -> visits.save(id, visit(LocalDate.now(SHANGHAI), "Huang Lei", "Follow-up"))));
        assertEquals(2, as.generalManager(() -> visits.of(id)).size());
    }

    // --- CF-13: quality costs per kind and bearer, totals per case and per month ---

    @Test
    void qualityCostsAreKeptPerKindAndBearerAndTotalledPerCaseAndMonthInEachCurrency_CF13() throws Exception {
        long id = receivedBy(Department.SERVICE, "C1002", "P-450", "L2026-0915", "Pumps returned, ours by fault");
        register(id, "C1002", "P-450", FeedbackType.RETURN_REQUEST, Severity.SMALL_BATCH);

        YearMonth month = YearMonth.now(SHANGHAI);
        YearMonth previous = month.minusMonths(1);
        // other tests may book costs in these months too: the totals must grow by exactly what this case adds
        Map<String, BigDecimal> monthBefore = as.finance(() -> costs.totalOf(month));
        Map<String, BigDecimal> previousBefore = as.finance(() -> costs.totalOf(previous));

        as.quality(() -> costs.save(
                id, cost(CostKind.RETURN, "1200.50", "CNY", CostBearer.COMPANY, month.atDay(1), "12 pumps back")));
        as.sales(() -> costs.save(
                id, cost(CostKind.EXTRA_FREIGHT, "300.00", "CNY", CostBearer.CARRIER, month.atEndOfMonth(), null)));
        as.finance(() -> costs.save(
                id, cost(CostKind.ON_SITE_SERVICE, "150.00", "USD", CostBearer.COMPANY, month.atDay(1), null)));
        as.finance(() -> costs.save(
                id,
                cost(CostKind.REPLACEMENT, "80.00", "CNY", CostBearer.SUPPLIER, previous.atEndOfMonth(), "seal kit")));

        // the case's costs, each with its kind and who bears it
        List<QualityCost> booked = as.generalManager(() -> costs.of(id));
        assertEquals(
                List.of(
                        "RETURN 1200.50 CNY COMPANY",
                        "EXTRA_FREIGHT 300.00 CNY CARRIER",
                        "ON_SITE_SERVICE 150.00 USD COMPANY",
                        "REPLACEMENT 80.00 CNY SUPPLIER"),
                booked.stream()
                        .map(c -> c.getKind() + " " + c.getAmount().setScale(2) + " " + c.getCurrency() + " "
                                + c.getBorneBy())
                        .toList());
        assertAmounts(Map.of("CNY", "1580.50", "USD", "150.00"), as.generalManager(() -> costs.totalOf(id)));

        // the month's total per currency: the first and the last day count, the previous month's cost does not
        assertAmounts(
                plus(monthBefore, Map.of("CNY", "1500.50", "USD", "150.00")), as.finance(() -> costs.totalOf(month)));
        assertAmounts(plus(previousBefore, Map.of("CNY", "80.00")), as.finance(() -> costs.totalOf(previous)));

        // who may record: SALES, QUALITY and FINANCE; the general manager reads; TECHNICAL and PRODUCTION neither
        QualityCost byGm = cost(CostKind.COMPENSATION, "10.00", "CNY", CostBearer.COMPANY, month.atDay(1), null);
        assertRefused(() -> as.generalManager(() -> costs.save(id, byGm)));
        assertRefused(() -> as.technical(() -> costs.save(id, byGm)));
        assertRefused(() -> as.production(() -> costs.of(id)));

        // bad input is refused with its message key
        assertEquals(
                Set.of("{cost.amount.positive}"),
                refusedFields(() -> as.finance(() -> costs.save(
                        id, cost(CostKind.REWORK, "0.00", "CNY", CostBearer.COMPANY, month.atDay(1), null)))));
        assertEquals(
                Set.of("{cost.amount.digits}", "{cost.currency.invalid}"),
                refusedFields(() -> as.finance(() -> costs.save(
                        id, cost(CostKind.REWORK, "12.345", "usd", CostBearer.COMPANY, month.atDay(1), null)))));
        assertEquals(
                Set.of("{cost.kind.required}", "{cost.bearer.required}", "{cost.date.required}"),
                refusedFields(() -> as.finance(() -> costs.save(id, cost(null, "5.00", "CNY", null, null, null)))));
        assertEquals(4, as.finance(() -> costs.of(id)).size(), "nothing refused was stored");
        assertAmounts(
                plus(monthBefore, Map.of("CNY", "1500.50", "USD", "150.00")), as.finance(() -> costs.totalOf(month)));
    }

    // --- CF-06: products in production, containment by PRODUCTION ---

    @Test
    void productionProblemGetsAnUrgentContainmentTaskAndItsResult() throws Exception {
        long id = receivedBy(Department.SALES, "C1006", "B-120", "L2026-1101", "Batch being packed has burrs");
        Feedback registered = registerWith(
                id,
                new RegistrationForm(
                        customerId("C1006"),
                        null,
                        productId("B-120"),
                        "L2026-1101",
                        500,
                        FeedbackType.QUALITY_PROBLEM,
                        Severity.SMALL_BATCH,
                        null,
                        false,
                        true,
                        true,
                        null));
        assertEquals(
                deadlines().urgentContainment(registered.getRegisteredAt()),
                registered.getContainment().getDueAt());
        Task task = as.production(() -> cases.tasks(id)).stream()
                .filter(t -> t.getKind() == TaskKind.CONTAINMENT)
                .findFirst()
                .orElseThrow();
        assertEquals(Department.PRODUCTION, task.getDepartment());

        assertRefused(() ->
                as.quality(() -> containment.record(id, new ContainmentResult(100, 3, Disposition.REWORK, null))));
        assertEquals(
                "feedback.containment.moreNonconformingThanChecked",
                assertThrows(
                                RuleViolation.class,
                                () -> as.production(() -> containment.record(
                                        id, new ContainmentResult(10, 11, Disposition.REWORK, null))))
                        .getMessage());
        analyse(id, CauseCategory.MACHINE, Department.PRODUCTION);
        sendReply(id);
        assertEquals(
                "feedback.close.noContainmentResult",
                assertThrows(RuleViolation.class, () -> as.sales(() -> closing.close(id)))
                        .getMessage());
        as.production(() -> containment.record(id, new ContainmentResult(500, 12, Disposition.REWORK, "deburred")));
        assertEquals(FeedbackStatus.CLOSED, as.sales(() -> closing.close(id)).getStatus());

        // otherwise QUALITY sets 3 to 7 working days; 8 is refused
        long other = receivedBy(Department.SALES, "C1001", "V-200", "L2026-0901", "Coils in stock look scorched");
        register(other, "C1001", "V-200", FeedbackType.QUALITY_PROBLEM, Severity.SMALL_BATCH);
        assertThrows(RuleViolation.class, () -> as.quality(() -> containment.transfer(other, false, 8)));
        Feedback transferred = as.quality(() -> containment.transfer(other, false, 5));
        assertEquals(
                deadlines()
                        .containment(transferred.getRegisteredAt(), 5)
                        .atZone(SHANGHAI)
                        .toLocalDate(),
                transferred.getContainment().getDueAt().atZone(SHANGHAI).toLocalDate());
    }

    // --- wrong departments, severity change, pause, late hand-over ---

    @Test
    void stepsOfOtherDepartmentsAreRefused() throws Exception {
        long id = receivedBy(Department.FINANCE, "C1001", "V-200", "L2026-0901", "Invoice mentions wrong valve");
        RegistrationForm form = new RegistrationForm(
                customerId("C1001"),
                null,
                productId("V-200"),
                null,
                null,
                FeedbackType.OTHER,
                Severity.GENERAL_QUESTION,
                null,
                false,
                false,
                false,
                null);
        assertRefused(() -> as.quality(() -> registration.register(id, form)));
        assertRefused(() -> as.production(() -> registration.register(id, form)));
        as.sales(() -> registration.register(id, form));
        assertRefused(() -> as.sales(() -> analysis.recordCause(id, cause(CauseCategory.MAN))));
        assertRefused(() -> as.technical(() -> analysis.assignResponsibility(id, Department.SALES, null)));
        assertRefused(() -> as.quality(() -> reply.saveDraft(id, "Dear customer", "en")));
        assertRefused(() -> as.technical(() -> closing.close(id)));
        assertRefused(() -> as.production(() -> pause.pause(id, "waiting")));
    }

    @Test
    void severityChangeRecomputesTheDeadlineWithAnAuditEntryAndAPauseMovesIt() throws Exception {
        long id = receivedBy(Department.SALES, "C1005", "S-310", null, "Question about seal storage");
        Feedback registered = register(id, "C1005", null, FeedbackType.SUGGESTION, Severity.GENERAL_QUESTION);
        assertThrows(
                RuleViolation.class, () -> as.quality(() -> registration.changeSeverity(id, Severity.LARGE_BATCH, "")));
        Feedback changed =
                as.quality(() -> registration.changeSeverity(id, Severity.LARGE_BATCH, "More lots affected"));
        assertEquals(deadlines().reply(Severity.LARGE_BATCH, registered.getRegisteredAt()), changed.getReplyDueAt());
        Task replyTask = as.sales(() -> cases.tasks(id)).stream()
                .filter(t -> t.getKind() == TaskKind.REPLY)
                .findFirst()
                .orElseThrow();
        assertEquals(changed.getReplyDueAt(), replyTask.getDueAt());
        List<AuditEntry> history = as.quality(
                () -> audit.history("Feedback", id, PageRequest.of(0, 200)).rows());
        assertTrue(history.stream()
                .anyMatch(e -> "SEVERITY_CHANGED".equals(e.getAction())
                        && e.getNewValue().contains("GENERAL_QUESTION → LARGE_BATCH")
                        && e.getNewValue().contains("More lots affected")));

        assertThrows(RuleViolation.class, () -> as.sales(() -> pause.pause(id, " ")));
        Feedback paused = as.sales(() -> pause.pause(id, "Waiting for the customer's samples"));
        assertNotNull(paused.getPause().getSince());
        assertTrue(as.sales(() -> cases.tasks(id)).stream()
                .filter(Task::isOpen)
                .allMatch(t -> t.getPausedSince() != null));
        Thread.sleep(1500);
        Feedback resumed = as.sales(() -> pause.resume(id));
        // the deadline moved by exactly the working time the pause lasted (none at night)
        java.time.Duration pausedFor = java.time.Duration.parse(
                as
                        .sales(() -> audit.history("Feedback", id, PageRequest.of(0, 200))
                                .rows())
                        .stream()
                        .filter(e -> "RESUMED".equals(e.getAction()))
                        .findFirst()
                        .orElseThrow()
                        .getNewValue());
        assertTrue(pausedFor.compareTo(java.time.Duration.ofMinutes(1)) < 0, pausedFor.toString());
        assertEquals(
                pausedFor.isZero()
                        ? changed.getReplyDueAt()
                        : calendars.current().addWorkingHours(changed.getReplyDueAt(), pausedFor),
                resumed.getReplyDueAt());
        assertEquals(
                resumed.getReplyDueAt(),
                as.sales(() -> cases.tasks(id)).stream()
                        .filter(t -> t.getKind() == TaskKind.REPLY)
                        .findFirst()
                        .orElseThrow()
                        .getDueAt());
    }

    @Test
    void aHandOverAfterItsDeadlineIsFlaggedLate() throws Exception {
        changes.with(ProcedureParameter.CF02_HANDOVER_HOURS, 1, () -> {
            long id = receivedBy(Department.TECHNICAL, "C1004", "V-200", null, "Customer phoned the engineer");
            // the note is backdated as if taken two hours ago: only SQL can do that, the service never would
            backdateReceipt(id, 2);
            Feedback registered =
                    register(id, "C1004", "V-200", FeedbackType.QUALITY_PROBLEM, Severity.GENERAL_QUESTION);
            assertTrue(registered.isHandedOverLate());
            return null;
        });
    }

    // --- CF-02: a letter or call noted afterwards keeps its real receipt time ---

    @Test
    void aLetterReceivedYesterdayIsEnteredWithItsReceiptAndTheHandOverCountsFromIt_CF02() throws Exception {
        long customer = customerId("C1006");
        Instant now = Instant.now();
        Instant yesterday = now.minus(java.time.Duration.ofHours(26)).truncatedTo(ChronoUnit.MINUTES);
        Callable<Feedback> letterOfYesterday = () -> reception.receive(new ReceivedFeedback(
                FeedbackChannel.LETTER,
                customer,
                null,
                null,
                null,
                "Letter: brackets of lot L2026-1101 rusted",
                yesterday));

        // PRODUCTION opened the letter yesterday and enters it today
        Feedback received = as.production(letterOfYesterday);
        assertEquals(Department.PRODUCTION, received.getReceivedDepartment());
        long id = received.getId();
        Feedback kept = as.quality(() -> cases.find(id));
        assertEquals(yesterday, kept.getReceivedAt());
        assertFalse(kept.getEnteredAt().isBefore(now), "the entry time is kept: " + kept.getEnteredAt());
        assertTrue(kept.isEnteredLater());
        assertEquals(yesterday.plus(java.time.Duration.ofHours(24)), kept.getHandOverDueAt());
        assertEquals(deadlines().handOver(yesterday), kept.getHandOverDueAt());
        assertEquals(
                deadlines().managerReview(yesterday), kept.getManagerReview().getDueAt());
        Task handOver = as.sales(() -> cases.tasks(id)).stream()
                .filter(t -> t.getKind() == TaskKind.REGISTER)
                .findFirst()
                .orElseThrow();
        assertEquals(yesterday, handOver.getStartAt(), "SALES's inbox item counts from the receipt");
        assertEquals(kept.getHandOverDueAt(), handOver.getDueAt());
        assertTrue(
                as
                        .quality(() -> audit.history("Feedback", id, PageRequest.of(0, 200))
                                .rows())
                        .stream()
                        .anyMatch(e -> "receivedAt".equals(e.getField())
                                && yesterday.toString().equals(e.getNewValue())),
                "the receipt is in the audit trail (CF-14)");
        // registered today, more than 24 hours after the letter arrived: late
        assertTrue(register(id, "C1006", null, FeedbackType.SUGGESTION, Severity.GENERAL_QUESTION)
                .isHandedOverLate());

        // refused by the service, whatever the screen let through
        assertRuleViolation(
                "feedback.receivedAt.future",
                () -> as.production(() -> reception.receive(new ReceivedFeedback(
                        FeedbackChannel.PHONE,
                        customer,
                        null,
                        null,
                        null,
                        "Call of tomorrow",
                        now.plusSeconds(3600)))));
        LocalDate firstDelivery = em.createQuery(
                        "select min(d.shipDate) from Delivery d where d.customer.id = :id", LocalDate.class)
                .setParameter("id", customer)
                .getSingleResult();
        Instant dayBefore = firstDelivery.minusDays(1).atStartOfDay(SHANGHAI).toInstant();
        RuleViolation early = assertThrows(
                RuleViolation.class,
                () -> as.production(() -> reception.receive(new ReceivedFeedback(
                        FeedbackChannel.VISIT, customer, null, null, null, "Visit before any delivery", dayBefore))));
        assertEquals("feedback.receivedAt.beforeFirstDelivery", early.getMessageKey());
        assertEquals(firstDelivery, early.getArguments()[0]);
    }

    // --- CF-03: numbers under concurrent registration ---

    /**
     * CF-03: twenty people press Register on twenty received items at the same moment. Each item
     * is registered once, the twenty numbers are distinct and consecutive, and each case has its
     * tasks (reply, analysis, the technical reading, containment, recall, the general manager's
     * decision) exactly once: nothing is half-done and nobody is turned away.
     */
    @Test
    void twentySimultaneousRegistrationsGetTwentyConsecutiveNumbersAndTheirTasksOnce_CF03() throws Exception {
        int n = 20;
        List<Long> ids = new ArrayList<>();
        Map<Long, RegistrationForm> forms = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            long id = receivedBy(Department.SALES, "C1001", "V-200", null, "Simultaneous registration " + i);
            ids.add(id);
            forms.put(id, simultaneousForm(i));
        }
        var ready = new CountDownLatch(n);
        var go = new CountDownLatch(1);
        ExecutorService people = Executors.newFixedThreadPool(n, threads);
        Map<Long, Object> outcome = new java.util.TreeMap<>();
        try {
            Map<Long, Future<Feedback>> pressed = new java.util.LinkedHashMap<>();
            for (long id : ids) {
                pressed.put(id, people.submit(() -> {
                    ready.countDown();
                    go.await();
                    return registerWith(id, forms.get(id));
                }));
            }
            assertTrue(ready.await(1, TimeUnit.MINUTES), "all twenty are at the button");
            go.countDown();
            for (var e : pressed.entrySet()) {
                try {
                    outcome.put(e.getKey(), e.getValue().get(3, TimeUnit.MINUTES));
                } catch (ExecutionException failed) {
                    outcome.put(e.getKey(), failed.getCause());
                }
            }
        } finally {
            people.shutdownNow();
        }
        var failures = outcome.values().stream()
                .filter(Throwable.class::isInstance)
                .map(t -> describe((Throwable) t))
                .toList();
        assertEquals(List.of(), failures, "every one of the twenty registrations succeeds");

        TreeSet<Integer> sequences = new TreeSet<>();
        Set<Integer> years = new java.util.HashSet<>();
        for (long id : ids) {
            Feedback stored = as.quality(() -> cases.find(id));
            assertEquals(FeedbackStatus.REGISTERED, stored.getStatus(), "#" + id + " is registered");
            FeedbackNumber number = FeedbackNumber.parse(stored.getNumber());
            assertEquals(((Feedback) outcome.get(id)).getNumber(), stored.getNumber(), "the number shown is kept");
            sequences.add(number.sequence());
            years.add(number.year());
            assertTasksOnce(id, forms.get(id));
        }
        assertEquals(1, years.size(), "one year: " + years);
        assertEquals(n, sequences.size(), "no duplicates: " + sequences);
        assertEquals(n - 1, sequences.last() - sequences.first(), "no gaps: " + sequences);
        assertEquals(
                sequences.last(),
                lastNumberTaken(years.iterator().next()),
                "no number was taken and lost: the year's counter stands at the last number given");
    }

    /**
     * CF-03: a registration that cannot have the year's number in time - here another transaction
     * holds the number row through every attempt - fails whole: the person is told that nothing was
     * saved and to press Register again; the item is still received, no number was used, no task
     * opened and no mail queued. The second press, once the row is free, takes the next number.
     */
    @Test
    void aRegistrationThatCannotHaveTheNumberIsRefusedWholeAndTheSecondPressSucceeds_CF03() throws Exception {
        // one registration first, so that this year's number row exists
        long first = receivedBy(Department.SALES, "C1002", "P-450", null, "Registered before the number is held");
        Feedback before = register(first, "C1002", "P-450", FeedbackType.QUALITY_PROBLEM, Severity.GENERAL_QUESTION);
        int year = FeedbackNumber.parse(before.getNumber()).year();
        long id = receivedBy(Department.SALES, "C1002", "P-450", "L-HELD", "Registered while the number is held");
        var form = new RegistrationForm(
                customerId("C1002"),
                null,
                productId("P-450"),
                "L-HELD",
                3,
                FeedbackType.QUALITY_PROBLEM,
                Severity.MAJOR,
                null,
                true,
                true,
                true,
                null);
        List<String> tasksBefore = taskStates(id);
        int last;
        long waited;
        try (var holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (var hold = holder.prepareStatement(
                    "UPDATE feedback_number_sequence SET last_value = last_value WHERE feedback_year = ?")) {
                hold.setInt(1, year);
                assertEquals(1, hold.executeUpdate(), "the year's number row is held");
            }
            try (var read = holder.prepareStatement(
                    "SELECT last_value FROM feedback_number_sequence WHERE feedback_year = ?")) {
                read.setInt(1, year);
                try (var r = read.executeQuery()) {
                    assertTrue(r.next());
                    last = r.getInt(1);
                }
            }
            // pressed in a thread of its own, so that a wait without end fails the test instead of hanging it
            ExecutorService person = Executors.newSingleThreadExecutor(threads);
            long start = System.nanoTime();
            try {
                Future<Feedback> pressed = person.submit(() -> registerWith(id, form));
                var refused = assertThrows(ExecutionException.class, () -> pressed.get(2, TimeUnit.MINUTES));
                assertInstanceOf(RuleViolation.class, refused.getCause(), describe(refused.getCause()));
                assertEquals("feedback.register.busy", refused.getCause().getMessage());
                waited = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            } finally {
                holder.rollback();
                holder.setAutoCommit(true);
                person.shutdownNow();
            }
        }
        assertTrue(waited >= 4, "it waited for the number before giving up: " + waited + " s");
        assertTrue(waited < 60, "the wait is bounded: " + waited + " s");

        Feedback untouched = as.quality(() -> cases.find(id));
        assertEquals(FeedbackStatus.RECEIVED, untouched.getStatus(), "nothing half-done: still received");
        assertEquals(null, untouched.getNumber());
        assertFalse(untouched.isConcernsProduction(), "no containment transfer");
        assertEquals(last, lastNumberTaken(year), "no number was used");
        assertEquals(tasksBefore, taskStates(id), "no task opened or finished");
        assertEquals(
                0L,
                em.createQuery("select count(m) from OutgoingMail m where m.eventKey like :key", Long.class)
                        .setParameter("key", "case-opened-" + id + ":%")
                        .getSingleResult(),
                "no mail queued");
        assertEquals(
                0L,
                em.createQuery("select count(n) from Notification n where n.feedbackId = :id", Long.class)
                        .setParameter("id", id)
                        .getSingleResult(),
                "nobody notified");

        Feedback second = registerWith(id, form);
        assertEquals(FeedbackStatus.REGISTERED, second.getStatus());
        assertEquals(new FeedbackNumber(year, last + 1).toString(), second.getNumber(), "the next number, no gap");
        assertTasksOnce(id, form);
    }

    /** Each task of a case as kind and whether it is open, in the order they were made. */
    private List<String> taskStates(long id) throws Exception {
        return as.quality(() -> cases.tasks(id)).stream()
                .map(t -> t.getKind() + (t.isOpen() ? " open" : " done"))
                .toList();
    }

    /** Every fourth form concerns production, every fifth is a safety complaint, every sixth is major. */
    private RegistrationForm simultaneousForm(int i) throws Exception {
        boolean production = i % 4 == 0;
        return new RegistrationForm(
                customerId("C1001"),
                null,
                productId("V-200"),
                "L-SIM-" + i,
                i + 1,
                FeedbackType.QUALITY_PROBLEM,
                i % 6 == 0 ? Severity.MAJOR : Severity.SMALL_BATCH,
                null,
                i % 5 == 0,
                production,
                production && i % 8 == 0,
                production && i % 8 != 0 ? 5 : null);
    }

    /** The tasks a registration opens, each exactly once, and the REGISTER task done once. */
    private void assertTasksOnce(long id, RegistrationForm form) throws Exception {
        Map<TaskKind, Long> byKind = as.quality(() -> cases.tasks(id)).stream()
                .collect(Collectors.groupingBy(Task::getKind, Collectors.counting()));
        List<TaskKind> expected = new ArrayList<>(
                List.of(TaskKind.REGISTER, TaskKind.REPLY, TaskKind.ANALYSE, TaskKind.TECHNICAL_REVIEW));
        if (form.concernsProduction()) {
            expected.add(TaskKind.CONTAINMENT);
        }
        if (form.safetyRelated()) {
            expected.add(TaskKind.RECALL_EVALUATION);
            expected.add(TaskKind.RULES_REAPPRAISAL);
        }
        if (form.severity() == Severity.MAJOR) {
            expected.add(TaskKind.GM_DECISION);
        }
        for (TaskKind kind : expected) {
            assertEquals(1L, byKind.getOrDefault(kind, 0L), kind + " of #" + id + " once: " + byKind);
        }
        assertTrue(byKind.values().stream().allMatch(c -> c == 1L), "no task of #" + id + " twice: " + byKind);
        assertTrue(
                as.quality(() -> cases.tasks(id)).stream()
                        .filter(t -> t.getKind() == TaskKind.REGISTER)
                        .noneMatch(Task::isOpen),
                "REGISTER of #" + id + " is done");
    }

    private int lastNumberTaken(int year) throws Exception {
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement("SELECT last_value FROM feedback_number_sequence WHERE feedback_year = ?")) {
            s.setInt(1, year);
            try (var r = s.executeQuery()) {
                assertTrue(r.next(), "the year's counter exists");
                return r.getInt(1);
            }
        }
    }

    /** The chain of causes of a failure, one line each, to say in the test report what went wrong. */
    private static String describe(Throwable t) {
        var chain = new StringBuilder();
        Throwable c = t;
        for (int depth = 0; c != null && depth < 12; depth++) {
            chain.append(depth == 0 ? "" : " <- ")
                    .append(c.getClass().getSimpleName())
                    .append(": ")
                    .append(String.valueOf(c.getMessage()).lines().findFirst().orElse(""));
            Throwable next = c.getCause();
            if (next == null && c instanceof EJBException ejb) {
                next = ejb.getCausedByException();
            }
            c = next == c ? null : next;
        }
        return chain.toString();
    }

    // --- helpers ---

    private long receivedBy(Department department, String customer, String product, String lot, String text)
            throws Exception {
        Callable<Feedback> work = () -> reception.receive(new ReceivedFeedback(
                FeedbackChannel.PHONE,
                customerId(customer),
                null,
                product == null ? null : productId(product),
                lot,
                text));
        Feedback received =
                switch (department) {
                    case SALES -> as.sales(work);
                    case QUALITY -> as.quality(work);
                    case TECHNICAL -> as.technical(work);
                    case PRODUCTION -> as.production(work);
                    case FINANCE -> as.finance(work);
                    case SERVICE -> as.service(work);
                    default -> as.admin(work);
                };
        assertEquals(FeedbackStatus.RECEIVED, received.getStatus());
        assertEquals(department, received.getReceivedDepartment());
        return received.getId();
    }

    private Feedback register(long id, String customer, String product, FeedbackType type, Severity severity)
            throws Exception {
        return registerWith(
                id,
                new RegistrationForm(
                        customerId(customer),
                        null,
                        product == null ? null : productId(product),
                        null,
                        1,
                        type,
                        severity,
                        null,
                        false,
                        false,
                        false,
                        null));
    }

    private Feedback registerWith(long id, RegistrationForm form) throws Exception {
        return as.sales(() -> registration.register(id, form));
    }

    private void analyse(long id, CauseCategory category, Department responsible) throws Exception {
        as.technical(() -> analysis.recordCause(id, cause(category)));
        as.quality(() -> analysis.assignResponsibility(id, responsible, null));
    }

    private static AnalysisForm cause(CauseCategory category) {
        return new AnalysisForm("Why did it fail?", "Because a setting drifted", null, null, null, "Drift", category);
    }

    private void sendReply(long id) throws Exception {
        as.sales(() -> reply.saveDraft(id, "Dear customer, we found the cause and acted on it.", "en"));
        as.sales(() -> reply.recordSent(id, LocalDate.now(SHANGHAI), FeedbackChannel.EMAIL));
    }

    private Set<TaskKind> openKinds(long id) throws Exception {
        return as.quality(() -> cases.tasks(id)).stream()
                .filter(Task::isOpen)
                .map(Task::getKind)
                .collect(Collectors.toSet());
    }

    private Deadlines deadlines() {
        return new Deadlines(calendars.current(), settings::value);
    }

    private long customerId(String code) throws Exception {
        return as.sales(() -> customers.findByCode(code).orElseThrow().getId());
    }

    private long productId(String code) throws Exception {
        return as.sales(() -> products.findByCode(code).orElseThrow().getId());
    }

    @Test
    void anImprovementFromTheMonthlyFiguresIsNotedByItsOwnerAndPassesOnlyWithTheFigureStated_IM01() throws Exception {
        var action = as.sales(() -> actions.open(new NewAction(
                ActionSource.MONTHLY_FIGURES,
                1L,
                "Excess freight 2026-10",
                ActionKind.IMPROVEMENT,
                "Book the second deliveries with the regular carrier, not express",
                Department.FINANCE,
                null,
                LocalDate.now().plusDays(30))));
        assertEquals(ActionStatus.OPEN, action.getStatus());
        as.finance(() -> actions.note(action.getId(), "Carrier contract under negotiation"));
        as.sales(() -> actions.note(action.getId(), "Sales asks for the new rates by the 20th"));
        assertRuleViolation(
                "action.otherDepartment", () -> as.production(() -> actions.note(action.getId(), "not ours")));
        assertRuleViolation("action.note.required", () -> as.finance(() -> actions.note(action.getId(), "  ")));
        var notes = as.finance(() -> actions.notes(action.getId()));
        assertEquals(2, notes.size());
        assertEquals("Sales asks for the new rates by the 20th", notes.get(0).getNote(), "the newest first");

        changes.with(ProcedureParameter.CF10_VERIFICATION_WINDOW_DAYS, 0, () -> {
            as.finance(() -> actions.complete(action.getId(), "Regular carrier contract FR-2026-7 signed"));
            assertRuleViolation(
                    "action.notOpen", () -> as.finance(() -> actions.note(action.getId(), "after completion")));
            assertRuleViolation(
                    "action.verification.noFigure.STATED",
                    () -> as.quality(() -> actions.verify(
                            action.getId(), new Verification(true, "Freight is down", null, null, " "))));
            var verified = as.quality(() -> actions.verify(
                    action.getId(),
                    new Verification(
                            true, "Freight is down", null, null, "Excess freight 48,000 → 12,000 CNY a month")));
            assertEquals(ActionStatus.VERIFIED, verified.getStatus());
            assertEquals(com.qualitydesk.action.VerificationBasis.STATED, verified.getVerificationBasis());
            assertEquals("Excess freight 48,000 → 12,000 CNY a month", verified.getFigureText());
            return null;
        });
    }

    @Resource(lookup = com.qualitydesk.persistence.DatabaseMigration.DATA_SOURCE)
    javax.sql.DataSource dataSource;

    @jakarta.persistence.PersistenceUnit
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    private void backdateReceipt(long id, int hours) throws Exception {
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement(
                        "UPDATE feedback SET received_at = received_at - INTERVAL '" + hours + "' HOUR WHERE id = ?")) {
            s.setLong(1, id);
            assertEquals(1, s.executeUpdate());
        }
        entityManagerFactory.getCache().evict(Feedback.class, id);
    }

    private static CustomerVisit visit(LocalDate day, String investigators, String findings) {
        var visit = new CustomerVisit();
        visit.setVisitDate(day);
        visit.setInvestigators(investigators);
        visit.setFindings(findings);
        return visit;
    }

    private static QualityCost cost(
            CostKind kind, String amount, String currency, CostBearer bearer, LocalDate day, String note) {
        var cost = new QualityCost();
        cost.setKind(kind);
        cost.setAmount(new BigDecimal(amount));
        cost.setCurrency(currency);
        cost.setBorneBy(bearer);
        cost.setIncurredOn(day);
        cost.setNote(note);
        return cost;
    }

    private static Map<String, String> plus(Map<String, BigDecimal> before, Map<String, String> added) {
        var sum = new java.util.TreeMap<String, String>();
        before.forEach(
                (currency, amount) -> sum.put(currency, amount.setScale(2).toPlainString()));
        added.forEach((currency, amount) -> sum.merge(currency, amount, (a, b) -> new BigDecimal(a)
                .add(new BigDecimal(b))
                .toPlainString()));
        return sum;
    }

    private static void assertAmounts(Map<String, String> expected, Map<String, BigDecimal> actual) {
        var shown = new java.util.TreeMap<String, String>();
        actual.forEach(
                (currency, amount) -> shown.put(currency, amount.setScale(2).toPlainString()));
        assertEquals(new java.util.TreeMap<>(expected), shown);
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

    private static void assertRuleViolation(String key, org.junit.jupiter.api.function.Executable call) {
        assertEquals(key, assertThrows(RuleViolation.class, call).getMessage());
    }

    /** The container refuses the call for the caller's department before the service runs. */
    private static void assertRefused(org.junit.jupiter.api.function.Executable call) {
        Exception e = assertThrows(Exception.class, call);
        assertInstanceOf(EJBAccessException.class, rootCause(e), e.toString());
    }

    private static Throwable rootCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return t;
            }
            if (t instanceof EJBException ejb && ejb.getCausedByException() instanceof EJBAccessException access) {
                return access;
            }
        }
        return e;
    }
}
