package com.qualitydesk.jobs;

import jakarta.batch.runtime.BatchStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.Properties;

/**
 * One execution of a batch job as the administrator's history and the REST API show it: its
 * status, when it ran, the items its steps read and wrote, what failed, and the parameters it was
 * started with.
 */
public record JobRun(
        long execution,
        String job,
        BatchStatus status,
        String exitStatus,
        Instant start,
        Instant end,
        long read,
        long written,
        long failures,
        Properties parameters)
        implements Serializable {

    public boolean isRestartable() {
        return status == BatchStatus.STOPPED || status == BatchStatus.FAILED;
    }

    public boolean isRunning() {
        return status == BatchStatus.STARTED || status == BatchStatus.STARTING;
    }
}
