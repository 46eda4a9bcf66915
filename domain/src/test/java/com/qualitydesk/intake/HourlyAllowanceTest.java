package com.qualitydesk.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The public form accepts at most n submissions per address in any sliding hour (CC-02). */
class HourlyAllowanceTest {

    static final Instant NINE = Instant.parse("2026-11-25T01:00:00Z");

    @Test
    void theSixthSubmissionWithinTheHourIsRefused_CC02() {
        var allowance = new HourlyAllowance(100);
        for (int i = 0; i < 5; i++) {
            assertTrue(allowance.admit("203.0.113.7", NINE.plus(Duration.ofMinutes(i * 10)), 5), "submission " + i);
        }
        assertFalse(allowance.admit("203.0.113.7", NINE.plus(Duration.ofMinutes(59)), 5));
        assertEquals(NINE.plus(Duration.ofHours(1)), allowance.nextAllowed("203.0.113.7", NINE.plusSeconds(3540), 5));
    }

    @Test
    void otherAddressesAreNotAffected_CC02() {
        var allowance = new HourlyAllowance(100);
        for (int i = 0; i < 5; i++) {
            allowance.admit("203.0.113.7", NINE, 5);
        }
        assertFalse(allowance.admit("203.0.113.7", NINE, 5));
        assertTrue(allowance.admit("198.51.100.2", NINE, 5));
        assertNull(allowance.nextAllowed("198.51.100.2", NINE, 5));
    }

    @Test
    void theWindowSlides_CC02() {
        var allowance = new HourlyAllowance(100);
        allowance.admit("a", NINE, 2);
        allowance.admit("a", NINE.plus(Duration.ofMinutes(30)), 2);
        assertFalse(allowance.admit("a", NINE.plus(Duration.ofMinutes(59)), 2));
        assertTrue(allowance.admit("a", NINE.plus(Duration.ofMinutes(60)), 2), "the first one is an hour old");
        assertFalse(allowance.admit("a", NINE.plus(Duration.ofMinutes(61)), 2));
    }

    @Test
    void refusedSubmissionsDoNotProlongTheWait() {
        var allowance = new HourlyAllowance(100);
        allowance.admit("a", NINE, 1);
        for (int i = 1; i < 50; i++) {
            assertFalse(allowance.admit("a", NINE.plus(Duration.ofMinutes(i)), 1));
        }
        assertTrue(allowance.admit("a", NINE.plus(Duration.ofMinutes(60)), 1));
    }

    @Test
    void aLowerLimitAppliesAtOnce() {
        var allowance = new HourlyAllowance(100);
        allowance.admit("a", NINE, 5);
        allowance.admit("a", NINE, 5);
        assertFalse(allowance.admit("a", NINE.plusSeconds(1), 2));
    }

    @Test
    void onlyABoundedNumberOfAddressesIsRemembered() {
        var allowance = new HourlyAllowance(3);
        for (int i = 0; i < 10; i++) {
            allowance.admit("10.0.0." + i, NINE, 5);
        }
        assertEquals(3, allowance.addressesRemembered());
        allowance.forgetOlderThanAnHour(NINE.plus(Duration.ofHours(2)));
        assertEquals(0, allowance.addressesRemembered());
    }
}
