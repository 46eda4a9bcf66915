package com.qualitydesk.web.survey;

import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
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
    }

    @Inject
    UserMessages messages;

    private List<Row> rows;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        JobOperator jobs = BatchRuntime.getJobOperator();
        var result = new ArrayList<Row>();
        for (String name : jobs.getJobNames()) {
            for (var instance : jobs.getJobInstances(name, 0, LATEST)) {
                for (JobExecution e : jobs.getJobExecutions(instance)) {
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
                    result.add(new Row(
                            e.getExecutionId(),
                            name,
                            e.getBatchStatus().name(),
                            e.getExitStatus(),
                            instant(e.getStartTime()),
                            instant(e.getEndTime()),
                            read,
                            written,
                            failures,
                            describe(e.getJobParameters())));
                }
            }
        }
        result.sort(Comparator.comparingLong(Row::execution).reversed());
        rows = result;
    }

    public void restart(Row row) {
        if (messages.attempt(
                () -> BatchRuntime.getJobOperator().restart(row.execution(), restartParameters(row)),
                "batch.restarted")) {
            refresh();
        }
    }

    public void stop(Row row) {
        if (messages.attempt(() -> BatchRuntime.getJobOperator().stop(row.execution()), "batch.stopping")) {
            refresh();
        }
    }

    /** A restart does not inherit the parameters of the first start: they are handed on. */
    private static Properties restartParameters(Row row) {
        Properties original =
                BatchRuntime.getJobOperator().getJobExecution(row.execution()).getJobParameters();
        return original == null ? new Properties() : original;
    }

    private static String describe(Properties parameters) {
        return parameters == null || parameters.isEmpty() ? "" : new java.util.TreeMap<>(parameters).toString();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
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
