package com.qualitydesk.feedback;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * A case's deadlines stop only with a reason (waiting for the customer's samples, say); the pause
 * is audited and, when it ends, the reply deadline and every open task move by the paused working
 * time.
 */
@Stateless
@RolesAllowed({Role.SALES, Role.QUALITY})
public class DeadlinePause {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Tasks tasks;

    @Inject
    WorkingCalendars calendars;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public Feedback pause(long feedbackId, String reason) {
        Feedback feedback = FeedbackCaseAccess.forStep(em, feedbackId, FeedbackStep.PAUSE_CLOCK, user);
        var before = feedback.auditSnapshot();
        Instant now = clock.instant();
        feedback.pause(reason, now);
        em.flush();
        audit.changed(feedback, before);
        tasks.pause(feedbackId, now);
        return feedback;
    }

    public Feedback resume(long feedbackId) {
        Feedback feedback = FeedbackCaseAccess.forStep(em, feedbackId, FeedbackStep.PAUSE_CLOCK, user);
        var before = feedback.auditSnapshot();
        Instant now = clock.instant();
        var calendar = calendars.current();
        var paused = feedback.isPaused()
                ? calendar.workingTimeBetween(feedback.getPause().getSince(), now)
                : null;
        feedback.resume(now, new Deadlines(calendar, p -> 0));
        em.flush();
        audit.changed(feedback, before);
        audit.event(feedback, "RESUMED", paused.toString());
        tasks.resume(feedbackId, now);
        return feedback;
    }
}
