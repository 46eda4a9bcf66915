package com.qualitydesk.aftersales;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.qualitydesk.shared.RuleViolation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServiceRecordTest {

    private static final Instant NOW = Instant.parse("2026-06-10T08:00:00Z");

    private static ServiceRecord onSite(Instant arrival, Instant departure) {
        var r = new ServiceRecord(ServiceRecordKind.ON_SITE);
        r.setArrivalAt(arrival);
        r.setDepartureAt(departure);
        r.setOccurredAt(arrival);
        return r;
    }

    @Test
    void departureBeforeArrival_isRefused_AS04() {
        var r = onSite(NOW.minusSeconds(3600), NOW.minusSeconds(7200));
        var e = assertThrows(RuleViolation.class, () -> r.checkTimes(NOW));
        assertEquals("serviceRecord.departureBeforeArrival", e.getMessageKey());
    }

    @Test
    void timesInTheFuture_areRefused_AS04() {
        var r = onSite(NOW.minusSeconds(3600), NOW.plusSeconds(600));
        assertEquals(
                "serviceRecord.future",
                assertThrows(RuleViolation.class, () -> r.checkTimes(NOW)).getMessageKey());
        var call = new ServiceRecord(ServiceRecordKind.TELEPHONE);
        call.setOccurredAt(NOW.plusSeconds(60));
        assertEquals(
                "serviceRecord.future",
                assertThrows(RuleViolation.class, () -> call.checkTimes(NOW)).getMessageKey());
    }

    @Test
    void departureAfterArrival_inThePast_isAccepted_AS04() {
        assertDoesNotThrow(
                () -> onSite(NOW.minusSeconds(7200), NOW.minusSeconds(60)).checkTimes(NOW));
    }

    @Test
    void signedRecord_isUnchangeable_AS04() {
        var r = onSite(NOW.minusSeconds(7200), NOW.minusSeconds(60));
        assertDoesNotThrow(r::requireChangeable);
        r.setSignedAt(NOW);
        assertEquals(
                "serviceRecord.signed.unchangeable",
                assertThrows(RuleViolation.class, r::requireChangeable).getMessageKey());
    }

    @Test
    void signedContent_changesWithWhatWasSigned_AS04() {
        var r = onSite(NOW.minusSeconds(7200), NOW.minusSeconds(60));
        r.setWorkDone("Replaced the pump seal");
        String before = r.signedContent();
        r.setWorkDone("Replaced the pump");
        assertNotEquals(before, r.signedContent());
    }
}
