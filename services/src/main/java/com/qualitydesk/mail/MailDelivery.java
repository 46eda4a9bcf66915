package com.qualitydesk.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands the waiting mails to the configured SMTP server, each in its own transaction: a mail is
 * marked sent only once the server accepted it; a refusal is recorded and the mail tried again at
 * the next run, up to {@link #MAX_ATTEMPTS} times. Without a configured server nothing is sent.
 */
@Stateless
@PermitAll
public class MailDelivery {

    /** Attempts per mail before it waits for an administrator's retry. */
    public static final int MAX_ATTEMPTS = 5;

    /** Mails per run, so that one run stays short. */
    static final int BATCH = 100;

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    SmtpConfiguration smtp;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Sends what is due; returns how many mails the server accepted. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverDue() {
        SmtpSettings settings = smtp.settings();
        if (!settings.isConfigured()) {
            return 0;
        }
        // retries first, then the queued in the order queued: each of the two straight from the
        // index on (status, queued at, id), also with a campaign's thousands waiting
        List<Long> due = new ArrayList<>(waiting(MailStatus.FAILED, BATCH));
        if (due.size() < BATCH) {
            due.addAll(waiting(MailStatus.QUEUED, BATCH - due.size()));
        }
        if (due.isEmpty()) {
            return 0;
        }
        MailDelivery self = context.getBusinessObject(MailDelivery.class);
        int sent = 0;
        try (var connection = new SmtpConnection(settings.session())) {
            for (Long id : due) {
                try {
                    if (self.deliver(id, connection, settings.from())) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    // the mail stays as it was and is tried at the next run
                    LOG.log(Level.WARNING, "Mail " + id + " could not be processed", e);
                }
            }
        }
        return sent;
    }

    private List<Long> waiting(MailStatus status, int limit) {
        return em.createQuery(
                        "select m.id from OutgoingMail m where m.status = :status and m.attempts < :max"
                                + " order by m.queuedAt, m.id",
                        Long.class)
                .setParameter("status", status)
                .setParameter("max", MAX_ATTEMPTS)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Sends one mail in a transaction of its own; true when the server accepted it. A mail sent
     * meanwhile, or out of attempts, is left alone.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long id, SmtpConnection connection, String from) {
        // Locked until sent and marked: the five-minute run and a job's own delivery may reach the
        // same mail together, and without the lock both would hand it to the server before the
        // version check refused the second one's commit: one event, two messages.
        OutgoingMail mail = em.find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.isDue(MAX_ATTEMPTS)) {
            return false;
        }
        boolean sent;
        try {
            connection.send(message(mail, connection.session(), from, clock.instant()));
            mail.sent(clock.instant());
            sent = true;
        } catch (MessagingException e) {
            mail.failed(describe(e), clock.instant());
            LOG.warning("Mail " + mail.getEventKey() + " to " + mail.getRecipient() + " not sent (attempt "
                    + mail.getAttempts() + "): " + mail.getLastError());
            sent = false;
        }
        // not audited: the outbox row is the mail's record (status, attempts, error, sent at)
        return sent;
    }

    static MimeMessage message(OutgoingMail mail, Session session, String from, Instant now) throws MessagingException {
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        if (mail.isHtml()) {
            message.setText(mail.getBody(), StandardCharsets.UTF_8.name(), "html");
        } else {
            message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        }
        message.setSentDate(Date.from(now));
        return message;
    }

    /** The exception and its causes, as an administrator reads them in the outbox. */
    static String describe(Throwable e) {
        var text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < OutgoingMail.MAX_ERROR; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" / ");
            }
            text.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }
}
