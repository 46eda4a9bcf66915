package com.qualitydesk.mail;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outgoing mail of every feature. A mail is queued under the key of the event it announces;
 * queuing the same event again returns the mail already queued, so nobody is told twice. Mails
 * wait here until {@link MailDelivery} handed them to the SMTP server.
 */
@Stateless
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    SmtpConfiguration smtp;

    @Inject
    Clock clock;

    /**
     * Queues a plain-text mail for an event, once: for a key already queued the existing mail is
     * returned unchanged. Every feature queues on behalf of its user, hence open to all callers.
     */
    @PermitAll
    public OutgoingMail queue(String eventKey, String recipient, String subject, String body) {
        return queue(eventKey, recipient, subject, body, false);
    }

    /** As {@link #queue(String, String, String, String)}, the body being HTML when asked. */
    @PermitAll
    public OutgoingMail queue(String eventKey, String recipient, String subject, String body, boolean html) {
        return queueAll(List.of(new MailDraft(eventKey, recipient, subject, body, html)))
                .get(0);
    }

    /**
     * Queues the mails of many events at once, each once, in the order given: a job announcing
     * thousands of events asks for the keys already queued once per call rather than once per mail
     * (every query first writes out all that the transaction has pending).
     */
    @PermitAll
    public List<OutgoingMail> queueAll(List<MailDraft> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        Map<String, OutgoingMail> queued = new HashMap<>();
        em.createQuery("select m from OutgoingMail m where m.eventKey in :keys", OutgoingMail.class)
                .setParameter(
                        "keys", drafts.stream().map(MailDraft::key).distinct().toList())
                .getResultList()
                .forEach(mail -> queued.put(mail.getEventKey(), mail));
        var result = new ArrayList<OutgoingMail>(drafts.size());
        for (MailDraft draft : drafts) {
            result.add(queued.computeIfAbsent(draft.key(), key -> store(key, draft)));
        }
        return result;
    }

    private OutgoingMail store(String key, MailDraft draft) {
        var mail = new OutgoingMail(key, draft.recipientAddress(), draft.subject(), draft.body(), clock.instant());
        mail.setHtml(draft.html());
        // No audit entries: the queued mail is itself the record of what was announced, when and to
        // whom, and a job announcing thousands of events would otherwise write eight rows per mail.
        // The unique event key also refuses a concurrent second queuing of the same event.
        records.validate(mail);
        em.persist(mail);
        return mail;
    }

    @PermitAll
    public Optional<OutgoingMail> findByEventKey(String eventKey) {
        return em.createQuery("select m from OutgoingMail m where m.eventKey = :key", OutgoingMail.class)
                .setParameter("key", eventKey)
                .getResultStream()
                .findFirst();
    }

    /** The outbox, newest first unless sorted otherwise. */
    @RolesAllowed(Role.ADMIN)
    public Page<OutgoingMail> page(PageRequest request) {
        boolean unsorted = request.sortField() == null;
        return FilteredQuery.of(em, OutgoingMail.class)
                .page(new PageRequest(
                        request.first(),
                        request.size(),
                        unsorted ? "queuedAt" : request.sortField(),
                        !unsorted && request.ascending(),
                        request.filters()));
    }

    /** Gives a failed mail a new round of delivery attempts, at the next delivery run. */
    @RolesAllowed(Role.ADMIN)
    public OutgoingMail retry(long id) {
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        if (mail == null) {
            throw new RuleViolation("mail.unknown");
        }
        if (mail.getStatus() != MailStatus.FAILED) {
            throw new RuleViolation("mail.retry.notFailed");
        }
        var before = mail.auditSnapshot();
        mail.retry();
        audit.changed(mail, before);
        return mail;
    }

    /**
     * The SMTP outage going on, if any: the outbox and the administrator's home page show it
     * whole, instead of one failed mail among many that only wait.
     */
    @RolesAllowed(Role.ADMIN)
    public Optional<MailOutageReport> outage() {
        MailOutage outage = em.find(MailOutage.class, MailOutage.ROW);
        if (outage == null || !outage.isOngoing()) {
            return Optional.empty();
        }
        long waiting = em.createQuery(
                        "select count(m) from OutgoingMail m where m.status in :waiting and m.attempts < :max",
                        Long.class)
                .setParameter("waiting", List.of(MailStatus.QUEUED, MailStatus.FAILED))
                .setParameter("max", MailDelivery.MAX_ATTEMPTS)
                .getSingleResult();
        return Optional.of(
                new MailOutageReport(outage.getSince(), outage.getLastError(), outage.getLastTriedAt(), waiting));
    }

    /** The configured SMTP server, for the outbox screen; never its password. */
    @RolesAllowed(Role.ADMIN)
    public Optional<String> smtpServer() {
        SmtpSettings settings = smtp.settings();
        return settings.isConfigured() ? Optional.of(settings.toString()) : Optional.empty();
    }
}
