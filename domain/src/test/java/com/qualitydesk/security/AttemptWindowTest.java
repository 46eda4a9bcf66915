package com.qualitydesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An address's hour at a public entrance: when it must wait, and for how long (CC-02, CS-04). */
class AttemptWindowTest {

    static final Instant NINE = Instant.parse("2026-11-25T01:00:00Z");

    @Test
    void belowTheLimitTheAddressNeedNotWait_CC02() {
        var window = new AttemptWindow(PublicEntrance.WEBSITE_FEEDBACK, "203.0.113.7", NINE);
        assertNull(window.waitAt(NINE.plusSeconds(60), 5));
    }

    @Test
    void atTheLimitTheAddressWaitsUntilItsHourIsOver_CS04() {
        var window = new AttemptWindow(PublicEntrance.SURVEY_LINK, "203.0.113.7", NINE, 20);
        assertEquals(Duration.ofMinutes(45), window.waitAt(NINE.plus(Duration.ofMinutes(15)), 20));
        assertEquals(NINE.plus(Duration.ofHours(1)), window.endsAt());
        assertNull(window.waitAt(NINE.plus(Duration.ofHours(1)), 20), "a new hour begins");
    }

    @Test
    void aRaisedLimitLetsTheAddressOnAndALoweredOneStopsIt_CS04() {
        var window = new AttemptWindow(PublicEntrance.SURVEY_LINK, "203.0.113.7", NINE, 10);
        assertNull(window.waitAt(NINE.plusSeconds(600), 20));
        assertEquals(Duration.ofMinutes(50), window.waitAt(NINE.plusSeconds(600), 5));
    }

    @Test
    void eachEntranceHasItsOwnParameter_CC02_CS04() {
        assertEquals("CC-02", PublicEntrance.WEBSITE_FEEDBACK.limit().ruleId());
        assertEquals("CS-04", PublicEntrance.SURVEY_LINK.limit().ruleId());
    }
}
