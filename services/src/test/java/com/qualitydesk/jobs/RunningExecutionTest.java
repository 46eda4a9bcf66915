package com.qualitydesk.jobs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a running execution counts as dead with its server: silent for longer than the setting. */
class RunningExecutionTest {

    static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
    static final Duration SILENT = Duration.ofSeconds(30);

    @Test
    void aServerThatBeatRecentlyStillRunsIt() {
        var run = new RunningExecution(7, 3, "survey-dispatch", NOW.minusSeconds(600), NOW.minusSeconds(5));
        assertFalse(run.isSilentSince(NOW, SILENT));
    }

    @Test
    void aServerSilentForLongerThanTheSettingDiedWithIt() {
        var run = new RunningExecution(7, 3, "survey-dispatch", NOW.minusSeconds(600), NOW.minusSeconds(31));
        assertTrue(run.isSilentSince(NOW, SILENT));
    }

    @Test
    void withoutAnyHeartbeatTheStartCounts() {
        assertFalse(new RunningExecution(8, 4, "escalation", NOW.minusSeconds(10), null).isSilentSince(NOW, SILENT));
        assertTrue(new RunningExecution(8, 4, "escalation", NOW.minusSeconds(45), null).isSilentSince(NOW, SILENT));
        assertTrue(new RunningExecution(8, 4, "escalation", null, null).isSilentSince(NOW, SILENT));
    }
}
