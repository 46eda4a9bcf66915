package com.qualitydesk.feedback;

import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.CorrectiveActions;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * CF-12: a case closes only with a sent reply, verified actions, the general manager's instruction
 * when it was major (CF-08), the recall decision when it was safety-related (CF-09) and the
 * containment result when production was concerned (CF-06).
 */
@Stateless
public class FeedbackClosing {

    @PersistenceContext
    EntityManager em;

    @Inject
    CorrectiveActions actions;

    @Inject
    AuditTrail audit;

    @Inject
    Tasks tasks;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    Event<FeedbackClosed> closed;

    /** The conditions still missing, as message keys; empty when the case may close. */
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
    public List<String> missing(long feedbackId) {
        Feedback feedback = em.find(Feedback.class, feedbackId);
        if (feedback == null) {
            throw new RuleViolation("feedback.unknown");
        }
        return ClosingConditions.missing(feedback, actions.forSource(ActionSource.FEEDBACK, feedbackId));
    }

    @RolesAllowed({Role.SALES, Role.QUALITY})
    public Feedback close(long feedbackId) {
        Feedback feedback = FeedbackCaseAccess.forStep(em, feedbackId, FeedbackStep.CLOSE, user);
        var before = feedback.auditSnapshot();
        feedback.close(actions.forSource(ActionSource.FEEDBACK, feedbackId), clock.instant(), user.name());
        em.flush();
        audit.changed(feedback, before);
        tasks.openFor(feedbackId).forEach(t -> {
            t.setDoneAt(feedback.getClosure().getAt());
            t.setDoneBy(user.name());
        });
        closed.fire(new FeedbackClosed(
                feedbackId,
                feedback.getNumber(),
                feedback.getReply() == null ? null : feedback.getReply().getText(),
                feedback.getClosure().getAt()));
        return feedback;
    }
}
