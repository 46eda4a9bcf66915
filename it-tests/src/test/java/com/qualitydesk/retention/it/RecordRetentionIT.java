package com.qualitydesk.retention.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.action.ActionKind;
import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.ActionStatus;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.aftersales.ServiceRecord;
import com.qualitydesk.aftersales.ServiceRecordKind;
import com.qualitydesk.attachment.Attachment;
import com.qualitydesk.audit.AuditEntry;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.customer.CommunicationKind;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.CustomerCommunication;
import com.qualitydesk.customer.SurveyChannel;
import com.qualitydesk.feedback.CaseRegistration;
import com.qualitydesk.feedback.ChangeKind;
import com.qualitydesk.feedback.ChangeProposal;
import com.qualitydesk.feedback.CostBearer;
import com.qualitydesk.feedback.CostKind;
import com.qualitydesk.feedback.CustomerVisit;
import com.qualitydesk.feedback.Deadlines;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackChannel;
import com.qualitydesk.feedback.FeedbackType;
import com.qualitydesk.feedback.InformationSheet;
import com.qualitydesk.feedback.QualityCost;
import com.qualitydesk.feedback.Severity;
import com.qualitydesk.it.support.Departments;
import com.qualitydesk.it.support.RealWar;
import com.qualitydesk.retention.ExpiryBlocker;
import com.qualitydesk.retention.ExpiryCandidate;
import com.qualitydesk.retention.ExpiryCandidates;
import com.qualitydesk.retention.ExpiryConfirmation;
import com.qualitydesk.retention.ExpiryProposal;
import com.qualitydesk.retention.ExpiryStatus;
import com.qualitydesk.retention.ExpiryTombstone;
import com.qualitydesk.retention.ExpiryTombstones;
import com.qualitydesk.retention.LegalHold;
import com.qualitydesk.retention.LegalHolds;
import com.qualitydesk.retention.RecordExpiry;
import com.qualitydesk.retention.RecordFilter;
import com.qualitydesk.retention.RecordKey;
import com.qualitydesk.retention.RecordKind;
import com.qualitydesk.retention.RetentionOverview;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSetting;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.survey.CampaignStatus;
import com.qualitydesk.survey.Invitation;
import com.qualitydesk.survey.InvitationToken;
import com.qualitydesk.survey.Questionnaire;
import com.qualitydesk.survey.ReplyCode;
import com.qualitydesk.survey.SurveyCampaign;
import com.qualitydesk.survey.SurveyReply;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * CC-03 record retention in the real WAR, on H2 and PostgreSQL: records past their period are
 * listed with what blocks them; an expiry needs ADMIN to propose it with a reason and another person
 * of QUALITY to confirm it, and leaves a tombstone in the audit trail; a legal hold, open work or a
 * raised period refuses it, at the proposal and again at the confirmation; nothing is removed but
 * the records and what belongs to them alone. Each test keeps to a customer of its own: the
 * database is shared with the other test classes.
 */
@ExtendWith(ArquillianExtension.class)
class RecordRetentionIT {

    /** One person who is in ADMIN and in QUALITY (a small company's quality manager with the keys). */
    private static final String BOTH = "it-ADMIN-QUALITY";

    @Deployment
    static WebArchive deployment() throws Exception {
        var war = RealWar.withTestsInsideAndDepartmentGroups(Departments.class, RecordRetentionIT.class);
        String web = text(war, "WEB-INF/glassfish-web.xml")
                .replace(
                        "<principal-name>it-ADMIN</principal-name>",
                        "<principal-name>it-ADMIN</principal-name><principal-name>" + BOTH + "</principal-name>")
                .replace(
                        "<principal-name>it-QUALITY</principal-name>",
                        "<principal-name>it-QUALITY</principal-name><principal-name>" + BOTH + "</principal-name>");
        war.delete("WEB-INF/glassfish-web.xml");
        war.addAsWebInfResource(new StringAsset(web), "glassfish-web.xml");
        String ejb = text(war, "WEB-INF/glassfish-ejb-jar.xml")
                .replace(
                        "</enterprise-beans>",
                        "<ejb><ejb-name>AsAdminInQuality</ejb-name><principal><name>" + BOTH
                                + "</name></principal></ejb>\n</enterprise-beans>");
        war.delete("WEB-INF/glassfish-ejb-jar.xml");
        war.addAsWebInfResource(new StringAsset(ejb), "glassfish-ejb-jar.xml");
        return war;
    }

    private static String text(WebArchive war, String path) throws Exception {
        try (var in = war.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The one person in ADMIN and QUALITY, run as {@link #BOTH}. */
    @Stateless
    @RunAs(Role.ADMIN)
    public static class AsAdminInQuality {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    /** Old records written as they were written then: the services would date them today. */
    @Stateless
    @PermitAll
    public static class OldRecords {
        @PersistenceContext
        EntityManager em;

        @Inject
        Clock clock;

        @Inject
        WorkingCalendars calendars;

        @Inject
        ProcedureSettings settings;

        public Customer customer() {
            var c = new Customer(
                    "RT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), null, "Retention test");
            em.persist(c);
            var contact = new Contact(c, "Retention contact");
            contact.setLanguage("en");
            contact.setSurveyChannel(SurveyChannel.EMAIL);
            em.persist(contact);
            return c;
        }

        public Instant daysAgo(int days) {
            return clock.instant().minus(Duration.ofDays(days));
        }

        public CustomerCommunication communication(Customer c, CommunicationKind kind, int daysAgo, String reference) {
            var note = new CustomerCommunication(
                    em.find(Customer.class, c.getId()), kind, daysAgo(daysAgo), "Old " + kind, reference);
            note.setEnteredBy("sales");
            em.persist(note);
            return note;
        }

        public ServiceRecord serviceRecord(Customer c, ServiceRecordKind kind, int daysAgo, ServiceRecord corrects) {
            var r = new ServiceRecord(kind);
            r.setCustomer(em.find(Customer.class, c.getId()));
            r.setOccurredAt(daysAgo(daysAgo));
            r.setServedBy("Retention tester");
            r.setSummary("Call about an old lot");
            r.setWrittenBy("service");
            r.setWrittenAt(daysAgo(daysAgo));
            if (corrects != null) {
                r.setCorrects(em.find(ServiceRecord.class, corrects.getId()));
            }
            if (kind == ServiceRecordKind.ON_SITE) {
                r.setArrivalAt(daysAgo(daysAgo));
                r.setDepartureAt(daysAgo(daysAgo).plusSeconds(3600));
                r.setWorkDone("Replaced a seal");
            }
            em.persist(r);
            return r;
        }

        public void confirmationNeeded(ServiceRecord r) {
            em.find(ServiceRecord.class, r.getId()).setConfirmationNeeded(true);
        }

        public Task step(ServiceRecord r, Department department, boolean done) {
            var task = new Task(
                    TaskKind.SERVICE_RECORD,
                    department,
                    null,
                    null,
                    null,
                    r.getReference(),
                    "Keep it",
                    daysAgo(1300),
                    null);
            task.setRecordId(r.getId());
            if (done) {
                task.setDoneAt(daysAgo(1299));
                task.setDoneBy("sales");
            }
            em.persist(task);
            return task;
        }

        public Attachment file(String ownerType, long ownerId) {
            var a = new Attachment(ownerType, ownerId, "letter.pdf", "application/pdf", "%PDF-1.4".getBytes());
            a.setUploadedAt(daysAgo(1300));
            a.setUploadedBy("service");
            em.persist(a);
            return a;
        }

        public SurveyReply reply(Customer c, CampaignStatus status, int daysAgo) {
            Questionnaire q = em.createQuery("select q from Questionnaire q order by q.id", Questionnaire.class)
                    .setMaxResults(1)
                    .getSingleResult();
            LocalDate start = LocalDate.now(clock).minusDays(daysAgo + 90);
            var campaign = new SurveyCampaign(
                    "RT " + UUID.randomUUID().toString().substring(0, 8), q, start, start.plusDays(89));
            campaign.setDispatchDate(start.plusDays(90));
            campaign.setDeadline(start.plusDays(110));
            campaign.setStatus(status);
            em.persist(campaign);
            Contact contact = em.createQuery("select k from Contact k where k.customer.id = :c", Contact.class)
                    .setParameter("c", c.getId())
                    .getSingleResult();
            var invitation = new Invitation(
                    campaign,
                    contact,
                    InvitationToken.issue(daysAgo(daysAgo - 30)),
                    ReplyCode.issue(),
                    daysAgo(daysAgo + 5));
            em.persist(invitation);
            var reply = new SurveyReply(invitation, daysAgo(daysAgo));
            q.getItems().forEach(item -> reply.answer(item, 4, null));
            reply.submit(daysAgo(daysAgo));
            em.persist(reply);
            return reply;
        }

        public CorrectiveAction openAction(SurveyReply reply) {
            var a = new CorrectiveAction();
            a.setSourceType(ActionSource.SURVEY_REPLY);
            a.setSourceId(reply.getId());
            a.setSourceReference("RT reply");
            a.setKind(ActionKind.CORRECTIVE);
            a.setDescription("Delivery late twice");
            a.setOwnerDepartment(Department.SALES);
            a.setDueDate(LocalDate.now(clock).plusDays(10));
            a.setStatus(ActionStatus.OPEN);
            a.setCreatedAt(clock.instant());
            a.setCreatedBy("sales");
            em.persist(a);
            return a;
        }

        /**
         * CF-03, CF-12: a case received, registered, answered and closed the given number of days
         * ago (a delivery complaint: no product, no instruction, no recall needed).
         */
        public Feedback closedCase(Customer c, int closedDaysAgo) {
            var deadlines = new Deadlines(calendars.current(), settings::value);
            Customer customer = em.find(Customer.class, c.getId());
            Instant received = daysAgo(closedDaysAgo + 30);
            var f = Feedback.received(
                    FeedbackChannel.PHONE,
                    customer,
                    null,
                    null,
                    null,
                    "Two pallets arrived a week late",
                    received,
                    "sales",
                    Department.SALES,
                    deadlines);
            f.register(
                    new CaseRegistration(
                            customer,
                            null,
                            null,
                            null,
                            null,
                            FeedbackType.DELIVERY,
                            Severity.GENERAL_QUESTION,
                            null,
                            false),
                    // a number of the form CF-03 gives, out of the demo's four-digit range
                    () -> "FB-" + LocalDate.ofInstant(received, clock.getZone()).getYear() + "-"
                            + (100000 + new java.util.Random().nextInt(900000)),
                    received.plusSeconds(3600),
                    "sales",
                    deadlines);
            f.draftReply("We changed the carrier.", "en");
            f.recordReplySent(
                    LocalDate.ofInstant(daysAgo(closedDaysAgo + 1), clock.getZone()),
                    FeedbackChannel.EMAIL,
                    "sales",
                    LocalDate.now(clock));
            if (closedDaysAgo >= 0) {
                f.close(List.of(), daysAgo(closedDaysAgo), "quality");
            }
            em.persist(f);
            return f;
        }

        public CorrectiveAction caseAction(Feedback f, ActionStatus status) {
            var a = new CorrectiveAction();
            a.setSourceType(ActionSource.FEEDBACK);
            a.setSourceId(f.getId());
            a.setSourceReference(f.getNumber());
            a.setKind(ActionKind.CORRECTIVE);
            a.setDescription("Change the carrier");
            a.setOwnerDepartment(Department.SALES);
            a.setDueDate(LocalDate.now(clock).minusDays(1300));
            a.setStatus(status);
            a.setCreatedAt(daysAgo(1300));
            a.setCreatedBy("quality");
            em.persist(a);
            return a;
        }

        public QualityCost cost(Feedback f) {
            var cost = new QualityCost();
            cost.setFeedbackId(f.getId());
            cost.setKind(CostKind.EXTRA_FREIGHT);
            cost.setAmount(new BigDecimal("350.00"));
            cost.setBorneBy(CostBearer.COMPANY);
            cost.setIncurredOn(LocalDate.now(clock).minusDays(1300));
            em.persist(cost);
            return cost;
        }

        public CustomerVisit visit(Feedback f, boolean reported) {
            var v = new CustomerVisit();
            v.setFeedbackId(f.getId());
            v.setVisitDate(LocalDate.now(clock).minusDays(1300));
            v.setInvestigators("Quality engineer");
            v.setFindings("Pallets stored outside");
            if (reported) {
                v.setReportedTo("quality manager");
                v.setReportedAt(daysAgo(1299));
            }
            em.persist(v);
            return v;
        }

        public ChangeProposal change(Feedback f) {
            var p = new ChangeProposal();
            p.setFeedbackId(f.getId());
            p.setKind(ChangeKind.WORK_INSTRUCTION);
            p.setDescription("Load the pallets last");
            p.setDocumentsAffected("WI-SHIP-02");
            em.persist(p);
            return p;
        }

        public InformationSheet answeredSheet(Feedback f) {
            var s = new InformationSheet();
            s.setFeedbackId(f.getId());
            s.setDepartment(Department.PRODUCTION);
            s.setMessage("Check the packing");
            s.setDueDate(LocalDate.now(clock).minusDays(1310));
            s.setAnswer("Packing is fine");
            s.setAnsweredAt(daysAgo(1305));
            s.setAnsweredBy("production");
            s.setIssuedAt(daysAgo(1315));
            s.setIssuedBy("quality");
            em.persist(s);
            return s;
        }

        public Task caseStep(Feedback f, boolean done) {
            var task = new Task(
                    TaskKind.REPLY,
                    Department.SALES,
                    null,
                    f.getId(),
                    null,
                    f.getNumber(),
                    "Reply",
                    daysAgo(1320),
                    null);
            if (done) {
                task.setDoneAt(daysAgo(1310));
                task.setDoneBy("sales");
            }
            em.persist(task);
            return task;
        }

        public <T> T find(Class<T> type, long id) {
            return em.find(type, id);
        }

        public void verify(CorrectiveAction action) {
            em.find(CorrectiveAction.class, action.getId()).setStatus(ActionStatus.VERIFIED);
        }

        public boolean exists(Class<?> type, long id) {
            return em.find(type, id) != null;
        }

        public long count(String jpql, Map<String, Object> parameters) {
            var q = em.createQuery(jpql, Long.class);
            parameters.forEach(q::setParameter);
            return q.getSingleResult();
        }

        public Invitation invitationOf(long replyId) {
            return em.createQuery("select r.invitation from SurveyReply r where r.id = :r", Invitation.class)
                    .setParameter("r", replyId)
                    .getSingleResult();
        }

        public Invitation invitation(long id) {
            return em.find(Invitation.class, id);
        }
    }

    @Inject
    OldRecords old;

    @Inject
    Departments as;

    @Inject
    AsAdminInQuality adminInQuality;

    @Inject
    ExpiryCandidates candidates;

    @Inject
    LegalHolds holds;

    @Inject
    ExpiryProposal proposal;

    @Inject
    ExpiryConfirmation confirmation;

    @Inject
    ExpiryTombstones tombstones;

    @Inject
    AuditTrail audit;

    @Inject
    ProcedureSettings settings;

    // --- the list

    @Test
    void recordsPastTheirPeriodAreListedAndNothingYoungerOrStillApplying_CC03() throws Exception {
        Customer c = old.customer();
        var year = old.communication(c, CommunicationKind.ORDER, 400, "PO-RT-OLD");
        old.communication(c, CommunicationKind.INQUIRY, 200, "XJ-RT-YOUNG");
        var law = old.communication(c, CommunicationKind.LEGAL_REQUIREMENT, 2000, "REG-RT");

        List<ExpiryCandidate> listed = list(RecordKind.CUSTOMER_COMMUNICATION, c);
        assertEquals(
                List.of("PO-RT-OLD"),
                listed.stream().map(r -> r.record().reference()).toList());
        ExpiryCandidate row = listed.get(0);
        assertTrue(row.isExpirable(), row.toString());
        assertEquals(1, row.years(), "sales communication records: one year");
        assertEquals(row.record().periodStart().plusYears(1), row.keptThrough());

        // the quality records wait three years by default
        var call = old.serviceRecord(c, ServiceRecordKind.TELEPHONE, 800, null);
        assertTrue(list(RecordKind.SERVICE_RECORD, c).isEmpty(), "800 days is less than three years");
        var older = old.serviceRecord(c, ServiceRecordKind.TELEPHONE, 1200, null);
        assertEquals(
                List.of(older.getReference()),
                list(RecordKind.SERVICE_RECORD, c).stream()
                        .map(r -> r.record().reference())
                        .toList());

        // a legal requirement is kept while it applies; a young record is not offered either
        assertRefused(
                "retention.record.unknown",
                () -> as.admin(() -> proposal.propose(
                        List.of(new RecordKey(RecordKind.CUSTOMER_COMMUNICATION, law.getId())), "clean-up")));
        assertRefused(
                "retention.refused.PERIOD_NOT_OVER",
                () -> as.admin(() ->
                        proposal.propose(List.of(new RecordKey(RecordKind.SERVICE_RECORD, call.getId())), "clean-up")));

        List<RetentionOverview> overview = as.quality(() -> candidates.overview());
        assertEquals(
                List.of(RecordKind.values()),
                overview.stream().map(RetentionOverview::kind).toList());
        assertTrue(overview.get(0).pastPeriod() >= 1);
        assertEquals(year.getId(), row.record().id());
        assertRefused(EJBAccessException.class, () -> as.sales(() -> candidates.overview()));
    }

    // --- two people and a tombstone

    @Test
    void anExpiryNeedsTwoPeopleAndLeavesATombstone_CC03() throws Exception {
        Customer c = old.customer();
        var order = old.communication(c, CommunicationKind.ORDER, 420, "PO-RT-" + c.getCode());
        var info = old.communication(c, CommunicationKind.PRODUCT_INFORMATION, 500, null);
        var letter = old.file("CustomerCommunication", order.getId());
        var chosen = List.of(
                new RecordKey(RecordKind.CUSTOMER_COMMUNICATION, order.getId()),
                new RecordKey(RecordKind.CUSTOMER_COMMUNICATION, info.getId()));

        assertRefused(EJBAccessException.class, () -> as.quality(() -> proposal.propose(chosen, "clean-up")));
        assertRefused("retention.expiry.reason.required", () -> as.admin(() -> proposal.propose(chosen, "  ")));
        RecordExpiry proposed = as.admin(() -> proposal.propose(chosen, "Yearly clean-up of sales records"));
        assertEquals(ExpiryStatus.PROPOSED, proposed.getStatus());
        assertEquals("it-ADMIN", proposed.getProposedBy());
        // proposed, not removed: the list says so, and no second proposal takes the records
        assertTrue(old.exists(CustomerCommunication.class, order.getId()));
        assertTrue(list(RecordKind.CUSTOMER_COMMUNICATION, c).stream().allMatch(ExpiryCandidate::isProposed));
        assertRefused("retention.refused.PROPOSED", () -> as.admin(() -> proposal.propose(chosen, "again")));

        // the administrator cannot confirm: only QUALITY, and someone else
        assertRefused(
                EJBAccessException.class,
                () -> as.admin(() -> confirmation.confirm(proposed.getId(), proposed.getVersion())));
        RecordExpiry confirmed = as.quality(() -> confirmation.confirm(proposed.getId(), proposed.getVersion()));
        assertEquals(ExpiryStatus.CONFIRMED, confirmed.getStatus());
        assertEquals("it-QUALITY", confirmed.getDecidedBy());

        assertFalse(old.exists(CustomerCommunication.class, order.getId()), "removed");
        assertFalse(old.exists(CustomerCommunication.class, info.getId()), "removed");
        assertFalse(old.exists(Attachment.class, letter.getId()), "its file went with it");
        assertTrue(list(RecordKind.CUSTOMER_COMMUNICATION, c).isEmpty());

        // the tombstones: number, kind, dates, both people and the reason, nothing of the content
        List<ExpiryTombstone> stones = as.quality(() -> tombstones
                .page(new PageRequest(0, 10, "reference", true, Map.of("customerCode", c.getCode())))
                .rows());
        assertEquals(2, stones.size());
        ExpiryTombstone stone = stones.stream()
                .filter(t -> t.getRecordId() == order.getId())
                .findFirst()
                .orElseThrow();
        assertEquals("PO-RT-" + c.getCode(), stone.getReference());
        assertEquals(RecordKind.CUSTOMER_COMMUNICATION, stone.getKind());
        assertEquals("ORDER", stone.getVariant());
        assertEquals("it-ADMIN", stone.getProposedBy());
        assertEquals("it-QUALITY", stone.getConfirmedBy());
        assertEquals("Yearly clean-up of sales records", stone.getReason());
        assertEquals(1, stone.getRetentionYears());
        assertEquals(stone.getPeriodStart().plusYears(1), stone.getKeptThrough());
        assertTrue(stone.getKeptThrough().isBefore(LocalDate.now()), "kept through the whole period");
        assertEquals(
                "COM-" + info.getId(),
                stones.stream()
                        .filter(t -> t.getRecordId() == info.getId())
                        .findFirst()
                        .orElseThrow()
                        .getReference());

        // the record's own history survives it and ends with its expiry (newest first)
        List<AuditEntry> history =
                as.quality(() -> audit.history("CustomerCommunication", order.getId(), PageRequest.of(0, 50))
                        .rows());
        List<String> actions = history.stream().map(AuditEntry::getAction).toList();
        assertTrue(actions.contains(ExpiryProposal.EXPIRY_PROPOSED), actions.toString());
        AuditEntry expired = history.get(0);
        assertEquals(ExpiryConfirmation.EXPIRED, expired.getAction());
        assertEquals("it-QUALITY", expired.getChangedBy());
        assertTrue(
                expired.getNewValue().contains("it-ADMIN / it-QUALITY: Yearly clean-up of sales records"),
                expired.getNewValue());
        List<String> expiryHistory =
                as.admin(() -> audit.history("RecordExpiry", proposed.getId(), PageRequest.of(0, 50))).rows().stream()
                        .map(e -> e.getAction() + " " + e.getField() + " " + e.getNewValue())
                        .toList();
        assertTrue(expiryHistory.contains("CHANGED status CONFIRMED"), expiryHistory.toString());

        // decided once
        assertRefused(
                "retention.expiry.decided.CONFIRMED",
                () -> as.quality(() -> confirmation.confirm(proposed.getId(), confirmed.getVersion())));
    }

    @Test
    void theProposerNeverConfirmsNotEvenAsAPersonOfQuality_CC03() throws Exception {
        Customer c = old.customer();
        var order = old.communication(c, CommunicationKind.ORDER, 420, "PO-RT-SELF");
        var chosen = List.of(new RecordKey(RecordKind.CUSTOMER_COMMUNICATION, order.getId()));

        RecordExpiry proposed = adminInQuality.call(() -> proposal.propose(chosen, "Clean-up by one person"));
        assertEquals(BOTH, proposed.getProposedBy());
        var refused = assertThrows(
                RuleViolation.class,
                () -> adminInQuality.call(() -> confirmation.confirm(proposed.getId(), proposed.getVersion())));
        assertEquals("retention.expiry.samePerson", refused.getMessageKey());
        assertTrue(old.exists(CustomerCommunication.class, order.getId()), "nothing removed");

        // a second person of QUALITY does it
        as.quality(() -> confirmation.confirm(proposed.getId(), proposed.getVersion()));
        assertFalse(old.exists(CustomerCommunication.class, order.getId()));
    }

    // --- legal holds

    @Test
    void aRecordUnderHoldIsRefusedAtTheProposalAndAtTheConfirmationAndEverythingIsAudited_CC03() throws Exception {
        Customer c = old.customer();
        var order = old.communication(c, CommunicationKind.ORDER, 420, "PO-RT-HOLD");
        var key = new RecordKey(RecordKind.CUSTOMER_COMMUNICATION, order.getId());

        assertRefused("retention.hold.reason.required", () -> as.quality(() -> holds.place(key.kind(), key.id(), " ")));
        assertRefused(EJBAccessException.class, () -> as.sales(() -> holds.place(key.kind(), key.id(), "dispute")));
        LegalHold hold = as.quality(() -> holds.place(key.kind(), key.id(), "Customer dispute about lot L-77"));
        assertRefused("retention.hold.already", () -> as.admin(() -> holds.place(key.kind(), key.id(), "again")));
        ExpiryCandidate held = list(RecordKind.CUSTOMER_COMMUNICATION, c).get(0);
        assertTrue(held.isHeld());
        assertEquals(
                List.of(new ExpiryBlocker(ExpiryBlocker.Reason.LEGAL_HOLD, "Customer dispute about lot L-77")),
                held.blockers());

        assertRefused("retention.refused.LEGAL_HOLD", () -> as.admin(() -> proposal.propose(List.of(key), "clean-up")));
        assertRefused(
                "retention.hold.liftReason.required",
                () -> as.admin(() -> holds.lift(hold.getId(), hold.getVersion(), "")));
        LegalHold lifted = as.admin(() -> holds.lift(hold.getId(), hold.getVersion(), "Dispute settled"));
        assertFalse(lifted.isActive());

        // proposed while free, held again before QUALITY confirms: the confirmation checks again
        RecordExpiry proposed = as.admin(() -> proposal.propose(List.of(key), "clean-up"));
        as.quality(() -> holds.place(key.kind(), key.id(), "Second claim arrived"));
        assertRefused(
                "retention.refused.LEGAL_HOLD",
                () -> as.quality(() -> confirmation.confirm(proposed.getId(), proposed.getVersion())));
        assertTrue(old.exists(CustomerCommunication.class, order.getId()), "nothing removed");
        assertRefused(
                "retention.expiry.rejectReason.required",
                () -> as.quality(() -> confirmation.reject(proposed.getId(), proposed.getVersion(), " ")));
        RecordExpiry rejected =
                as.quality(() -> confirmation.reject(proposed.getId(), proposed.getVersion(), "Under hold again"));
        assertEquals(ExpiryStatus.REJECTED, rejected.getStatus());
        assertEquals("Under hold again", rejected.getDecisionNote());

        List<String> actions = as
                .quality(() -> audit.history("CustomerCommunication", order.getId(), PageRequest.of(0, 50)))
                .rows()
                .stream()
                .map(e -> e.getAction() + ": " + e.getNewValue())
                .toList();
        assertTrue(actions.contains("HOLD_PLACED: Customer dispute about lot L-77"), actions.toString());
        assertTrue(actions.contains("HOLD_LIFTED: Dispute settled"), actions.toString());
        assertTrue(
                actions.contains("EXPIRY_REJECTED: #" + proposed.getId() + ": Under hold again"), actions.toString());
        List<String> holdHistory =
                as.quality(() -> audit.history("LegalHold", hold.getId(), PageRequest.of(0, 50))).rows().stream()
                        .map(e -> e.getAction() + " " + e.getField())
                        .toList();
        assertTrue(
                holdHistory.contains("CREATED reason") && holdHistory.contains("CHANGED liftReason"),
                holdHistory.toString());
        assertEquals(
                1,
                as.quality(() -> holds.page(
                                true, new PageRequest(0, 10, null, true, Map.of("customerCode", c.getCode()))))
                        .total());
    }

    // --- open work and a raised period

    @Test
    void aServiceRecordWithOpenWorkOrALaterCorrectionIsBlockedAndTheRestGoesWithItsFilesAndSteps_CC03()
            throws Exception {
        Customer c = old.customer();
        var unconfirmed = old.serviceRecord(c, ServiceRecordKind.TELEPHONE, 1300, null);
        old.confirmationNeeded(unconfirmed);
        var waiting = old.serviceRecord(c, ServiceRecordKind.ON_SITE, 1300, null);
        old.step(waiting, Department.QUALITY, false);
        var corrected = old.serviceRecord(c, ServiceRecordKind.ON_SITE, 1310, null);
        var correction = old.serviceRecord(c, ServiceRecordKind.ON_SITE, 1200, corrected);
        Task done = old.step(correction, Department.SALES, true);
        Attachment pdf = old.file("ServiceRecord", correction.getId());

        Map<String, List<ExpiryBlocker.Reason>> blocked = list(RecordKind.SERVICE_RECORD, c).stream()
                .collect(java.util.stream.Collectors.toMap(
                        r -> r.record().reference(),
                        r -> r.blockers().stream().map(ExpiryBlocker::reason).toList()));
        assertEquals(List.of(ExpiryBlocker.Reason.CONFIRMATION_NOT_SENT), blocked.get(unconfirmed.getReference()));
        assertEquals(List.of(ExpiryBlocker.Reason.OPEN_TASK), blocked.get(waiting.getReference()));
        assertEquals(List.of(ExpiryBlocker.Reason.CORRECTED_LATER), blocked.get(corrected.getReference()));
        assertEquals(List.of(), blocked.get(correction.getReference()));

        for (var r : List.of(unconfirmed, waiting, corrected)) {
            assertRefused(
                    (String) null,
                    () -> as.admin(() -> proposal.propose(
                            List.of(new RecordKey(RecordKind.SERVICE_RECORD, r.getId())), "clean-up")));
        }
        RecordExpiry first = as.admin(() -> proposal.propose(
                List.of(new RecordKey(RecordKind.SERVICE_RECORD, correction.getId())), "Three years are over"));
        as.quality(() -> confirmation.confirm(first.getId(), first.getVersion()));
        assertFalse(old.exists(ServiceRecord.class, correction.getId()));
        assertFalse(old.exists(Attachment.class, pdf.getId()), "its PDF");
        assertFalse(old.exists(Task.class, done.getId()), "its finished inbox step");

        // the correction is gone: what it corrected may go now
        RecordExpiry second = as.admin(() -> proposal.propose(
                List.of(new RecordKey(RecordKind.SERVICE_RECORD, corrected.getId())), "Three years are over"));
        as.quality(() -> confirmation.confirm(second.getId(), second.getVersion()));
        assertFalse(old.exists(ServiceRecord.class, corrected.getId()));
        assertTrue(old.exists(ServiceRecord.class, waiting.getId()));
    }

    @Test
    void aSurveyReplyOfAnOpenCampaignOrWithAnOpenActionIsKeptAndOtherwiseGoesWithItsAnswers_CC03() throws Exception {
        Customer c = old.customer();
        SurveyReply open = old.reply(c, CampaignStatus.DISPATCHED, 1200);
        SurveyReply acted = old.reply(c, CampaignStatus.CLOSED, 1200);
        CorrectiveAction action = old.openAction(acted);
        SurveyReply done = old.reply(c, CampaignStatus.CLOSED, 1250);

        Map<Long, List<ExpiryBlocker.Reason>> blocked = list(RecordKind.SURVEY_REPLY, c).stream()
                .collect(java.util.stream.Collectors.toMap(
                        r -> r.record().id(),
                        r -> r.blockers().stream().map(ExpiryBlocker::reason).toList()));
        assertEquals(List.of(ExpiryBlocker.Reason.CAMPAIGN_OPEN), blocked.get(open.getId()));
        assertEquals(List.of(ExpiryBlocker.Reason.OPEN_ACTION), blocked.get(acted.getId()));
        assertEquals(List.of(), blocked.get(done.getId()));

        RecordExpiry proposed = as.admin(() -> proposal.propose(
                List.of(new RecordKey(RecordKind.SURVEY_REPLY, done.getId())), "Survey records of 2023"));
        long invitation = old.invitationOf(done.getId()).getId();
        as.quality(() -> confirmation.confirm(proposed.getId(), proposed.getVersion()));
        assertFalse(old.exists(SurveyReply.class, done.getId()));
        assertEquals(
                0L,
                old.count("select count(a) from SurveyAnswer a where a.reply.id = :r", Map.of("r", done.getId())),
                "its answers went with it");
        assertTrue(old.invitation(invitation).isReplied(), "the campaign's coverage stays as it was");

        // once its action is verified the other reply may go too; the action is a record of its own
        var actedKey = List.of(new RecordKey(RecordKind.SURVEY_REPLY, acted.getId()));
        assertRefused("retention.refused.OPEN_ACTION", () -> as.admin(() -> proposal.propose(actedKey, "2023")));
        old.verify(action);
        RecordExpiry later = as.admin(() -> proposal.propose(actedKey, "Survey records of 2023"));
        as.quality(() -> confirmation.confirm(later.getId(), later.getVersion()));
        assertFalse(old.exists(SurveyReply.class, acted.getId()));
        assertTrue(old.exists(CorrectiveAction.class, action.getId()), "the action stays");
        assertTrue(old.exists(SurveyReply.class, open.getId()));
    }

    @Test
    void aClosedFeedbackCaseExpiresWithItsOwnPartsAndTheRecordsOfTheirOwnLifeStayUnlinked_CC03() throws Exception {
        Customer c = old.customer();
        Feedback free = old.closedCase(c, 1200);
        CorrectiveAction verified = old.caseAction(free, ActionStatus.VERIFIED);
        QualityCost cost = old.cost(free);
        CustomerVisit visit = old.visit(free, true);
        InformationSheet sheet = old.answeredSheet(free);
        Task reply = old.caseStep(free, true);
        Attachment letter = old.file("Feedback", free.getId());
        Feedback acted = old.closedCase(c, 1250);
        old.caseAction(acted, ActionStatus.COMPLETED);
        Feedback changing = old.closedCase(c, 1250);
        old.change(changing);
        Feedback young = old.closedCase(c, 800);
        Feedback open = old.closedCase(c, -1);

        // only closed cases past the quality records' period, from their closing
        Map<String, List<ExpiryBlocker.Reason>> blocked = list(RecordKind.FEEDBACK_CASE, c).stream()
                .collect(java.util.stream.Collectors.toMap(
                        r -> r.record().reference(),
                        r -> r.blockers().stream().map(ExpiryBlocker::reason).toList()));
        assertEquals(3, blocked.size(), blocked.toString());
        assertFalse(blocked.containsKey(young.getNumber()), "800 days is less than three years");
        assertFalse(blocked.containsKey(open.getNumber()), "a case not closed is no candidate");
        assertEquals(List.of(), blocked.get(free.getNumber()));
        assertEquals(List.of(ExpiryBlocker.Reason.OPEN_ACTION), blocked.get(acted.getNumber()));
        assertEquals(List.of(ExpiryBlocker.Reason.OPEN_CHANGE), blocked.get(changing.getNumber()));
        ExpiryCandidate row = list(RecordKind.FEEDBACK_CASE, c).stream()
                .filter(r -> r.record().id() == free.getId())
                .findFirst()
                .orElseThrow();
        assertEquals(3, row.years(), "the quality records' period");
        assertEquals("DELIVERY", row.record().variant());
        assertEquals(
                free.getClosure().getAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                row.record().lastActivity().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                "its period runs from its closing");
        assertEquals(row.record().periodStart().plusYears(3), row.keptThrough());
        assertRefused(
                "retention.refused.OPEN_ACTION",
                () -> as.admin(() ->
                        proposal.propose(List.of(new RecordKey(RecordKind.FEEDBACK_CASE, acted.getId())), "clean-up")));
        assertRefused(
                "retention.record.unknown",
                () -> as.admin(() ->
                        proposal.propose(List.of(new RecordKey(RecordKind.FEEDBACK_CASE, open.getId())), "clean-up")));

        // two people, as for every kind
        var key = List.of(new RecordKey(RecordKind.FEEDBACK_CASE, free.getId()));
        assertRefused(EJBAccessException.class, () -> as.quality(() -> proposal.propose(key, "clean-up")));
        RecordExpiry proposed = as.admin(() -> proposal.propose(key, "Feedback records of 2023"));
        assertTrue(old.exists(Feedback.class, free.getId()), "proposed, not removed");
        RecordExpiry confirmed = as.quality(() -> confirmation.confirm(proposed.getId(), proposed.getVersion()));
        assertEquals(ExpiryStatus.CONFIRMED, confirmed.getStatus());

        // its own parts went with it
        assertFalse(old.exists(Feedback.class, free.getId()));
        assertFalse(old.exists(InformationSheet.class, sheet.getId()), "its information sheet");
        assertFalse(old.exists(Task.class, reply.getId()), "its finished inbox step");
        assertFalse(old.exists(Attachment.class, letter.getId()), "its file");

        // the records of their own life stay, their link cleared and the number kept
        CorrectiveAction action = old.find(CorrectiveAction.class, verified.getId());
        assertEquals(null, action.getSourceId());
        assertEquals(free.getNumber(), action.getSourceReference());
        QualityCost booked = old.find(QualityCost.class, cost.getId());
        assertEquals(null, booked.getFeedbackId());
        assertEquals(free.getNumber(), booked.getFeedbackNumber());
        assertEquals(0, new BigDecimal("350.00").compareTo(booked.getAmount()), "the ledger's row as it was");
        assertEquals(null, old.find(CustomerVisit.class, visit.getId()).getFeedbackId());
        List<String> actionHistory = as
                .quality(() -> audit.history("CorrectiveAction", verified.getId(), PageRequest.of(0, 50)))
                .rows()
                .stream()
                .map(AuditEntry::getAction)
                .toList();
        assertTrue(actionHistory.contains(ExpiryConfirmation.LINK_CLEARED), actionHistory.toString());

        // the tombstone is what remains of the case
        ExpiryTombstone stone = as
                .quality(() ->
                        tombstones.page(new PageRequest(0, 10, "reference", true, Map.of("customerCode", c.getCode()))))
                .rows()
                .stream()
                .filter(t -> t.getKind() == RecordKind.FEEDBACK_CASE)
                .findFirst()
                .orElseThrow();
        assertEquals(free.getNumber(), stone.getReference());
        assertEquals("DELIVERY", stone.getVariant());
        assertEquals("it-ADMIN", stone.getProposedBy());
        assertEquals("it-QUALITY", stone.getConfirmedBy());
        assertEquals("Feedback records of 2023", stone.getReason());
        assertEquals(3, stone.getRetentionYears());
        assertEquals(
                ExpiryConfirmation.EXPIRED,
                as.quality(() -> audit.history("Feedback", free.getId(), PageRequest.of(0, 50)))
                        .rows()
                        .get(0)
                        .getAction());
    }

    @Test
    void aPeriodRaisedAfterTheProposalRefusesTheConfirmation_CC03() throws Exception {
        Customer c = old.customer();
        var call = old.serviceRecord(c, ServiceRecordKind.TELEPHONE, 1200, null);
        var key = new RecordKey(RecordKind.SERVICE_RECORD, call.getId());
        RecordExpiry proposed = as.admin(() -> proposal.propose(List.of(key), "Three years are over"));
        ProcedureSetting setting = as.admin(() -> settings.all()).stream()
                .filter(s -> s.getParameter() == ProcedureParameter.CC03_QUALITY_RECORD_RETENTION_YEARS)
                .findFirst()
                .orElseThrow();
        int years = setting.getValue();
        ProcedureSetting raised = as.admin(() ->
                settings.change(ProcedureParameter.CC03_QUALITY_RECORD_RETENTION_YEARS, 10, setting.getVersion()));
        try {
            assertRefused(
                    "retention.refused.PERIOD_NOT_OVER",
                    () -> as.quality(() -> confirmation.confirm(proposed.getId(), proposed.getVersion())));
            assertTrue(old.exists(ServiceRecord.class, call.getId()));
        } finally {
            as.admin(() -> settings.change(
                    ProcedureParameter.CC03_QUALITY_RECORD_RETENTION_YEARS, years, raised.getVersion()));
        }
        // withdrawn by whoever proposed it, by nobody else
        assertRefused(
                EJBAccessException.class,
                () -> as.quality(() -> proposal.withdraw(proposed.getId(), proposed.getVersion())));
        RecordExpiry withdrawn = as.admin(() -> proposal.withdraw(proposed.getId(), proposed.getVersion()));
        assertEquals(ExpiryStatus.WITHDRAWN, withdrawn.getStatus());
        assertTrue(list(RecordKind.SERVICE_RECORD, c).get(0).isExpirable(), "free to be proposed again");
    }

    // --- support

    private List<ExpiryCandidate> list(RecordKind kind, Customer c) throws Exception {
        return as.admin(() -> candidates.page(kind, new RecordFilter(c.getCode(), null, null), PageRequest.of(0, 50)))
                .rows();
    }

    private static void assertRefused(String key, Executable call) {
        var thrown = assertThrows(Exception.class, call);
        Throwable t = thrown;
        while (t != null && !(t instanceof RuleViolation)) {
            t = t.getCause();
        }
        assertTrue(t instanceof RuleViolation, "refused by a rule: " + thrown);
        if (key != null) {
            assertEquals(key, ((RuleViolation) t).getMessageKey(), ((RuleViolation) t).getMessage());
        }
    }

    private static void assertRefused(Class<? extends Exception> type, Executable call) {
        var thrown = assertThrows(Exception.class, call);
        Throwable t = thrown;
        while (t != null && !type.isInstance(t)) {
            t = t.getCause();
        }
        assertTrue(type.isInstance(t), "refused with " + type.getSimpleName() + ": " + thrown);
    }
}
