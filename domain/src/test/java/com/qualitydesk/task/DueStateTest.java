package com.qualitydesk.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Inbox colours: the last share of a deadline's time is its warning window. */
class DueStateTest {

    private static final Instant START = Instant.parse("2026-11-23T01:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-23T05:00:00Z"); // four hours later

    @Test
    void theLastQuarterIsTheWarningWindow() {
        assertEquals(Instant.parse("2026-11-23T04:00:00Z"), DueState.warningFrom(START, DUE, 25));
        assertEquals(DueState.ON_TIME, DueState.of(START, DUE, Instant.parse("2026-11-23T03:59:59Z"), 25));
        assertEquals(DueState.WARNING, DueState.of(START, DUE, Instant.parse("2026-11-23T04:00:00Z"), 25));
        assertEquals(DueState.WARNING, DueState.of(START, DUE, DUE, 25));
        assertEquals(DueState.OVERDUE, DueState.of(START, DUE, DUE.plusSeconds(1), 25));
    }

    @Test
    void aLargerShareWarnsEarlier() {
        assertEquals(DueState.WARNING, DueState.of(START, DUE, Instant.parse("2026-11-23T03:00:00Z"), 50));
        assertEquals(DueState.ON_TIME, DueState.of(START, DUE, Instant.parse("2026-11-23T03:00:00Z"), 25));
    }

    @Test
    void withoutDeadlineNothingIsDue() {
        assertEquals(DueState.ON_TIME, DueState.of(START, null, DUE.plusSeconds(3600), 25));
    }

    @Test
    void aDoneOrPausedTaskIsNeverOverdue() {
        var task = new Task(TaskKind.REPLY, null, null, 1L, null, "FB-2026-0001", "x", START, DUE);
        assertEquals(DueState.OVERDUE, task.dueState(DUE.plusSeconds(60), 25));
        task.setPausedSince(DUE);
        assertEquals(DueState.ON_TIME, task.dueState(DUE.plusSeconds(60), 25));
        task.setPausedSince(null);
        task.setDoneAt(DUE);
        assertEquals(DueState.ON_TIME, task.dueState(DUE.plusSeconds(60), 25));
    }
}
