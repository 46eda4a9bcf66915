package com.qualitydesk.batch.figures;

import com.qualitydesk.jobs.BatchJobs;
import com.qualitydesk.jobs.ScheduledTurns;
import com.qualitydesk.jobs.ScheduledWork;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * CS-09: every hour the monthly-sheets job opens the sheets of the month just ended and puts
 * their submission steps in the departments' inboxes, so that the reminder is there from the first
 * hour of the new month; the steps' warnings and escalations are the escalation job's. A run
 * still going is not joined by a second one.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubmissionStepsSchedule {

    public static final String JOB = "monthly-sheets";

    private static final Logger LOG = Logger.getLogger(SubmissionStepsSchedule.class.getName());

    @Inject
    BatchJobs jobs;

    @Inject
    ScheduledTurns turns;

    @Inject
    Clock clock;

    @Schedule(minute = "7", hour = "*", persistent = false)
    void everyHour() {
        try {
            // one instance of a cluster starts the hour's job (issue 16)
            if (turns.take(ScheduledWork.MONTHLY_SHEET_STEPS) && !jobs.isRunning(JOB)) {
                var parameters = new Properties();
                parameters.setProperty(
                        SubmissionStepsBatchlet.AT, clock.instant().toString());
                jobs.start(JOB, parameters);
            }
        } catch (RuntimeException e) {
            // the timer must keep running; the next hour tries again
            LOG.warning("Monthly-sheets job not started: " + e);
        }
    }
}
