package com.qualitydesk.platform;

import com.qualitydesk.jobs.BatchJobs;
import com.qualitydesk.mail.MailStatus;
import com.qualitydesk.security.LoginFailureCount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * What IT watches on a running installation (the /metrics page): the mail outbox, the open steps
 * past their deadline, the batch jobs and the login failures. Everything but the login failures is
 * read from the shared database on each scrape, so every instance answers the same; the login
 * failures are counted by each instance since its start ({@link LoginFailureCount}), as a
 * monitoring system sums counters over instances.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OperationsFigures {

    /** A job's latest runs looked at for "failed": enough for a job that runs every few minutes. */
    static final int RECENT_STARTS = 50;

    public record Figures(
            long mailsWaiting,
            long mailsFailed,
            long stepsOverdue,
            long jobsRunning,
            long jobsFailed,
            long accountsLocked,
            long loginFailures) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LoginFailureCount loginFailures;

    @Inject
    BatchJobs jobs;

    public Figures now() {
        var now = clock.instant();
        long waiting = mails(MailStatus.QUEUED);
        long failed = mails(MailStatus.FAILED);
        long overdue = em.createQuery(
                        "select count(t) from Task t where t.doneAt is null and t.dueAt < :now", Long.class)
                .setParameter("now", now)
                .getSingleResult();
        long locked = em.createQuery("select count(a) from Account a where a.lockedUntil > :now", Long.class)
                .setParameter("now", now)
                .getSingleResult();
        var batch = jobs.health(RECENT_STARTS);
        return new Figures(waiting, failed, overdue, batch.running(), batch.failed(), locked, loginFailures.total());
    }

    private long mails(MailStatus status) {
        return em.createQuery("select count(m) from OutgoingMail m where m.status = :s", Long.class)
                .setParameter("s", status)
                .getSingleResult();
    }
}
