package com.qualitydesk.survey;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.customer.SurveyChannel;
import com.qualitydesk.mail.Outbox;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * CS-05 reminders: e-mail recipients who have not replied are reminded N days after the previous
 * message, at most M times, never after the deadline. Each round is stored with its own link
 * token and queued under the round's event key, so a round is never sent twice.
 */
@Stateless
@PermitAll
public class SurveyReminders {

    public static final String REMINDER_EVENT = "survey-reminder-";

    private static final Logger LOG = Logger.getLogger(SurveyReminders.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcedureSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    SurveyLinks links;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /**
     * Queues every reminder due at the given moment (the daily timer passes its own), each in its
     * own transaction; returns how many. One recipient's failure, such as a second run reminding
     * the same round at the same time, costs only that recipient's reminder, not everyone's after.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue(Instant now) {
        var rule = new ReminderRule(
                settings.value(ProcedureParameter.CS05_REMINDER_AFTER_DAYS),
                settings.value(ProcedureParameter.CS05_REMINDER_MAX),
                clock.getZone());
        if (rule.maxReminders() == 0) {
            return 0;
        }
        List<Long> candidates = em.createQuery(
                        "select i.id from Invitation i where i.repliedAt is null and i.channel = :email"
                                + " and i.remindersSent < :max and i.campaign.status in :open order by i.id",
                        Long.class)
                .setParameter("email", SurveyChannel.EMAIL)
                .setParameter("max", rule.maxReminders())
                .setParameter("open", List.of(CampaignStatus.DISPATCHING, CampaignStatus.DISPATCHED))
                .getResultList();
        SurveyReminders self = context.getBusinessObject(SurveyReminders.class);
        int sent = 0;
        for (Long id : candidates) {
            try {
                if (self.remindIfDue(id, rule, now)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                // rolled back: the round is not stored, so the next run reminds again if still due
                LOG.log(Level.WARNING, "Survey reminder for invitation " + id + " not queued", e);
            }
        }
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remindIfDue(long invitationId, ReminderRule rule, Instant now) {
        Invitation invitation = em.find(Invitation.class, invitationId);
        SurveyCampaign campaign = invitation.getCampaign();
        Instant deadline = campaign.getDeadline()
                .plusDays(1)
                .atTime(LocalTime.MIDNIGHT)
                .atZone(clock.getZone())
                .toInstant();
        if (!rule.isDue(
                invitation.getInvitedAt(),
                invitation.getLastReminderAt(),
                invitation.getRemindersSent(),
                invitation.isReplied(),
                deadline,
                now)) {
            return false;
        }
        var contact = invitation.getContact();
        if (!contact.canBeReachedBy(SurveyChannel.EMAIL)) {
            return false;
        }
        int round = ReminderRule.nextRound(invitation.getRemindersSent());
        InvitationToken token = InvitationToken.issue(invitation.getExpiresAt());
        var before = invitation.auditSnapshot();
        em.persist(new SurveyReminder(invitation, round, token, now));
        invitation.remindedAt(now);
        String language = invitation.getLanguage();
        outbox.queue(
                REMINDER_EVENT + invitation.getId() + "-" + round,
                contact.getEmail(),
                SurveyMailTexts.text(language, "reminder.subject", campaign.getName()),
                SurveyMailTexts.text(
                        language,
                        "reminder.body",
                        contact.getName(),
                        campaign.getName(),
                        links.replyLink(token.value()),
                        campaign.getDeadline().format(DateTimeFormatter.ISO_LOCAL_DATE)));
        audit.changed(invitation, before);
        return true;
    }
}
