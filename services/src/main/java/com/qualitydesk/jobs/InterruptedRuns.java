package com.qualitydesk.jobs;

import com.qualitydesk.mail.MailDelivery;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a crash left behind, found and put right without an operator. Every five seconds this
 * server beats for the job executions it runs; an execution the batch runtime still calls running
 * whose server has been silent for the setting qd.jobs.silent-after-seconds (default
 * {@link #SILENT_AFTER_SECONDS}) died with it (kill -9, power loss): it is
 * marked failed with the exit status {@link JobHeartbeats#INTERRUPTED}, and its feature resumes it
 * from its last checkpoint ({@link RunInterrupted}), up to qd.jobs.resumes times per job start
 * (default {@link #RESUMES}) so that a job that itself kills its server is left to an
 * administrator; 0 leaves every interrupted job to the administrator. At its first round after
 * the start, this server also reports the mails another run was handing to the SMTP server when it
 * died as in doubt, instead of leaving them for ten minutes (CS-04: at most one message each).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterruptedRuns {

    /**
     * Without a heartbeat for this long, the server running an execution is gone: six beats
     * missed, more than a long garbage collection or a database failover of another instance takes.
     */
    public static final String SILENT_AFTER_SECONDS = "30";

    /**
     * Automatic resumptions of one job start after crashes; then an administrator decides. An
     * operator who wants a person to look at every crash before a job goes on sets 0.
     */
    public static final String RESUMES = "3";

    private static final Logger LOG = Logger.getLogger(InterruptedRuns.class.getName());

    @Inject
    JobHeartbeats heartbeats;

    @Inject
    ServerInstance server;

    @Inject
    BatchJobs jobs;

    @Inject
    MailDelivery delivery;

    @Inject
    Event<RunInterrupted> interrupted;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "qd.jobs.silent-after-seconds", defaultValue = SILENT_AFTER_SECONDS)
    long silentAfterSeconds;

    @Inject
    @ConfigProperty(name = "qd.jobs.resumes", defaultValue = RESUMES)
    long resumes;

    private boolean mailsChecked;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void everyFiveSeconds() {
        try {
            sweep(clock.instant());
        } catch (RuntimeException e) {
            // the timer must keep running: the next round tries again
            LOG.warning("Interrupted job executions not checked: " + e);
        }
    }

    /** One round as of the given moment; the executions it found dead and marked failed. */
    @PermitAll
    public List<Long> sweep(Instant now) {
        heartbeats.beat(now);
        if (!mailsChecked) {
            delivery.reportInterrupted(server.startedAt());
            mailsChecked = true;
        }
        var marked = new ArrayList<Long>();
        for (RunningExecution run : heartbeats.running()) {
            if (server.isRunning(run.execution()) || !run.isSilentSince(now, Duration.ofSeconds(silentAfterSeconds))) {
                continue;
            }
            if (!heartbeats.markInterrupted(run, now)) {
                continue;
            }
            marked.add(run.execution());
            long times = heartbeats.interruptions(run.jobInstance());
            if (times > resumes) {
                LOG.warning("Job execution " + run.execution() + " (" + run.job() + ") died with its server, "
                        + times + " time(s) for this start: marked failed and left for an administrator to restart"
                        + " (qd.jobs.resumes=" + resumes + ")");
                continue;
            }
            LOG.warning("Job execution " + run.execution() + " (" + run.job()
                    + ") died with its server: marked failed and resumed from its last checkpoint");
            try {
                interrupted.fire(new RunInterrupted(
                        run.execution(),
                        run.job(),
                        jobs.find(run.execution()).map(JobRun::parameters).orElse(null)));
            } catch (RuntimeException e) {
                LOG.warning("Job execution " + run.execution() + " not resumed; an administrator restarts it: " + e);
            }
        }
        return marked;
    }
}
