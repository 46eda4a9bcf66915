package com.qualitydesk.batch;

import com.qualitydesk.jobs.JobHeartbeats;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/**
 * Every job's first listener: this server beats for the execution while it runs, so that one that
 * dies with its server is told apart from one still running (see InterruptedRuns).
 */
@Named
@Dependent
public class HeartbeatListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    JobHeartbeats heartbeats;

    @Inject
    Clock clock;

    @Override
    public void beforeJob() {
        heartbeats.begun(job.getExecutionId(), clock.instant());
    }

    @Override
    public void afterJob() {
        heartbeats.ended(job.getExecutionId());
    }
}
