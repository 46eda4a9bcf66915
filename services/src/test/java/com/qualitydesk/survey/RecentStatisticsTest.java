package com.qualitydesk.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.survey.RecentStatistics.RepliesSoFar;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CS-08: the figures are read again only when a reply came in, or once they are old. */
class RecentStatisticsTest {

    private static final Instant NINE = Instant.parse("2026-12-02T01:00:00Z");

    private final MovingClock clock = new MovingClock(NINE);
    private final RecentStatistics recent = new RecentStatistics(clock);

    private static CampaignStatistics figures(long replies) {
        return new CampaignStatistics(
                "2026-Q4", null, replies, 80.0, Double.NaN, 75.0, List.of(), List.of(), List.of());
    }

    @Test
    void theSameRepliesGiveTheFiguresComputedBefore() {
        var replies = new RepliesSoFar(2, 0);
        recent.put(1, replies, figures(2));
        clock.now = NINE.plusSeconds(30);
        assertEquals(2, recent.get(1, new RepliesSoFar(2, 0)).orElseThrow().replies());
    }

    @Test
    void aReplySubmittedSinceMeansComputingAnew() {
        recent.put(1, new RepliesSoFar(2, 0), figures(2));
        assertTrue(recent.get(1, new RepliesSoFar(3, 0)).isEmpty(), "this campaign");
        assertTrue(recent.get(1, new RepliesSoFar(2, 1)).isEmpty(), "the previous one, compared beside it");
    }

    @Test
    void figuresOlderThanTheirLifetimeAreComputedAnewForMasterDataCorrections() {
        var replies = new RepliesSoFar(2, 0);
        recent.put(1, replies, figures(2));
        clock.now = NINE.plus(RecentStatistics.LIFETIME).minusSeconds(1);
        assertTrue(recent.get(1, replies).isPresent());
        clock.now = NINE.plus(RecentStatistics.LIFETIME);
        assertTrue(recent.get(1, replies).isEmpty());
    }

    @Test
    void eachCampaignHasItsOwnAndOnlyTheLatestAreKept() {
        var replies = new RepliesSoFar(2, 0);
        for (long campaign = 1; campaign <= RecentStatistics.CAMPAIGNS + 1; campaign++) {
            recent.put(campaign, replies, figures(campaign));
        }
        assertTrue(recent.get(1, replies).isEmpty(), "the eldest gave way");
        assertEquals(5, recent.get(5, replies).orElseThrow().replies());
    }

    private static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
