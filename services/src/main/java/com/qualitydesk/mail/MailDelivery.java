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

    /** One run's outcome: the mails the server accepted and those it refused. */
    public record Round(int sent, int refused) {}

    /** What became of one mail handed to the server. */
    public enum Outcome {
        ACCEPTED,
        REFUSED,
        /** sent meanwhile by another run, or out of attempts */
        LEFT_ALONE
    }

    /** Whether an SMTP server is configured; without one, mails wait in the outbox. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean canSend() {
        return smtp.settings().isConfigured();
    }

    /** Sends what is due; returns how many mails the server accepted. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverDue() {
        SmtpSettings settings = smtp.settings();
        if (!settings.isConfigured()) {
            return 0;
        }
        // retries first, then the queued in the order queued: each of the two straight from the
        // index on (status, queued at, id), also with a campaign's thousands waiting; the status
        // leads the order by as it leads the index, or H2 sorts them all instead of reading it
        // in order
        List<Long> due = new ArrayList<>(waiting(MailStatus.FAILED, BATCH));
        if (due.size() < BATCH) {
            due.addAll(waiting(MailStatus.QUEUED, BATCH - due.size()));
        }
        return hand(due, settings).sent();
    }

    /**
     * Sends the oldest mails never tried yet, as a dispatch hands over its invitations while it is
     * still queuing them. Retries are left to {@link #deliverDue}'s runs: a server that is down
     * would otherwise use up their attempts within seconds.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Round deliverQueued() {
        SmtpSettings settings = smtp.settings();
        if (!settings.isConfigured()) {
            return new Round(0, 0);
        }
        return hand(waiting(MailStatus.QUEUED, BATCH), settings);
    }

    private Round hand(List<Long> due, SmtpSettings settings) {
        if (due.isEmpty()) {
            return new Round(0, 0);
        }
        MailDelivery self = context.getBusinessObject(MailDelivery.class);
        int sent = 0;
        int refused = 0;
        try (var connection = new SmtpConnection(settings.session())) {
            for (Long id : due) {
                try {
                    switch (self.deliver(id, connection, settings.from())) {
                        case ACCEPTED -> sent++;
                        case REFUSED -> refused++;
                        case LEFT_ALONE -> {
                            // another run took it
                        }
                    }
                } catch (RuntimeException e) {
                    // the mail stays as it was and is tried at the next run
                    refused++;
                    LOG.log(Level.WARNING, "Mail " + id + " could not be processed", e);
                }
            }
        }
        return new Round(sent, refused);
    }

    private List<Long> waiting(MailStatus status, int limit) {
        return em.createQuery(
                        "select m.id from OutgoingMail m where m.status = :status and m.attempts < :max"
                                + " order by m.status, m.queuedAt, m.id",
                        Long.class)
                .setParameter("status", status)
                .setParameter("max", MAX_ATTEMPTS)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Sends one mail in a transaction of its own. A mail sent meanwhile, or out of attempts, is
     * left alone.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome deliver(long id, SmtpConnection connection, String from) {
        // Locked until sent and marked: the five-minute run and a job's own delivery may reach the
        // same mail together, and without the lock both would hand it to the server before the
        // version check refused the second one's commit: one event, two messages.
        OutgoingMail mail = em.find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.isDue(MAX_ATTEMPTS)) {
            return Outcome.LEFT_ALONE;
        }
        // not audited: the outbox row is the mail's record (status, attempts, error, sent at)
        try {
            connection.send(message(mail, connection.session(), from, clock.instant()));
            mail.sent(clock.instant());
            return Outcome.ACCEPTED;
        } catch (MessagingException e) {
            mail.failed(describe(e), clock.instant());
            LOG.warning("Mail " + mail.getEventKey() + " to " + mail.getRecipient() + " not sent (attempt "
                    + mail.getAttempts() + "): " + mail.getLastError());
            return Outcome.REFUSED;
        }
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
