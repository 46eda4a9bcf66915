package com.qualitydesk.feedback;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.task.TaskKind;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * CF-05/CF-08: the general manager decides on a major case; the instruction is recorded. CF-02:
 * the general manager reviews every received item within the review time.
 */
@Stateless
public class GeneralManagerDecision {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    AuditedRecords records;

    @Inject
    Tasks tasks;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @RolesAllowed(Role.GENERAL_MANAGER)
    public Feedback instruct(long feedbackId, String instruction) {
        Feedback feedback = FeedbackCaseAccess.forStep(em, feedbackId, FeedbackStep.INSTRUCT, user);
        var before = feedback.auditSnapshot();
        feedback.instruct(instruction, clock.instant(), user.name());
        records.validate(feedback);
        em.flush();
        audit.changed(feedback, before);
        tasks.finish(feedbackId, TaskKind.GM_DECISION, user.name());
        return feedback;
    }

    /** CF-02: marks the item reviewed; after the review time it is flagged late, and audited. */
    @RolesAllowed(Role.GENERAL_MANAGER)
    public Feedback review(long feedbackId) {
        Feedback feedback = FeedbackCaseAccess.forStep(em, feedbackId, FeedbackStep.REVIEW_AS_MANAGER, user);
        var before = feedback.auditSnapshot();
        feedback.markReviewedByManager(clock.instant(), user.name());
        em.flush();
        audit.changed(feedback, before);
        tasks.finish(feedbackId, TaskKind.GM_REVIEW, user.name());
        return feedback;
    }
}
