package com.qualitydesk.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** IM-04, CS-08: a campaign's figures are counted again only when a reply or an invitation came in. */
class RecentCampaignFiguresTest {

    /** A clock that moves only when told. */
    private static final class Moving extends Clock {
        Instant now = Instant.parse("2026-12-04T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
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

    @Test
    void aFigureIsCountedOncePerRepliesAndACoverageAgainAfterItsLifetime_CS08_IM04() {
        var clock = new Moving();
        var figures = new RecentCampaignFigures(clock);
        var counted = new AtomicInteger();
        var sameReplies = new RecentCampaignFigures.Invitations(3000, 1200);

        assertEquals(1, (int) figures.get(7, "satisfaction", sameReplies, false, counted::incrementAndGet));
        assertEquals(1, (int) figures.get(7, "satisfaction", sameReplies, false, counted::incrementAndGet));
        clock.now = clock.now.plus(Duration.ofDays(30));
        assertEquals(
                1,
                (int) figures.get(7, "satisfaction", sameReplies, false, counted::incrementAndGet),
                "replies never change");
        var oneMore = new RecentCampaignFigures.Invitations(3000, 1201);
        assertEquals(
                2,
                (int) figures.get(7, "satisfaction", oneMore, false, counted::incrementAndGet),
                "a new reply counts");

        assertEquals(3, (int) figures.get(7, "coverage", oneMore, true, counted::incrementAndGet), "another figure");
        clock.now = clock.now.plus(RecentCampaignFigures.LIFETIME.minusSeconds(1));
        assertEquals(3, (int) figures.get(7, "coverage", oneMore, true, counted::incrementAndGet));
        clock.now = clock.now.plusSeconds(1);
        assertEquals(
                4,
                (int) figures.get(7, "coverage", oneMore, true, counted::incrementAndGet),
                "master data may have changed");
        assertEquals(5, (int) figures.get(8, "coverage", oneMore, true, counted::incrementAndGet), "another campaign");
    }
}
