package com.qualitydesk.feedback;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.RuleViolation;
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
        Feedback feedback = FeedbackCaseAccess.open(em, feedbackId);
        if (feedback.isReplySent()) {
            throw new RuleViolation("feedback.reply.alreadySent");
        }
        var before = feedback.auditSnapshot();
        feedback.setReplyText(FeedbackReception.blankToNull(text));
        feedback.setReplyLanguage(language(language));
        records.validate(feedback);
        em.flush();
        audit.changed(feedback, before);
        return feedback;
    }

    @RolesAllowed(Role.SALES)
    public Feedback recordSent(long feedbackId, @NotNull LocalDate sentOn, @NotNull FeedbackChannel channel) {
        Feedback feedback = FeedbackCaseAccess.open(em, feedbackId);
        if (feedback.getReplyText() == null) {
            throw new RuleViolation("feedback.reply.textRequired");
        }
        if (sentOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("feedback.reply.sentInFuture");
        }
        var before = feedback.auditSnapshot();
        feedback.setReplySentOn(sentOn);
        feedback.setReplyChannel(channel);
        feedback.setReplySentBy(user.name());
        em.flush();
        audit.changed(feedback, before);
        tasks.finish(feedbackId, TaskKind.REPLY, user.name());
        return feedback;
    }

    private static String language(String language) {
        if (!"en".equals(language) && !"zh_CN".equals(language)) {
            throw new RuleViolation("feedback.reply.language");
        }
        return language;
    }
}
