package com.qualitydesk.review;

import com.qualitydesk.action.ActionKind;
import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.action.CorrectiveActions;
import com.qualitydesk.action.NewAction;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.review.document.ReviewPackDocument;
import com.qualitydesk.review.document.ReviewPackWorkbook;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * IM-03: the yearly management review (ISO 9001:2015 §9.3). SALES opens the review of a year with
 * the day the departments' reports are due; each department submits its report and the state of
 * its improvement measures from its inbox; SALES summarises satisfaction and complaints, the owners
 * enter audits, external providers, resources and risks; SALES or the general manager assembles
 * the pack with one click (again until the meeting is recorded); the minutes' decisions (§9.3.3)
 * each open an action of the register. The review itself refuses every change once signed
 * ({@link ReviewSignature}); each change is audited in the transaction that makes it.
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
public class ManagementReviews {

    /** The departments that report to the review; the general manager chairs it. */
    public static final List<Department> REPORTING = List.of(
            Department.SALES,
            Department.QUALITY,
            Department.TECHNICAL,
            Department.PRODUCTION,
            Department.FINANCE,
            Department.OFFICE,
            Department.SERVICE);

    static final String SUBJECT = "管理评审输入 Management review report";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Tasks tasks;

    @Inject
    WorkingCalendars calendars;

    @Inject
    CurrentUser user;

    @Inject
    CorrectiveActions actions;

    @Inject
    ReviewPackAssembly assembly;

    @Inject
    Clock clock;

    public Page<ManagementReview> page(@NotNull PageRequest request) {
        return FilteredQuery.of(em, ManagementReview.class).defaultSort("year").page(request);
    }

    public ManagementReview find(long id) {
        ManagementReview review = em.find(ManagementReview.class, id);
        if (review == null) {
            throw new RuleViolation("review.unknown");
        }
        return review;
    }

    public java.util.Optional<ManagementReview> findByYear(int year) {
        return em.createQuery("select r from ManagementReview r where r.year = :y", ManagementReview.class)
                .setParameter("y", year)
                .getResultStream()
                .findFirst();
    }

    /** The reference of a review, as its actions name their source. */
    public static String reference(ManagementReview review) {
        return "MR-" + review.getYear();
    }

    public List<ReviewSubmission> submissions(long reviewId) {
        return em.createQuery(
                        "select s from ReviewSubmission s where s.reviewId = :r order by s.id", ReviewSubmission.class)
                .setParameter("r", reviewId)
                .getResultList();
    }

    public List<ReviewDecision> decisions(long reviewId) {
        return em.createQuery(
                        "select d from ReviewDecision d where d.reviewId = :r order by d.id", ReviewDecision.class)
                .setParameter("r", reviewId)
                .getResultList();
    }

    /** The actions the review's decisions opened, in the register (IM-01). */
    public List<CorrectiveAction> actions(long reviewId) {
        return actions.forSource(ActionSource.MANAGEMENT_REVIEW, reviewId);
    }

    /**
     * SALES opens the review of a year; each reporting department gets its submission, due at
     * closing of the named working day, as a step in its inbox.
     */
    @RolesAllowed(Role.SALES)
    public ManagementReview open(int year, LocalDate submissionsDue) {
        Instant due = ReportDeadline.of(calendars.current(), submissionsDue, LocalDate.now(clock));
        boolean taken = !em.createQuery("select r.id from ManagementReview r where r.year = :y", Long.class)
                .setParameter("y", year)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new RuleViolation("review.year.taken", year);
        }
        var review = records.create(new ManagementReview(year, submissionsDue, user.name(), clock.instant()));
        for (Department department : REPORTING) {
            var submission = records.create(new ReviewSubmission(review.getId(), department, due));
            var step = new Task(
                    TaskKind.REVIEW_REPORT,
                    department,
                    null,
                    null,
                    null,
                    reference(review),
                    SUBJECT,
                    clock.instant(),
                    due);
            step.setRecordId(submission.getId());
            tasks.open(step);
        }
        return review;
    }

    /** A department submits its own report and the state of its measures; SALES cannot do it for them. */
    public ReviewSubmission submit(long submissionId, String report, String measures) {
        ReviewSubmission submission = em.find(ReviewSubmission.class, submissionId);
        if (submission == null) {
            throw new RuleViolation("review.unknown");
        }
        if (!user.isIn(submission.getDepartment())) {
            throw new RuleViolation("review.submission.ownDepartment");
        }
        find(submission.getReviewId()).requireInputsOpen();
        var before = submission.auditSnapshot();
        submission.submit(report, measures, user.name(), clock.instant());
        em.flush();
        audit.changed(submission, before);
        tasks.finishForRecord(submission.getId(), TaskKind.REVIEW_REPORT, user.name());
        return submission;
    }

    /** IM-03: SALES's summary of satisfaction and complaint information and the direction of improvement. */
    @RolesAllowed(Role.SALES)
    public ManagementReview summarise(long reviewId, String summary) {
        ManagementReview review = find(reviewId);
        var before = review.auditSnapshot();
        review.summarise(summary);
        em.flush();
        audit.changed(review, before);
        return review;
    }

    /** An input the system cannot know, entered by the department that owns it. */
    @RolesAllowed({Role.QUALITY, Role.PRODUCTION, Role.OFFICE})
    public ManagementReview enter(long reviewId, @NotNull ReviewInput input, String text) {
        ManagementReview review = find(reviewId);
        if (input.owner().filter(user::isIn).isEmpty()) {
            throw new RuleViolation("review.input.owner", input.name());
        }
        var before = review.auditSnapshot();
        review.enter(input, text);
        em.flush();
        audit.changed(review, before);
        return review;
    }

    /** One click: every §9.3.2 input from the year's records, frozen with its SHA-256. */
    @RolesAllowed({Role.SALES, Role.GENERAL_MANAGER})
    public ManagementReview assemble(long reviewId) {
        ManagementReview review = find(reviewId);
        review.requireInputsOpen();
        ReviewPack pack = assembly.assemble(review, submissions(reviewId));
        var before = review.auditSnapshot();
        review.assemble(pack, user.name(), clock.instant());
        em.flush();
        audit.changed(review, before);
        return review;
    }

    /**
     * The meeting's minutes and its decisions (§9.3.3): each decision opens an improvement action
     * of the register, owned by the department named, due by the day named (IM-01). All of them, or
     * none: a refused decision rolls the minutes back.
     */
    @RolesAllowed({Role.SALES, Role.GENERAL_MANAGER})
    public ManagementReview recordMinutes(long reviewId, String minutes, @NotNull List<NewDecision> decisions) {
        ManagementReview review = find(reviewId);
        if (decisions.isEmpty()) {
            throw new RuleViolation("review.decisions.required");
        }
        var before = review.auditSnapshot();
        review.recordMinutes(minutes, user.name(), clock.instant());
        em.flush();
        audit.changed(review, before);
        for (NewDecision d : decisions) {
            if (d.kind() == null
                    || d.owner() == null
                    || d.dueDate() == null
                    || d.description() == null
                    || d.description().isBlank()) {
                throw new RuleViolation("review.decision.incomplete");
            }
            CorrectiveAction action = actions.open(new NewAction(
                    ActionSource.MANAGEMENT_REVIEW,
                    review.getId(),
                    reference(review),
                    ActionKind.IMPROVEMENT,
                    d.description(),
                    d.owner(),
                    null,
                    d.dueDate()));
            records.create(new ReviewDecision(
                    review.getId(), d.kind(), action.getDescription(), d.owner(), d.dueDate(), action.getId()));
        }
        return review;
    }

    /** The frozen pack as PDF, in English or Chinese, with its hash and the signature (if signed). */
    public byte[] pdf(long reviewId, String language) {
        ManagementReview review = find(reviewId);
        ReviewPack pack = review.pack().orElseThrow(() -> new RuleViolation("review.pack.none"));
        return ReviewPackDocument.render(
                review, pack, decisions(reviewId), language, calendars.current().zone());
    }

    /** The frozen pack as an Excel workbook, one sheet per §9.3.2 input. */
    public byte[] workbook(long reviewId, String language) {
        ManagementReview review = find(reviewId);
        ReviewPack pack = review.pack().orElseThrow(() -> new RuleViolation("review.pack.none"));
        return ReviewPackWorkbook.render(
                review, pack, language, calendars.current().zone());
    }
}
