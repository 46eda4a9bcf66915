package com.qualitydesk.feedback;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.customer.Deliveries;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.task.TaskKind;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;

/**
 * CF-09: a product-safety complaint needs QUALITY's recall evaluation before it can close. The
 * scope is not typed in: it is every delivery of the complained product and lot, whoever got it.
 */
@Stateless
public class RecallEvaluation {

    @PersistenceContext
    EntityManager em;

    @Inject
    Deliveries deliveries;

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

    /** The customers and quantities that received the product and lot of the case. */
    @RolesAllowed({Role.SALES, Role.QUALITY, Role.TECHNICAL, Role.PRODUCTION, Role.GENERAL_MANAGER})
    public List<Delivery> scope(long feedbackId) {
        Feedback feedback = FeedbackCaseAccess.existing(em, feedbackId);
        if (feedback.getProduct() == null || feedback.getLotNumber() == null) {
            return List.of();
        }
        return deliveries.affectedBy(feedback.getProduct().getId(), feedback.getLotNumber());
    }

    /**
     * CF-09: QUALITY's re-appraisal of the process management rules after a product-safety
     * complaint: which rules, the conclusion, the changes decided. The case does not close without
     * it.
     */
    @RolesAllowed(Role.QUALITY)
    public Feedback reappraiseRules(long feedbackId, String rulesReviewed, String conclusion, String changesDecided) {
        Feedback feedback = FeedbackCaseAccess.forStep(em, feedbackId, FeedbackStep.REAPPRAISE_RULES, user);
        var before = feedback.auditSnapshot();
        feedback.reappraiseRules(rulesReviewed, conclusion, changesDecided, clock.instant(), user.name());
        records.validate(feedback);
        em.flush();
        audit.changed(feedback, before);
        tasks.finish(feedbackId, TaskKind.RULES_REAPPRAISAL, user.name());
        return feedback;
    }

    @RolesAllowed(Role.QUALITY)
    public Feedback decide(long feedbackId, @NotNull RecallDecision decision, String reason) {
        Feedback feedback = FeedbackCaseAccess.forStep(em, feedbackId, FeedbackStep.DECIDE_RECALL, user);
        var before = feedback.auditSnapshot();
        feedback.decideRecall(decision, reason, clock.instant(), user.name());
        records.validate(feedback);
        em.flush();
        audit.changed(feedback, before);
        var scope = scope(feedbackId);
        audit.event(
                feedback,
                "RECALL_SCOPE",
                scope.stream()
                        .map(d -> d.getCustomer().getCode() + " " + d.getQuantity())
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("-"));
        tasks.finish(feedbackId, TaskKind.RECALL_EVALUATION, user.name());
        return feedback;
    }
}
