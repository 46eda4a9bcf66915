package com.qualitydesk.web.survey;

import com.qualitydesk.jobs.BatchJobs;
import com.qualitydesk.jobs.JobHeartbeats;
import com.qualitydesk.jobs.JobRun;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * admin/batch-jobs.xhtml: the history of the batch jobs (the survey dispatch among them) with
 * start, end, status, items read and written, failures; a stopped or failed job is restarted
 * where it stopped, a running one stopped.
 */
@Named
@ViewScoped
public class BatchJobsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Executions shown per job name. */
    static final int LATEST = 50;

    public record Row(
            long execution,
            String job,
            String status,
            String exitStatus,
            Instant start,
            Instant end,
            long read,
            long written,
            long failures,
            String parameters)
            implements Serializable {

        public boolean isRestartable() {
            return "STOPPED".equals(status) || "FAILED".equals(status);
        }

        public boolean isRunning() {
            return "STARTED".equals(status) || "STARTING".equals(status);
        }

        /** Died with its server and marked failed afterwards. */
        public boolean isInterrupted() {
            return JobHeartbeats.INTERRUPTED.equals(exitStatus);
        }
    }

    @Inject
    UserMessages messages;

    @Inject
    BatchJobs jobs;

    private List<Row> rows;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        rows = jobs.history(LATEST).stream().map(BatchJobsBacking::row).toList();
    }

    /** A stopped or failed job goes on where it stopped, with the parameters of its first start. */
    public void restart(Row row) {
        messages.attempt(() -> jobs.restart(row.execution()), "batch.restarted");
        refresh();
    }

    /** Asks a running job to stop; one that ended meanwhile is shown as it ended, with why. */
    public void stop(Row row) {
        messages.attempt(() -> jobs.stop(row.execution()), "batch.stopping");
        refresh();
    }

    private static Row row(JobRun run) {
        return new Row(
                run.execution(),
                run.job(),
                run.status().name(),
                run.exitStatus(),
                run.start(),
                run.end(),
                run.read(),
                run.written(),
                run.failures(),
                describe(run.parameters()));
    }

    private static String describe(Properties parameters) {
        return parameters == null || parameters.isEmpty() ? "" : new java.util.TreeMap<>(parameters).toString();
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isAnyRunning() {
        return rows.stream().anyMatch(Row::isRunning);
    }

    public String severity(Row row) {
        return switch (BatchStatus.valueOf(row.status())) {
            case COMPLETED -> "success";
            case FAILED, ABANDONED -> "danger";
            case STOPPED, STOPPING -> "warning";
            default -> "info";
        };
    }
}
