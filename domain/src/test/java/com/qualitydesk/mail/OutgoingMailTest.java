package com.qualitydesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    private final OutgoingMail mail =
            new OutgoingMail("complaint-7-registered", "li.na@example.com", "Complaint 7", "Registered.", NOW);

    @Test
    void aNewMailIsQueuedWithoutAttempts() {
        assertEquals(MailStatus.QUEUED, mail.getStatus());
        assertEquals(0, mail.getAttempts());
        assertEquals(NOW, mail.getQueuedAt());
        assertNull(mail.getSentAt());
        assertFalse(mail.isHtml());
        assertTrue(mail.isDue(5));
    }

    @Test
    void sentRecordsTheMomentAndLeavesTheOutbox() {
        mail.failed("connection refused", NOW);
        mail.sent(NOW.plusSeconds(300));
        assertEquals(MailStatus.SENT, mail.getStatus());
        assertEquals(NOW.plusSeconds(300), mail.getSentAt());
        assertEquals(2, mail.getAttempts());
        assertNull(mail.getLastError());
        assertFalse(mail.isDue(5));
    }

    @Test
    void aSentMailIsNeverSentOrFailedAgain() {
        mail.sent(NOW);
        assertThrows(IllegalStateException.class, () -> mail.sent(NOW));
        assertThrows(IllegalStateException.class, () -> mail.failed("late", NOW));
        assertEquals(1, mail.getAttempts());
    }

    @Test
    void failedKeepsTheErrorAndStaysForRetryUntilTheLimit() {
        mail.failed("  550 mailbox unavailable ", NOW);
        assertEquals(MailStatus.FAILED, mail.getStatus());
        assertEquals("550 mailbox unavailable", mail.getLastError());
        assertEquals(1, mail.getAttempts());
        assertNull(mail.getSentAt());
        assertTrue(mail.isDue(2));
        mail.failed(null, NOW);
        assertEquals("unknown error", mail.getLastError());
        assertFalse(mail.isDue(2));
    }

    @Test
    void aVeryLongErrorIsCut() {
        mail.failed("x".repeat(OutgoingMail.MAX_ERROR + 50), NOW);
        assertEquals(OutgoingMail.MAX_ERROR, mail.getLastError().length());
    }

    @Test
    void retryQueuesAFailedMailAgainWithFreshAttempts() {
        assertThrows(IllegalStateException.class, mail::retry);
        mail.failed("timeout", NOW);
        mail.failed("timeout", NOW);
        mail.retry();
        assertEquals(MailStatus.QUEUED, mail.getStatus());
        assertEquals(0, mail.getAttempts());
        assertEquals("timeout", mail.getLastError());
        assertTrue(mail.isDue(1));
    }

    @Test
    void aHandedMailIsNotDueUntilTheServersAnswerIsRecorded_CS04() {
        mail.handing(NOW);
        assertTrue(mail.isInDoubt());
        assertFalse(mail.isInterrupted(), "being handed over");
        assertFalse(mail.isDue(5), "not handed a second time meanwhile");
        assertThrows(IllegalStateException.class, () -> mail.handing(NOW));
        mail.failed("421 try later", NOW);
        assertFalse(mail.isInDoubt());
        assertTrue(mail.isDue(5), "a refusal is retried");
        mail.handing(NOW.plusSeconds(300));
        assertEquals(MailStatus.QUEUED, mail.getStatus(), "a retry being handed over is not taken for interrupted");
        assertFalse(mail.isInterrupted());
        mail.sent(NOW.plusSeconds(301));
        assertFalse(mail.isInDoubt());
        assertNull(mail.getHandedAt());
        assertThrows(IllegalStateException.class, () -> mail.handing(NOW));
    }

    @Test
    void anInterruptedHandOverFailsAndIsSentAgainOnlyAfterARetry_CS04() {
        assertThrows(IllegalStateException.class, () -> mail.interrupted("stopped"), "never handed");
        mail.handing(NOW);
        mail.interrupted("may have arrived");
        assertTrue(mail.isInterrupted());
        assertThrows(IllegalStateException.class, () -> mail.interrupted("again"), "reported once");
        assertEquals(MailStatus.FAILED, mail.getStatus());
        assertEquals("may have arrived", mail.getLastError());
        assertEquals(0, mail.getAttempts(), "no attempt is known to have failed");
        assertTrue(mail.isInDoubt());
        assertFalse(mail.isDue(5), "it may have arrived: no run sends it again on its own");
        mail.retry();
        assertFalse(mail.isInDoubt());
        assertNull(mail.getLastError(), "no refusal to show");
        assertTrue(mail.isDue(5));
    }

    @Test
    void aHandedMailNeverGivenToTheServerWaitsAgainWithItsAttempts_CS04() {
        mail.failed("connection refused", NOW);
        mail.handing(NOW.plusSeconds(300));
        mail.notHanded();
        assertFalse(mail.isInDoubt());
        assertEquals(1, mail.getAttempts(), "not an attempt");
        assertTrue(mail.isDue(5));
        assertThrows(IllegalStateException.class, mail::notHanded, "only a handed mail");
    }
}
