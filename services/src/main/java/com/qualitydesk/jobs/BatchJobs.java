package com.qualitydesk.jobs;

import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The one door to the batch runtime: jobs are started, restarted and stopped here, and their
 * executions read here. The jobs themselves (their XML and artifacts) live in the batch module; the
 * schedules, the survey dispatch, the administrator's screen and the REST API all come through this
 * service. It runs outside any transaction: the batch runtime keeps its own repository, and a job
 * started inside a transaction would wait for rows its caller has not committed.
 *
 * <p>Starting and reading are open to every caller, because timers and batch artifacts call them
 * without a person behind them and the services in front check the person (a campaign's dispatch
 * for SALES). An escalation run on demand and the administrator's operations on any job (the
 * history, a restart with the first start's parameters, a stop) are for ADMIN.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {

    /** CF-05, CF-08: warnings and escalations of open tasks. */
    public static final String ESCALATION = "escalation";

    /** The escalation job's one parameter: the moment it judges the tasks at (ISO-8601). */
    public static final String ESCALATION_AT = "at";

    /** CS-04: the invitations of a survey campaign. */
    public static final String SURVEY_DISPATCH = "survey-dispatch";

    /** Starts a job; the id of its execution. */
    @PermitAll
    public long start(String job, Properties parameters) {
        return operator().start(job, parameters);
    }

    /** The escalation job started at once, outside its schedule, for the given moment: for an administrator. */
    @RolesAllowed(Role.ADMIN)
    public long startEscalation(Instant at) {
        return start(ESCALATION, escalationAt(at));
    }

    /** The parameters of an escalation run that judges the open tasks at the given moment. */
    public static Properties escalationAt(Instant at) {
        var parameters = new Properties();
        parameters.setProperty(ESCALATION_AT, at.toString());
        return parameters;
    }

    /**
     * Restarts a stopped or failed execution where it stopped, with these parameters (a restart
     * does not inherit those of the first start); the id of the new execution.
     */
    @PermitAll
    public long restart(long execution, Properties parameters) {
        try {
            return operator().restart(execution, parameters);
        } catch (NoSuchJobExecutionException e) {
            throw new RuleViolation("batch.unknown", execution);
        } catch (JobExecutionAlreadyCompleteException e) {
            throw new RuleViolation("batch.alreadyComplete", execution);
        } catch (JobExecutionNotMostRecentException e) {
            throw new RuleViolation("batch.notMostRecent", execution);
        } catch (JobRestartException e) {
            throw new RuleViolation("batch.notRestartable", execution);
        }
    }

    /** Restarts a stopped or failed execution with the parameters it was started with. */
    @RolesAllowed(Role.ADMIN)
    public long restart(long execution) {
        Properties original;
        try {
            original = operator().getJobExecution(execution).getJobParameters();
        } catch (NoSuchJobExecutionException e) {
            throw new RuleViolation("batch.unknown", execution);
        }
        return restart(execution, original == null ? new Properties() : original);
    }

    /**
     * Asks a running execution to stop; it stops at its next checkpoint. One that is no longer
     * running (it ended meanwhile, or died with its server and was marked failed) is said so.
     */
    @RolesAllowed(Role.ADMIN)
    public void stop(long execution) {
        try {
            operator().stop(execution);
        } catch (NoSuchJobExecutionException e) {
            throw new RuleViolation("batch.unknown", execution);
        } catch (JobExecutionNotRunningException e) {
            throw new RuleViolation("batch.notRunning", execution);
        }
    }

    /** Whether an execution of the job is running now. */
    @PermitAll
    public boolean isRunning(String job) {
        try {
            return !operator().getRunningExecutions(job).isEmpty();
        } catch (NoSuchJobException e) {
            return false;
        }
    }

    /** How many times the job was started (restarts not counted); 0 for a job never started. */
    @PermitAll
    public long instanceCount(String job) {
        try {
            return operator().getJobInstanceCount(job);
        } catch (NoSuchJobException e) {
            return 0;
        }
    }

    /** An execution, if there is one with this id. */
    @PermitAll
    public Optional<JobRun> find(long execution) {
        JobOperator jobs = operator();
        try {
            return Optional.of(run(jobs, jobs.getJobExecution(execution)));
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    /** The newest execution of the job an execution belongs to (an administrator may have restarted it). */
    @PermitAll
    public JobRun latest(long execution) {
        JobOperator jobs = operator();
        JobExecution newest = jobs.getJobExecutions(jobs.getJobInstance(execution)).stream()
                .max(Comparator.comparingLong(JobExecution::getExecutionId))
                .orElseGet(() -> jobs.getJobExecution(execution));
        return run(jobs, newest);
    }

    /** What monitoring counts of the batch runtime: executions running now, and starts whose latest run failed. */
    public record Health(long running, long failed) {}

    /**
     * The running executions of every job, and among each job's latest starts those whose newest
     * execution failed and was not restarted since: a failure an administrator has not dealt with.
     */
    @PermitAll
    public Health health(int startsPerJob) {
        JobOperator jobs = operator();
        long running = 0;
        long failed = 0;
        for (String name : jobs.getJobNames()) {
            try {
                running += jobs.getRunningExecutions(name).size();
                for (var instance : jobs.getJobInstances(name, 0, startsPerJob)) {
                    var newest = jobs.getJobExecutions(instance).stream()
                            .max(Comparator.comparingLong(JobExecution::getExecutionId));
                    if (newest.isPresent() && newest.get().getBatchStatus() == BatchStatus.FAILED) {
                        failed++;
                    }
                }
            } catch (NoSuchJobException gone) {
                // its history was purged between the two calls
            }
        }
        return new Health(running, failed);
    }

    /** The executions of the latest starts of every job, newest first. */
    @RolesAllowed(Role.ADMIN)
    public List<JobRun> history(int startsPerJob) {
        JobOperator jobs = operator();
        var result = new ArrayList<JobRun>();
        for (String name : jobs.getJobNames()) {
            for (var instance : jobs.getJobInstances(name, 0, startsPerJob)) {
                for (JobExecution e : jobs.getJobExecutions(instance)) {
                    result.add(run(jobs, e));
                }
            }
        }
        result.sort(Comparator.comparingLong(JobRun::execution).reversed());
        return result;
    }

    private static JobRun run(JobOperator jobs, JobExecution e) {
        long read = 0;
        long written = 0;
        long failures = 0;
        for (StepExecution step : jobs.getStepExecutions(e.getExecutionId())) {
            for (Metric m : step.getMetrics()) {
                switch (m.getType()) {
                    case READ_COUNT -> read += m.getValue();
                    case WRITE_COUNT -> written += m.getValue();
                    case ROLLBACK_COUNT, READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT ->
                        failures += m.getValue();
                    default -> {
                        // the other metrics are not shown
                    }
                }
            }
        }
        return new JobRun(
                e.getExecutionId(),
                e.getJobName(),
                e.getBatchStatus(),
                e.getExitStatus(),
                instant(e.getStartTime()),
                instant(e.getEndTime()),
                read,
                written,
                failures,
                e.getJobParameters());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
