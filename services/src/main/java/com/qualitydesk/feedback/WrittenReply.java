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
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;

/** CF-12: SALES writes the written reply and records when and how it was sent. */
@Stateless
public class WrittenReply {

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

    /** Keeps a draft; the reply counts as sent only once {@link #recordSent} is called. */
    @RolesAllowed(Role.SALES)
    public Feedback saveDraft(long feedbackId, String text, @NotNull String language) {
        Feedback feedback = FeedbackCaseAccess.forStep(em, feedbackId, FeedbackStep.REPLY, user);
        var before = feedback.auditSnapshot();
        feedback.draftReply(text, language);
        records.validate(feedback);
        em.flush();
        audit.changed(feedback, before);
        return feedback;
    }

    @RolesAllowed(Role.SALES)
    public Feedback recordSent(long feedbackId, @NotNull LocalDate sentOn, @NotNull FeedbackChannel channel) {
        Feedback feedback = FeedbackCaseAccess.forStep(em, feedbackId, FeedbackStep.REPLY, user);
        var before = feedback.auditSnapshot();
        feedback.recordReplySent(sentOn, channel, user.name(), LocalDate.now(clock));
        em.flush();
        audit.changed(feedback, before);
        tasks.finish(feedbackId, TaskKind.REPLY, user.name());
        return feedback;
    }
}
