package com.qualitydesk.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * A job execution the batch runtime's repository calls running, with the last heartbeat of the
 * server that runs it (none yet, or none ever for an execution from before heartbeats).
 */
public record RunningExecution(long execution, long jobInstance, String job, Instant created, Instant lastBeat) {

    /** Silent for longer than the given time: its server is gone. */
    public boolean isSilentSince(Instant now, Duration stale) {
        Instant lastSign = lastBeat != null ? lastBeat : created;
        return lastSign == null || lastSign.isBefore(now.minus(stale));
    }
}
