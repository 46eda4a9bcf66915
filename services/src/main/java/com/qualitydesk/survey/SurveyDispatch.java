package com.qualitydesk.survey;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.SurveyChannel;
import com.qualitydesk.jobs.BatchJobs;
import com.qualitydesk.jobs.JobRun;
import com.qualitydesk.mail.MailDraft;
import com.qualitydesk.mail.Outbox;
import com.qualitydesk.security.Department;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchStatus;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The dispatch of a campaign (CS-04), as the batch job and the quarterly timer run it: no person
 * is behind these calls, so they check nothing about the caller; people start a dispatch through
 * {@link SurveyCampaigns#startDispatch}. Each recipient gets exactly one invitation (a unique key
 * in the database) and an e-mail recipient exactly one message (queued under the invitation's
 * event key in the same transaction), however often the job is restarted.
 */
@Stateless
@PermitAll
public class SurveyDispatch {

    public static final String INVITATION_EVENT = "survey-invitation-";

    /** Recipients per chunk: one transaction and one checkpoint each. */
    public static final int DEFAULT_CHUNK = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    ProcedureSettings settings;

    @Inject
    SurveyLinks links;

    @Inject
    Tasks tasks;

    @Inject
    WorkingCalendars calendars;

    @Inject
    BatchJobs jobs;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Starts, or restarts after a stop or failure, the campaign's dispatch job. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long run(long campaignId) {
        return run(campaignId, DEFAULT_CHUNK);
    }

    /** As {@link #run(long)}, with the recipients per chunk (and checkpoint) given. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long run(long campaignId, int chunkSize) {
        SurveyDispatch self = context.getBusinessObject(SurveyDispatch.class);
        Long restartable = self.begin(campaignId);
        // a restart does not inherit the first start's parameters: both get the same
        var parameters = new Properties();
        parameters.setProperty("campaignId", String.valueOf(campaignId));
        parameters.setProperty("chunkSize", String.valueOf(chunkSize));
        long execution = restartable != null
                ? jobs.restart(restartable, parameters)
                : jobs.start(SurveyCampaigns.DISPATCH_JOB, parameters);
        self.started(campaignId, execution, restartable != null);
        return execution;
    }

    /**
     * Freezes the questionnaire and marks the campaign as dispatching; returns the execution to
     * restart when an earlier one stopped or failed, null for a first start.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long begin(long campaignId) {
        SurveyCampaign campaign = em.find(SurveyCampaign.class, campaignId);
        if (campaign == null) {
            throw new RuleViolation("survey.campaign.unknown");
        }
        if (campaign.getDispatchExecution() != null) {
            JobRun latest = jobs.latest(campaign.getDispatchExecution());
            BatchStatus status = latest.status();
            if (status == BatchStatus.STOPPED || status == BatchStatus.FAILED) {
                return latest.execution();
            }
            throw new RuleViolation("survey.campaign.dispatched", campaign.getName());
        }
        if (campaign.getStatus() != CampaignStatus.PLANNED) {
            throw new RuleViolation("survey.campaign.dispatched", campaign.getName());
        }
        var before = campaign.auditSnapshot();
        campaign.getQuestionnaire().markUsed();
        campaign.setStatus(CampaignStatus.DISPATCHING);
        audit.changed(campaign, before);
        return null;
    }

    /**
     * Records the running execution. A bulk update, because the job may already have finished and
     * marked the campaign dispatched: neither write may undo, or be refused for, the other.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void started(long campaignId, long execution, boolean restart) {
        em.createQuery("update SurveyCampaign c set c.dispatchExecution = :e where c.id = :id")
                .setParameter("e", execution)
                .setParameter("id", campaignId)
                .executeUpdate();
        audit.event(
                em.find(SurveyCampaign.class, campaignId),
                restart ? "RESTARTED" : "DISPATCH_STARTED",
                "execution " + execution);
    }

    /** The next recipients without an invitation, in contact order after the given one. */
    public List<Long> recipientsAfter(long campaignId, long afterContactId, int limit) {
        SurveyCampaign campaign = em.find(SurveyCampaign.class, campaignId);
        return EligibleCustomers.query(
                        em,
                        "select ct.id from Contact ct join ct.customer cu where ct.surveyRecipient = true"
                                + " and ct.id > :after and not exists (select i.id from Invitation i"
                                + " where i.campaign.id = :campaign and i.contact = ct) and "
                                + EligibleCustomers.CONDITION + " order by ct.id",
                        Long.class,
                        campaign,
                        settings.value(ProcedureParameter.CS02_DELIVERY_MONTHS))
                .setParameter("after", afterContactId)
                .setParameter("campaign", campaignId)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Invites a chunk of recipients, in the caller's (the chunk's) transaction: the invitations and
     * their e-mails, or visit tasks, are stored together or not at all. Recipients already invited
     * are left alone. The chunk is asked for and written as a whole, not recipient by recipient:
     * every query writes out what the transaction holds, so one per recipient made a chunk's cost
     * grow with the square of its size.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void invite(long campaignId, List<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return;
        }
        // a range of the (campaign, contact) key rather than "in": H2 would test the list against
        // every invitation of the campaign, chunk after chunk
        Set<Long> invited = new HashSet<>(em.createQuery(
                        "select i.contact.id from Invitation i where i.campaign.id = :c"
                                + " and i.contact.id between :first and :last",
                        Long.class)
                .setParameter("c", campaignId)
                .setParameter("first", Collections.min(contactIds))
                .setParameter("last", Collections.max(contactIds))
                .getResultList());
        invited.retainAll(contactIds);
        Map<Long, Contact> contacts = new HashMap<>();
        em.createQuery("select ct from Contact ct join fetch ct.customer where ct.id in :ids", Contact.class)
                .setParameter("ids", contactIds)
                .getResultList()
                .forEach(contact -> contacts.put(contact.getId(), contact));
        SurveyCampaign campaign = em.find(SurveyCampaign.class, campaignId);
        Instant expiry = campaign.getDeadline()
                .plusDays(1)
                .atTime(LocalTime.MIDNIGHT)
                .atZone(clock.getZone())
                .toInstant();
        record Issued(Invitation invitation, InvitationToken token) {}
        var issued = new ArrayList<Issued>();
        for (Long contactId : contactIds) {
            Contact contact = contacts.get(contactId);
            if (contact == null || !invited.add(contactId)) {
                continue;
            }
            InvitationToken token = InvitationToken.issue(expiry);
            var invitation = new Invitation(campaign, contact, token, ReplyCode.issue(), clock.instant());
            em.persist(invitation);
            issued.add(new Issued(invitation, token));
        }
        em.flush(); // the invitations' ids, for their audit entries and their mails' event keys
        var mails = new ArrayList<MailDraft>();
        for (Issued each : issued) {
            Invitation invitation = each.invitation();
            Contact contact = invitation.getContact();
            audit.event(invitation, "INVITED", contact.getSurveyChannel().name());
            if (contact.getSurveyChannel() == SurveyChannel.EMAIL && contact.canBeReachedBy(SurveyChannel.EMAIL)) {
                mails.add(invitationMail(invitation, each.token()));
            } else if (contact.getSurveyChannel() == SurveyChannel.VISIT) {
                openVisit(invitation);
            }
        }
        outbox.queueAll(mails);
    }

    private MailDraft invitationMail(Invitation invitation, InvitationToken token) {
        Contact contact = invitation.getContact();
        SurveyCampaign campaign = invitation.getCampaign();
        String language = contact.getLanguage();
        // the year a year-end letter thanks for, as text: a number would be formatted "2,027"
        String year = String.valueOf(campaign.getPeriodEnd().getYear());
        return new MailDraft(
                INVITATION_EVENT + invitation.getId(),
                contact.getEmail(),
                SurveyMailTexts.text(
                        language, SurveyMailTexts.invitation(campaign, "subject"), campaign.getName(), year),
                SurveyMailTexts.text(
                        language,
                        SurveyMailTexts.invitation(campaign, "body"),
                        contact.getName(),
                        campaign.getName(),
                        links.replyLink(token.value()),
                        campaign.getDeadline().format(DateTimeFormatter.ISO_LOCAL_DATE),
                        year));
    }

    /**
     * CS-04: a recipient to be visited waits in the inbox of the customer's salesperson, or of SALES
     * when the customer has none, until the reply is entered; due at the end of the reply deadline.
     */
    private void openVisit(Invitation invitation) {
        Customer customer = invitation.getCustomer();
        Instant due = invitation
                .getCampaign()
                .getDeadline()
                .atTime(calendars.hours().getEndTime())
                .atZone(clock.getZone())
                .toInstant();
        var task = new Task(
                TaskKind.SURVEY_VISIT,
                Department.SALES,
                customer.getSalesperson(),
                null,
                null,
                invitation.getReplyCode(),
                customer.getCode() + " " + customer.displayName(invitation.getLanguage()) + " · "
                        + invitation.getContact().getName(),
                clock.instant(),
                due);
        task.setInvitationId(invitation.getId());
        tasks.open(task);
    }

    /** The job completed: every recipient is invited. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void completed(long campaignId) {
        int changed = em.createQuery(
                        "update SurveyCampaign c set c.status = :dispatched where c.id = :id and c.status = :dispatching")
                .setParameter("dispatched", CampaignStatus.DISPATCHED)
                .setParameter("dispatching", CampaignStatus.DISPATCHING)
                .setParameter("id", campaignId)
                .executeUpdate();
        if (changed > 0) {
            audit.event(em.find(SurveyCampaign.class, campaignId), "DISPATCHED", "every recipient invited");
        }
    }
}
