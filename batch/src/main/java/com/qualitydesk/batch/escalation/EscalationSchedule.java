package com.qualitydesk.batch.escalation;

import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.jobs.BatchJobs;
import com.qualitydesk.jobs.ScheduledTurns;
import com.qualitydesk.jobs.ScheduledWork;
import com.qualitydesk.security.Department.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Every 15 minutes in working hours, the escalation job (CF-05, CF-08) warns and escalates. At
 * night, at weekends and on holidays it is not started: nobody is there to act, and the deadlines
 * do not run then either. A run still going is not joined by a second one.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EscalationSchedule {

    public static final String JOB = BatchJobs.ESCALATION;

    private static final Logger LOG = Logger.getLogger(EscalationSchedule.class.getName());

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    @Inject
    BatchJobs jobs;

    @Inject
    ScheduledTurns turns;

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void everyQuarterHour() {
        try {
            // one instance of a cluster starts the job of a quarter hour (issue 16)
            if (turns.take(ScheduledWork.ESCALATION)) {
                startIfWorking(clock.instant());
            }
        } catch (RuntimeException e) {
            // the timer must keep running; the next quarter hour tries again
            LOG.warning("Escalation job not started: " + e);
        }
    }

    /** Whether the job runs at this moment: only while people work. */
    @PermitAll
    public boolean runsAt(Instant now) {
        return calendars.current().isWorkingMoment(now);
    }

    /** What the timer does: starts the job for this moment if people work then; the execution id. */
    @PermitAll
    public Optional<Long> startIfWorking(Instant now) {
        if (!runsAt(now) || jobs.isRunning(JOB)) {
            return Optional.empty();
        }
        return Optional.of(jobs.start(JOB, BatchJobs.escalationAt(now)));
    }

    /** Starts the job at once for the given moment (for an administrator, and the tests). */
    @RolesAllowed(Role.ADMIN)
    public long startNow(Instant at) {
        return jobs.startEscalation(at);
    }
}
