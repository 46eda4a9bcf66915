package com.qualitydesk.survey;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.SurveyChannel;
import com.qualitydesk.mail.Outbox;
import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.security.PublicEntrance;
import com.qualitydesk.security.PublicRateLimit;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.task.TaskKind;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * Replies (CS-04, CS-06, CS-07): the customer's own form behind the token link (no account), and
 * the replies SALES enters from fax, mail and visits. Every submitted reply is thanked, and
 * dissatisfaction opens corrective actions.
 */
@Stateless
@RolesAllowed({Role.SALES, Role.GENERAL_MANAGER, Role.ADMIN})
public class SurveyReplies {

    public static final String THANKS_EVENT = "survey-thanks-";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    SurveyDissatisfaction dissatisfaction;

    @Inject
    Tasks tasks;

    @Inject
    CurrentUser user;

    @Inject
    PublicRateLimit rateLimit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * The form for a token; empty for an unknown, expired or already used token, which the page
     * answers all alike so that a guess learns nothing (CS-04).
     */
    @PermitAll
    public Optional<ReplyForm> open(String token) {
        return usable(token).map(this::form);
    }

    /**
     * The public page behind a link, opened from a network address (CS-04). A link that opens no
     * questionnaire (unknown, mistyped, expired, of a closed campaign) counts against the address;
     * once the address has opened CS04_BAD_LINKS_PER_HOUR of them within its hour, no link is looked
     * up for it, a real one neither, until the hour is over: a program guessing links learns
     * nothing, and the customers behind other addresses are not affected.
     */
    @PermitAll
    public LinkOpening openFrom(String token, String address) {
        Duration wait = rateLimit.waitFor(PublicEntrance.SURVEY_LINK, address);
        if (wait != null) {
            return LinkOpening.tooMany(wait);
        }
        Optional<ReplyForm> form = open(token);
        if (form.isPresent()) {
            return LinkOpening.of(form.get());
        }
        if (alreadySubmitted(token)) {
            return LinkOpening.of(LinkOpening.Outcome.SUBMITTED);
        }
        if (!rateLimit.admit(PublicEntrance.SURVEY_LINK, address)) {
            // other requests from the address used up its hour meanwhile
            return LinkOpening.tooMany(rateLimit.waitFor(PublicEntrance.SURVEY_LINK, address));
        }
        return LinkOpening.of(LinkOpening.Outcome.UNUSABLE);
    }

    /** Saves the answers for later (CS-04); false when the token is no longer usable. */
    @PermitAll
    public boolean save(String token, @NotNull ReplyForm.Answers answers) {
        Optional<Invitation> invitation = usable(token);
        invitation.ifPresent(i -> store(i, answers, ReplyChannel.ONLINE));
        return invitation.isPresent();
    }

    /** Submits the answers, once (CS-04); thanks the customer (CS-06). False when not usable. */
    @PermitAll
    public boolean submit(String token, @NotNull ReplyForm.Answers answers) {
        Optional<Invitation> invitation = usable(token);
        invitation.ifPresent(i -> complete(store(i, answers, ReplyChannel.ONLINE)));
        return invitation.isPresent();
    }

    /** A paper questionnaire's invitation, by the code printed on it (CS-04). */
    public Optional<Invitation> findByReplyCode(String code) {
        return em.createQuery("select i from Invitation i where i.replyCode = :code", Invitation.class)
                .setParameter("code", ReplyCode.normalise(code))
                .getResultStream()
                .findFirst();
    }

    /** An invitation by its id: the visit task in the inbox leads to its entry (CS-04). */
    public Optional<Invitation> findInvitation(long invitationId) {
        return Optional.ofNullable(em.find(Invitation.class, invitationId));
    }

    /** A customer's invitations in a campaign, for a reply whose code got lost. */
    public List<Invitation> invitationsOf(long campaignId, long customerId) {
        return em.createQuery(
                        "select i from Invitation i where i.campaign.id = :c and i.customer.id = :cu"
                                + " order by i.contact.name",
                        Invitation.class)
                .setParameter("c", campaignId)
                .setParameter("cu", customerId)
                .getResultList();
    }

    /** The questions of an invitation as the paper-entry screen shows them. */
    public ReplyForm formOf(long invitationId) {
        return form(invitation(invitationId));
    }

    /**
     * SALES enters a reply that came by fax, mail or visit, with the scan of the original, and
     * submits it (CS-04); the customer is thanked (CS-06).
     */
    @RolesAllowed(Role.SALES)
    public SurveyReply enterPaperReply(
            long invitationId,
            @NotNull ReplyChannel channel,
            @NotNull ReplyForm.Answers answers,
            String scanName,
            String scanType,
            byte[] scan) {
        if (!channel.isPaper()) {
            throw new RuleViolation("survey.reply.paperChannel");
        }
        Invitation invitation = invitation(invitationId);
        if (invitation.isReplied()) {
            throw new RuleViolation("survey.reply.alreadySubmitted", invitation.getReplyCode());
        }
        SurveyReply reply = store(invitation, answers, channel);
        reply.setEnteredBy(session.getCallerPrincipal().getName());
        if (scan != null && scan.length > 0) {
            em.persist(new ReplyScan(
                    reply,
                    scanName == null ? "scan" : scanName,
                    scanType == null ? "application/octet-stream" : scanType,
                    scan));
        }
        complete(reply);
        return reply;
    }

    /** SALES read a complaint in a reply's comments: the reply goes to corrective action (CS-07). */
    @RolesAllowed(Role.SALES)
    public SurveyReply flag(long replyId) {
        SurveyReply reply = em.find(SurveyReply.class, replyId);
        if (reply == null || !reply.isSubmitted()) {
            throw new RuleViolation("survey.reply.unknown");
        }
        if (!reply.isFlagged()) {
            var before = reply.auditSnapshot();
            reply.setFlagged(true);
            audit.changed(reply, before);
            dissatisfaction.actOn(reply);
        }
        return reply;
    }

    /**
     * Opens the actions of online replies that were stored waiting for SALES before the actions
     * opened at submission (CS-07); nothing is left waiting since.
     */
    @RolesAllowed(Role.SALES)
    public int openPendingActions(long campaignId) {
        var pending = em.createQuery(
                        "select r from SurveyReply r where r.invitation.campaign.id = :c and r.actionsPending = true",
                        SurveyReply.class)
                .setParameter("c", campaignId)
                .getResultList();
        pending.forEach(dissatisfaction::actOn);
        return pending.size();
    }

    /** The submitted replies of a campaign, newest first. */
    public Page<SurveyReply> submitted(long campaignId, @NotNull PageRequest request) {
        boolean unsorted = request.sortField() == null;
        return FilteredQuery.of(em, SurveyReply.class)
                .where((cb, root) -> cb.and(
                        cb.equal(root.get("invitation").get("campaign").get("id"), campaignId),
                        cb.isNotNull(root.get("submittedAt"))))
                .page(new PageRequest(
                        request.first(),
                        request.size(),
                        unsorted ? "submittedAt" : request.sortField(),
                        !unsorted && request.ascending(),
                        request.filters()));
    }

    public Optional<ReplyScan> scanOf(long replyId) {
        return em.createQuery("select s from ReplyScan s where s.reply.id = :r", ReplyScan.class)
                .setParameter("r", replyId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Whether the token's questionnaire was submitted already: its holder is told so plainly
     * instead of the page for unusable links. Only a real link's holder can learn it.
     */
    @PermitAll
    public boolean alreadySubmitted(String token) {
        return byToken(token).map(Invitation::isReplied).orElse(false);
    }

    private Optional<Invitation> usable(String token) {
        Instant now = clock.instant();
        return byToken(token).filter(i -> i.isOpenAt(now) && i.getCampaign().getStatus() != CampaignStatus.CLOSED);
    }

    private Optional<Invitation> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = InvitationToken.hashOf(token.strip());
        return em.createQuery("select i from Invitation i where i.tokenHash = :h", Invitation.class)
                .setParameter("h", hash)
                .getResultStream()
                .findFirst()
                .or(() -> em.createQuery(
                                "select r.invitation from SurveyReminder r where r.tokenHash = :h", Invitation.class)
                        .setParameter("h", hash)
                        .getResultStream()
                        .findFirst());
    }

    private ReplyForm form(Invitation invitation) {
        Questionnaire q = invitation.getCampaign().getQuestionnaire();
        var scores = new HashMap<Long, Integer>();
        var comments = new HashMap<Long, String>();
        Optional<SurveyReply> reply = replyOf(invitation);
        reply.ifPresent(r -> r.getAnswers().forEach(a -> {
            // an item saved without a score comes back unanswered, to be answered (or marked n/a)
            // before submitting, never silently as "not applicable"
            if (a.getScore() != null) {
                scores.put(a.getItem().getId(), a.getScore());
            }
            if (a.getComment() != null) {
                comments.put(a.getItem().getId(), a.getComment());
            }
        }));
        Contact contact = invitation.getContact();
        return new ReplyForm(
                invitation.getCampaign().getName(),
                invitation.getCustomer().displayName(invitation.getLanguage()),
                contact.getName(),
                invitation.getLanguage(),
                invitation.getCampaign().getDeadline(),
                q.getItems().stream()
                        .map(i -> new ReplyForm.Question(i.getId(), i.getPosition(), i.getTextEn(), i.getTextZh()))
                        .toList(),
                q.getScaleEn(),
                q.getScaleZh(),
                scores,
                comments,
                reply.map(SurveyReply::getComment).orElse(null),
                invitation.getCustomer().displayName("zh_CN"),
                invitation.getCustomer().displayName("en"));
    }

    private Optional<SurveyReply> replyOf(Invitation invitation) {
        return em.createQuery("select r from SurveyReply r where r.invitation = :i", SurveyReply.class)
                .setParameter("i", invitation)
                .getResultStream()
                .findFirst();
    }

    private SurveyReply store(Invitation invitation, ReplyForm.Answers answers, ReplyChannel channel) {
        Instant now = clock.instant();
        SurveyReply reply = replyOf(invitation).orElseGet(() -> {
            var r = new SurveyReply(invitation, now);
            em.persist(r);
            return r;
        });
        var before = reply.isNew() ? null : reply.auditSnapshot();
        reply.setChannel(channel);
        reply.setSavedAt(now);
        for (QuestionnaireItem item :
                invitation.getCampaign().getQuestionnaire().getItems()) {
            Integer score = answers.scores() == null ? null : answers.scores().get(item.getId());
            if (score != null && (score < 1 || score > 5)) {
                throw new RuleViolation("survey.reply.scoreRange");
            }
            String comment =
                    answers.comments() == null ? null : answers.comments().get(item.getId());
            reply.answer(item, score, comment);
        }
        reply.setComment(answers.comment());
        em.flush();
        if (before == null) {
            audit.created(reply);
        } else {
            audit.changed(reply, before);
        }
        return reply;
    }

    /**
     * Submits, thanks (CS-06), finishes the visit waiting on the reply (CS-04) and acts on
     * dissatisfaction (CS-07).
     */
    private void complete(SurveyReply reply) {
        var before = reply.auditSnapshot();
        Instant now = clock.instant();
        reply.submit(now);
        Invitation invitation = reply.getInvitation();
        Contact contact = invitation.getContact();
        if (contact.canBeReachedBy(SurveyChannel.EMAIL)) {
            String language = invitation.getLanguage();
            outbox.queue(
                    THANKS_EVENT + reply.getId(),
                    contact.getEmail(),
                    SurveyMailTexts.text(
                            language, "thanks.subject", invitation.getCampaign().getName()),
                    SurveyMailTexts.text(
                            language,
                            "thanks.body",
                            contact.getName(),
                            invitation.getCampaign().getName()));
            reply.thanked(now, "EMAIL");
        } else {
            // a letter is printed for those we cannot reach by e-mail
            reply.thanked(now, "LETTER");
        }
        audit.changed(reply, before);
        tasks.finishForInvitation(invitation.getId(), TaskKind.SURVEY_VISIT, user.name());
        dissatisfaction.actOn(reply);
    }

    private Invitation invitation(long id) {
        Invitation invitation = em.find(Invitation.class, id);
        if (invitation == null) {
            throw new RuleViolation("survey.invitation.unknown");
        }
        return invitation;
    }
}
