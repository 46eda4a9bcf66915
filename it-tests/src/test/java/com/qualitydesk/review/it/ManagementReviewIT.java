package com.qualitydesk.review.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.action.ActionKind;
import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.audit.AuditEntry;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.it.support.Departments;
import com.qualitydesk.it.support.RealWar;
import com.qualitydesk.review.DecisionKind;
import com.qualitydesk.review.ManagementReview;
import com.qualitydesk.review.ManagementReviews;
import com.qualitydesk.review.NewDecision;
import com.qualitydesk.review.ReviewInput;
import com.qualitydesk.review.ReviewPack;
import com.qualitydesk.review.ReviewSignature;
import com.qualitydesk.review.ReviewState;
import com.qualitydesk.review.ReviewSubmission;
import com.qualitydesk.security.Account;
import com.qualitydesk.security.Department;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * IM-03 management review in the real WAR, on H2 and PostgreSQL: the pack holds every input ISO
 * 9001:2015 §9.3.2 names, frozen with the SHA-256 of its content, with the departments' reports,
 * the owners' inputs and the status of the previous review's actions; each decision of the minutes
 * is an action in the register; the general manager's signature needs the password (a wrong one is
 * refused, audited, and signs nothing); a signed review refuses every change in the service. Each
 * test keeps to a year of its own: the database is shared with the other test classes.
 */
@ExtendWith(ArquillianExtension.class)
class ManagementReviewIT {

    /** The general manager's test account gets a password, so the signature can be checked. */
    private static final String GM_PASSWORD = "Review-Sign-2026-ok";

    @Deployment
    static WebArchive deployment() throws Exception {
        return RealWar.withTestsInsideAndDepartmentGroups(Departments.class, ManagementReviewIT.class);
    }

    @Inject
    Departments as;

    @Inject
    ManagementReviews reviews;

    @Inject
    ReviewSignature signature;

    @Inject
    GmAccount gmAccount;

    @Inject
    AuditTrail audit;

    @Inject
    WorkingCalendars calendars;

    @PersistenceContext
    EntityManager em;

    /** A year no other test (nor the demo) uses. */
    private static int freshYear() {
        return 2100 + ThreadLocalRandom.current().nextInt(800);
    }

    /** A working day two weeks ahead or later. */
    private LocalDate dueDay() {
        var calendar = calendars.current();
        LocalDate day = LocalDate.now().plusDays(14);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private ManagementReview opened(int year) throws Exception {
        return as.sales(() -> reviews.open(year, dueDay()));
    }

    private ReviewSubmission submissionOf(long reviewId, Department department) throws Exception {
        return as.sales(() -> reviews.submissions(reviewId)).stream()
                .filter(s -> s.getDepartment() == department)
                .findFirst()
                .orElseThrow();
    }

    private ManagementReview withMinutes(int year, List<NewDecision> decisions) throws Exception {
        long id = opened(year).getId();
        as.sales(() -> reviews.assemble(id));
        return as.generalManager(() -> reviews.recordMinutes(id, "The system is suitable and effective.", decisions));
    }

    private static NewDecision decision(String text, Department owner) {
        return new NewDecision(
                DecisionKind.IMPROVEMENT, text, owner, LocalDate.now().plusDays(60));
    }

    private void gmHasPassword() {
        gmAccount.withPassword(GM_PASSWORD);
    }

    /**
     * The general manager the tests run as ("it-GENERAL_MANAGER", a name no screen would accept)
     * gets an account with a known password, as an administrator would have set it.
     */
    @Stateless
    @PermitAll
    public static class GmAccount {
        @PersistenceContext
        EntityManager em;

        @Inject
        Pbkdf2PasswordHash hash;

        public void withPassword(String password) {
            var found = em.createQuery("select a from Account a where a.username = :u", Account.class)
                    .setParameter("u", "it-GENERAL_MANAGER")
                    .getResultList();
            if (found.isEmpty()) {
                em.persist(new Account(
                        "it-GENERAL_MANAGER",
                        "Test General Manager",
                        hash.generate(password.toCharArray()),
                        Set.of(Department.GENERAL_MANAGER)));
            } else {
                found.get(0).changePassword(hash.generate(password.toCharArray()));
            }
        }
    }

    /** Refused by the rule of this key, however the container wrapped it on the way out. */
    private static void refused(String key, Executable change) {
        refused(key, change, "");
    }

    private static void refused(String key, Executable change, String why) {
        Throwable t = refusedWith(RuleViolation.class, change);
        assertEquals(key, ((RuleViolation) t).getMessageKey(), why + " " + t.getMessage());
    }

    private static Throwable refusedWith(Class<? extends Exception> type, Executable change) {
        var thrown = assertThrows(Exception.class, change);
        Throwable t = thrown;
        while (t != null && !type.isInstance(t)) {
            t = t.getCause();
        }
        assertTrue(type.isInstance(t), "refused with " + type.getSimpleName() + ": " + thrown);
        return t;
    }

    @Test
    void packHoldsEveryInputOfClause932FromTheYearsRecords_IM03() throws Exception {
        int year = freshYear();
        // the previous review's decision, whose action's status the pack must show
        ManagementReview previous =
                withMinutes(year - 1, List.of(decision("Raise the Cpk of line 2", Department.PRODUCTION)));
        long previousAction =
                as.sales(() -> reviews.actions(previous.getId())).get(0).getId();

        long id = opened(year).getId();
        long quality = submissionOf(id, Department.QUALITY).getId();
        as.quality(() -> reviews.submit(quality, "Incoming inspection 98.6 % passed", "8D of the valve seats closed"));
        as.quality(() -> reviews.enter(id, ReviewInput.AUDITS, "Two internal audits, five findings closed"));
        as.production(() -> reviews.enter(id, ReviewInput.PROVIDERS, "42 approved suppliers, two rated C"));
        as.sales(() -> reviews.summarise(id, "Satisfaction 86.4; leaks of V-200 the main complaint"));
        ManagementReview assembled = as.sales(() -> reviews.assemble(id));

        assertEquals(ReviewState.PACK_ASSEMBLED, assembled.getState());
        ReviewPack pack = assembled.pack().orElseThrow();
        for (ReviewInput input : ReviewInput.values()) {
            assertTrue(pack.section(input).isPresent(), "the pack holds " + input);
        }
        assertEquals(ReviewPack.hash(pack.content()), assembled.getPackHash(), "the hash is the content's SHA-256");
        String content = pack.content();
        assertTrue(content.contains("#" + previousAction), "the status of the previous review's action");
        assertTrue(content.contains("Incoming inspection 98.6 % passed"), "QUALITY's report");
        assertTrue(content.contains("Two internal audits, five findings closed"), "the audit results QUALITY entered");
        assertTrue(content.contains("42 approved suppliers"), "the providers PRODUCTION entered");
        assertTrue(content.contains("leaks of V-200"), "SALES's summary");
        assertTrue(
                content.contains("objective.PASS_RATE") && content.contains("objective.QUALITY_COST"),
                "every objective");
        assertEquals(
                13, pack.section(ReviewInput.QUALITY_COST).orElseThrow().rows().size(), "12 months and the year");

        byte[] pdf = as.generalManager(() -> reviews.pdf(id, "zh_CN"));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        byte[] xlsx = as.sales(() -> reviews.workbook(id, "en"));
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            assertEquals(ReviewInput.values().length, workbook.getNumberOfSheets(), "one sheet per input");
            assertEquals(
                    assembled.getPackHash(),
                    workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue());
        }

        // re-assembled until the meeting is recorded: a later report is in the new pack
        long finance = submissionOf(id, Department.FINANCE).getId();
        as.finance(() -> reviews.submit(finance, "Quality cost 1.1 % of sales", "Rework booked by one rule"));
        ManagementReview again = as.sales(() -> reviews.assemble(id));
        assertTrue(again.pack().orElseThrow().content().contains("Quality cost 1.1 % of sales"));
        assertFalse(again.getPackHash().equals(assembled.getPackHash()));
    }

    @Test
    void eachDepartmentSubmitsItsOwnReportFromItsInbox_IM03() throws Exception {
        long id = opened(freshYear()).getId();
        ReviewSubmission technical = submissionOf(id, Department.TECHNICAL);
        Task step = em.createQuery("select t from Task t where t.kind = :k and t.recordId = :r", Task.class)
                .setParameter("k", TaskKind.REVIEW_REPORT)
                .setParameter("r", technical.getId())
                .getSingleResult();
        assertEquals(Department.TECHNICAL, step.getDepartment());
        assertEquals(technical.getDueAt(), step.getDueAt());
        refused(
                "review.submission.ownDepartment",
                () -> as.sales(() -> reviews.submit(technical.getId(), "their report", "their measures")));
        refused(
                "review.submission.measures.required",
                () -> as.technical(() -> reviews.submit(technical.getId(), "P-450 redesigned", " ")));
        as.technical(() -> reviews.submit(technical.getId(), "P-450 redesigned", "12 drawings released"));
        assertNotNull(em.find(Task.class, step.getId()).getDoneAt(), "submitting finishes the inbox step");
        refused(
                "review.input.owner",
                () -> as.quality(() -> reviews.enter(id, ReviewInput.RESOURCES, "not QUALITY's to say")));
    }

    @Test
    void eachDecisionIsAnActionInTheRegister_IM03() throws Exception {
        int year = freshYear();
        ManagementReview review = withMinutes(
                year,
                List.of(
                        decision("Buy a coordinate measuring machine", Department.OFFICE),
                        new NewDecision(
                                DecisionKind.SYSTEM_CHANGE,
                                "Revise the incoming inspection procedure",
                                Department.QUALITY,
                                LocalDate.now().plusDays(30))));
        assertEquals(ReviewState.MINUTES_RECORDED, review.getState());
        List<CorrectiveAction> actions = as.sales(() -> reviews.actions(review.getId()));
        assertEquals(2, actions.size());
        assertEquals(2, as.sales(() -> reviews.decisions(review.getId())).size());
        CorrectiveAction office = actions.get(0);
        assertEquals(ActionSource.MANAGEMENT_REVIEW, office.getSourceType());
        assertEquals("MR-" + year, office.getSourceReference());
        assertEquals(ActionKind.IMPROVEMENT, office.getKind());
        assertEquals(Department.OFFICE, office.getOwnerDepartment());
        assertEquals("Buy a coordinate measuring machine", office.getDescription());
        assertEquals(
                actions.get(1).getId(),
                as.sales(() -> reviews.decisions(review.getId())).get(1).getActionId());
        long steps = em.createQuery("select count(t) from Task t where t.kind = :k and t.actionId = :a", Long.class)
                .setParameter("k", TaskKind.ACTION)
                .setParameter("a", office.getId())
                .getSingleResult();
        assertEquals(1, steps, "the owner has the action in its inbox");
        refused(
                "review.minutes.recorded",
                () -> as.sales(() ->
                        reviews.recordMinutes(review.getId(), "again", List.of(decision("x", Department.SALES)))));
    }

    @Test
    void wrongSignaturePasswordsLockTheAccountAsWrongLoginsDo_IM03() throws Exception {
        gmHasPassword();
        long id = withMinutes(freshYear(), List.of(decision("Renew the gauges", Department.PRODUCTION)))
                .getId();
        try {
            // LOGIN_LOCK_AFTER_FAILURES is 5: the fifth wrong password locks the account
            for (int k = 1; k < 5; k++) {
                refused(
                        "review.sign.wrongPassword",
                        () -> as.generalManager(() -> signature.sign(id, "guess".toCharArray())));
            }
            refused("review.sign.locked", () -> as.generalManager(() -> signature.sign(id, "guess".toCharArray())));
            refused(
                    "review.sign.locked",
                    () -> as.generalManager(() -> signature.sign(id, GM_PASSWORD.toCharArray())),
                    "even the right password signs nothing while the account is locked");
            assertEquals(
                    ReviewState.MINUTES_RECORDED,
                    as.sales(() -> reviews.find(id)).getState());
        } finally {
            gmHasPassword(); // an administrator's new password unlocks the account for the tests after
        }
    }

    @Test
    void signatureNeedsThePasswordAndAWrongOneSignsNothing_IM03() throws Exception {
        gmHasPassword();
        ManagementReview review = withMinutes(freshYear(), List.of(decision("Train the new staff", Department.OFFICE)));
        long id = review.getId();

        refused(
                "review.sign.wrongPassword",
                () -> as.generalManager(() -> signature.sign(id, "not-the-password".toCharArray())));
        assertEquals(
                ReviewState.MINUTES_RECORDED, as.sales(() -> reviews.find(id)).getState(), "nothing was signed");
        List<AuditEntry> history = as.generalManager(() ->
                audit.history("ManagementReview", id, PageRequest.of(0, 100)).rows());
        assertTrue(
                history.stream().anyMatch(e -> "SIGN_REFUSED".equals(e.getAction())),
                "the refused signature is audited");
        // only the general manager signs
        refusedWith(EJBAccessException.class, () -> as.sales(() -> signature.sign(id, GM_PASSWORD.toCharArray())));

        ManagementReview signed = as.generalManager(() -> signature.sign(id, GM_PASSWORD.toCharArray()));
        assertEquals(ReviewState.SIGNED, signed.getState());
        assertEquals("it-GENERAL_MANAGER", signed.getSignedBy());
        assertEquals("Test General Manager", signed.getSignerName());
        assertEquals(ManagementReview.APPROVED, signed.getSignatureMeaning());
        assertNotNull(signed.getSignedAt());
        List<AuditEntry> after = as.generalManager(() ->
                audit.history("ManagementReview", id, PageRequest.of(0, 100)).rows());
        assertTrue(after.stream().anyMatch(e -> "SIGNED".equals(e.getAction())), "the signature is audited");
    }

    @Test
    void signedReviewRefusesEveryChangeInTheService_IM03() throws Exception {
        gmHasPassword();
        ManagementReview review =
                withMinutes(freshYear(), List.of(decision("Keep the spare parts by region", Department.SERVICE)));
        long id = review.getId();
        as.generalManager(() -> signature.sign(id, GM_PASSWORD.toCharArray()));
        String hash = as.sales(() -> reviews.find(id)).getPackHash();
        long sales = submissionOf(id, Department.SALES).getId();

        refused("review.signed", () -> as.sales(() -> reviews.summarise(id, "changed afterwards")));
        refused("review.signed", () -> as.quality(() -> reviews.enter(id, ReviewInput.RISKS, "changed afterwards")));
        refused("review.signed", () -> as.sales(() -> reviews.assemble(id)));
        refused("review.signed", () -> as.sales(() -> reviews.submit(sales, "late report", "late measures")));
        refused(
                "review.signed",
                () -> as.generalManager(
                        () -> reviews.recordMinutes(id, "new minutes", List.of(decision("x", Department.SALES)))));
        refused("review.signed", () -> as.generalManager(() -> signature.sign(id, GM_PASSWORD.toCharArray())));
        assertEquals(hash, as.sales(() -> reviews.find(id)).getPackHash(), "the frozen pack is unchanged");
        assertEquals(1, as.sales(() -> reviews.actions(id)).size(), "no decision was added");
    }
}
