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
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Hands the waiting mails to the configured SMTP server, {@link #HANDED_TOGETHER} at a time: one
 * transaction marks them handed, one records the server's answers (accepted: sent; refused: tried
 * again at a later run, up to {@link #MAX_ATTEMPTS} times). A mail is thus never handed twice by
 * mistake: if the application stops between the two, its mails stay handed, and the next run
 * after {@link #IN_DOUBT_AFTER} reports them in doubt instead of sending them again (CS-04: at most
 * one message; an administrator retries one after checking it did not arrive). Without a
 * configured server nothing is sent.
 */
@Stateless
@PermitAll
public class MailDelivery {

    /** Attempts per mail before it waits for an administrator's retry. */
    public static final int MAX_ATTEMPTS = 5;

    /** Mails per run, so that one run stays short. */
    static final int BATCH = 100;

    /**
     * Mails marked handed in one commit and recorded in the next: a commit per mail took longer
     * than handing the mail over on PostgreSQL, and an interruption leaves at most these in doubt.
     */
    static final int HANDED_TOGETHER = 25;

    /** How long after being handed a mail without a recorded answer counts as interrupted. */
    public static final Duration IN_DOUBT_AFTER = Duration.ofMinutes(10);

    /** The error of an interrupted mail, as stored for whoever reads the table. */
    private static final String INTERRUPTED =
            "Interrupted while being handed to the SMTP server: it may have arrived; not sent again on its own.";

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
        context.getBusinessObject(MailDelivery.class)
                .reportInterrupted(clock.instant().minus(IN_DOUBT_AFTER));
        // retries first, then the queued in the order queued: each of the two straight from the
        // index on (status, queued at, id), also with a campaign's thousands waiting; the status
        // leads the order by as it leads the index, or H2 sorts them all instead of reading it
        // in order
        List<Long> due = new ArrayList<>(waiting(MailStatus.FAILED, BATCH));
        if (due.size() < BATCH) {
            due.addAll(waiting(MailStatus.QUEUED, BATCH - due.size()));
        }
        return deliver(due, settings).sent();
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
        return deliver(waiting(MailStatus.QUEUED, BATCH), settings);
    }

    /** Hands these mails, those of them still due, to the given server. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Round deliver(List<Long> due, SmtpSettings settings) {
        MailDelivery self = context.getBusinessObject(MailDelivery.class);
        int sent = 0;
        int refused = 0;
        try (var connection = new SmtpConnection(settings.session())) {
            for (int from = 0; from < due.size(); from += HANDED_TOGETHER) {
                List<OutgoingMail> handed =
                        self.markHanded(due.subList(from, Math.min(due.size(), from + HANDED_TOGETHER)));
                var answers = new Answers();
                for (OutgoingMail mail : handed) {
                    if (answers.serverError != null) {
                        answers.untried.add(mail.getId());
                    } else {
                        hand(mail, connection, settings.from(), answers);
                    }
                }
                self.recordAnswers(answers.accepted, answers.refused, answers.untried);
                sent += answers.accepted.size();
                refused += answers.refused.size();
                if (answers.serverError != null) {
                    self.outageGoesOn(answers.serverError);
                    // a server that is down or unreachable would make each further mail wait for its timeout
                    break;
                }
            }
        }
        if (sent > 0) {
            self.outageEnded();
        }
        return new Round(sent, refused);
    }

    /** What the server said to a group of handed mails. */
    private static final class Answers {
        final List<Long> accepted = new ArrayList<>();
        final Map<Long, String> refused = new LinkedHashMap<>();
        final List<Long> untried = new ArrayList<>();
        String serverError;
    }

    private void hand(OutgoingMail mail, SmtpConnection connection, String from, Answers answers) {
        MimeMessage message;
        try {
            message = message(mail, connection.session(), from, clock.instant());
        } catch (MessagingException | RuntimeException e) {
            refuse(mail, e, answers); // this mail's own fault, such as an address that does not parse
            return;
        }
        try {
            connection.send(message);
            answers.accepted.add(mail.getId());
        } catch (SendFailedException e) {
            refuse(mail, e, answers); // the server refused this message; the others may go
        } catch (MessagingException | RuntimeException e) {
            refuse(mail, e, answers);
            answers.serverError = describe(e);
        }
    }

    private static void refuse(OutgoingMail mail, Exception e, Answers answers) {
        answers.refused.put(mail.getId(), describe(e));
        LOG.warning("Mail " + mail.getEventKey() + " to " + mail.getRecipient() + " not sent: " + describe(e));
    }

    private List<Long> waiting(MailStatus status, int limit) {
        return em.createQuery(
                        // not the handed: those in doubt would otherwise head every run's list for good
                        "select m.id from OutgoingMail m where m.status = :status and m.attempts < :max"
                                + " and m.handedAt is null order by m.status, m.queuedAt, m.id",
                        Long.class)
                .setParameter("status", status)
                .setParameter("max", MAX_ATTEMPTS)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Marks the mails of these that are still due as handed, in a transaction of its own, and
     * returns them. Locked while marked: the five-minute run and a job's own delivery may reach the
     * same mails together; the second finds them handed and leaves them alone.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<OutgoingMail> markHanded(List<Long> ids) {
        Instant now = clock.instant();
        var handed = new ArrayList<OutgoingMail>();
        for (OutgoingMail mail : em.createQuery(
                        "select m from OutgoingMail m where m.id in :ids order by m.id", OutgoingMail.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            if (mail.isDue(MAX_ATTEMPTS)) {
                mail.handing(now);
                handed.add(mail);
            }
        }
        return handed;
    }

    /**
     * Records what the server answered for handed mails, in a transaction of its own; those never
     * handed over (the server failed before their turn) wait again as they were.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAnswers(List<Long> accepted, Map<Long, String> refused, List<Long> untried) {
        // not audited: the outbox row is the mail's record (status, attempts, error, sent at)
        Instant now = clock.instant();
        for (Long id : accepted) {
            em.find(OutgoingMail.class, id).sent(now);
        }
        refused.forEach((id, error) -> em.find(OutgoingMail.class, id).failed(error, now));
        for (Long id : untried) {
            em.find(OutgoingMail.class, id).notHanded();
        }
    }

    /**
     * The server failed a run: the outage starts now unless it already did, and its last error is
     * this one. Update statements rather than a loaded entity, so that the dispatch's hand-over and
     * the five-minute run never conflict over the row's version.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void outageGoesOn(String error) {
        Instant now = clock.instant();
        em.createQuery("update MailOutage o set o.lastError = :error, o.lastTriedAt = :now where o.id = :row")
                .setParameter("now", now)
                .setParameter("error", error)
                .setParameter("row", MailOutage.ROW)
                .executeUpdate();
        // an Instant is converted only where it is assigned to its attribute, not inside coalesce()
        em.createQuery("update MailOutage o set o.since = :now where o.id = :row and o.since is null")
                .setParameter("now", now)
                .setParameter("row", MailOutage.ROW)
                .executeUpdate();
    }

    /** The server accepted a mail: whatever outage there was has ended. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void outageEnded() {
        // touches the row only during an outage: runs that go well write nothing
        em.createQuery("update MailOutage o set o.since = null, o.lastTriedAt = :now"
                        + " where o.id = :row and o.since is not null")
                .setParameter("now", clock.instant())
                .setParameter("row", MailOutage.ROW)
                .executeUpdate();
    }

    /**
     * Mails handed over before the given moment without an answer: the application stopped
     * meanwhile. The five-minute run asks for those handed {@link #IN_DOUBT_AFTER} ago; a server
     * just started for those handed before its start, which only a dead server can have left.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reportInterrupted(Instant handedBefore) {
        for (OutgoingMail mail : em.createQuery(
                        "select m from OutgoingMail m where m.handedAt < :before and m.status = :handed",
                        OutgoingMail.class)
                .setParameter("before", handedBefore)
                .setParameter("handed", MailStatus.QUEUED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            mail.interrupted(INTERRUPTED);
            LOG.warning("Mail " + mail.getEventKey() + " to " + mail.getRecipient()
                    + " was interrupted while being handed over: it may have arrived; it waits for an administrator");
        }
    }

    /** The header naming the outbox mail a message carries. */
    public static final String MAIL_HEADER = "X-Quality-Desk-Mail";

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
        // the outbox row's key: an operator (or a test's SMTP sink) finds the mail behind a message,
        // and two messages with one key would be one mail handed over twice
        message.setHeader(MAIL_HEADER, mail.getEventKey());
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
