package com.qualitydesk.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 16: the instances of a cluster name the same turn for the same scheduled firing. */
class ScheduledWorkTest {

    private static final Instant QUARTER_PAST_TEN = Instant.parse("2026-12-07T02:15:00Z");

    @Test
    void twoInstancesFiringALittleLateNameTheSameTurn() {
        long first = ScheduledWork.ESCALATION.turnAt(QUARTER_PAST_TEN.plusMillis(30));
        long second = ScheduledWork.ESCALATION.turnAt(QUARTER_PAST_TEN.plusSeconds(40));
        assertEquals(QUARTER_PAST_TEN.getEpochSecond(), first);
        assertEquals(first, second);
    }

    @Test
    void anInstanceWhoseClockIsAheadNamesTheSameTurn() {
        assertEquals(
                QUARTER_PAST_TEN.getEpochSecond(), ScheduledWork.ESCALATION.turnAt(QUARTER_PAST_TEN.minusSeconds(90)));
        assertEquals(
                QUARTER_PAST_TEN.getEpochSecond(), ScheduledWork.ESCALATION.turnAt(QUARTER_PAST_TEN.minusMillis(1)));
    }

    @Test
    void theNextFiringIsTheNextTurn() {
        long now = ScheduledWork.MAIL_OUTBOX.turnAt(QUARTER_PAST_TEN);
        long next = ScheduledWork.MAIL_OUTBOX.turnAt(QUARTER_PAST_TEN.plusSeconds(300));
        assertEquals(300, next - now);
        assertNotEquals(now, ScheduledWork.MAIL_OUTBOX.turnAt(QUARTER_PAST_TEN.plusSeconds(151)));
    }

    @Test
    void theDailySurveyScheduleAtSevenInShanghaiIsOneTurnADay() {
        // 07:00 in Shanghai is 23:00 UTC the day before: both instances round to the same midnight
        Instant seven = Instant.parse("2026-12-06T23:00:00Z");
        long turn = ScheduledWork.SURVEY_SCHEDULE.turnAt(seven.plusSeconds(2));
        assertEquals(turn, ScheduledWork.SURVEY_SCHEDULE.turnAt(seven.minusSeconds(3)));
        assertEquals(86_400, ScheduledWork.SURVEY_SCHEDULE.turnAt(seven.plusSeconds(86_400)) - turn);
    }

    @Test
    void everyWorkHasItsRowFromTheMigrationSoThatNoTwoInstancesRaceToInsertIt() throws IOException {
        try (var in = getClass().getResourceAsStream("/db/migration/V54__scheduled_turn_rows.sql")) {
            assertNotNull(in, "the migration is on the class path");
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (ScheduledWork work : ScheduledWork.values()) {
                assertTrue(sql.contains("VALUES ('" + work.name() + "', 0, "), work + " has its row");
            }
        }
    }
}
