package com.qualitydesk.platform;

import com.qualitydesk.mail.MailStatus;
import com.qualitydesk.security.LoginFailureCount;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;

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
        long running = 0;
        long jobsFailed = 0;
        JobOperator jobs = BatchRuntime.getJobOperator();
        for (String name : jobs.getJobNames()) {
            try {
                running += jobs.getRunningExecutions(name).size();
                // a job whose latest run failed and was not started again since
                for (var instance : jobs.getJobInstances(name, 0, RECENT_STARTS)) {
                    var latest = jobs.getJobExecutions(instance).stream()
                            .max(Comparator.comparingLong(JobExecution::getExecutionId));
                    if (latest.isPresent() && latest.get().getBatchStatus() == BatchStatus.FAILED) {
                        jobsFailed++;
                    }
                }
            } catch (NoSuchJobException gone) {
                // its history was purged between the two calls
            }
        }
        return new Figures(waiting, failed, overdue, running, jobsFailed, locked, loginFailures.total());
    }

    private long mails(MailStatus status) {
        return em.createQuery("select count(m) from OutgoingMail m where m.status = :s", Long.class)
                .setParameter("s", status)
                .getSingleResult();
    }
}
