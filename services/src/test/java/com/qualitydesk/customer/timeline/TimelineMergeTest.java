package com.qualitydesk.customer.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The customer's timeline merges its sources into one newest-first page (CC-01). */
class TimelineMergeTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** A source over a fixed list, remembering how much it was asked for. */
    static class FakeSource implements TimelineSource {
        final TimelineKind kind;
        final List<TimelineEntry> entries;
        final List<Integer> limitsAsked = new ArrayList<>();
        int counted;

        /** Entries of one kind at the given hours after T0. */
        FakeSource(TimelineKind kind, int... hours) {
            this.kind = kind;
            this.entries = IntStream.of(hours)
                    .mapToObj(h -> new TimelineEntry(T0.plusSeconds(3600L * h), kind, kind + "-" + h, "s", null, null))
                    .sorted(Comparator.comparing(TimelineEntry::at).reversed())
                    .toList();
        }

        @Override
        public Set<TimelineKind> kinds() {
            return Set.of(kind);
        }

        @Override
        public List<TimelineEntry> newest(TimelineQuery query, int limit) {
            limitsAsked.add(limit);
            return entries.stream().limit(limit).toList();
        }

        @Override
        public long count(TimelineQuery query) {
            counted++;
            return entries.size();
        }
    }

    private static TimelineQuery all() {
        return new TimelineQuery(1L, null, null, null);
    }

    private static List<String> refs(List<TimelineEntry> rows) {
        return rows.stream().map(TimelineEntry::reference).toList();
    }

    @Test
    void entriesOfAllSourcesInterleaveNewestFirst_CC01() {
        var deliveries = new FakeSource(TimelineKind.DELIVERY, 1, 4, 7);
        var complaints = new FakeSource(TimelineKind.COMPLAINT, 2, 5);
        var surveys = new FakeSource(TimelineKind.SURVEY, 3, 6, 8);

        var page = TimelineMerge.page(List.of(deliveries, complaints, surveys), all(), 0, 5);

        assertEquals(8, page.total());
        assertEquals(List.of("SURVEY-8", "DELIVERY-7", "SURVEY-6", "COMPLAINT-5", "DELIVERY-4"), refs(page.rows()));
    }

    @Test
    void aLaterPageContinuesWhereTheFirstEnded_CC01() {
        var deliveries = new FakeSource(TimelineKind.DELIVERY, 1, 4, 7);
        var complaints = new FakeSource(TimelineKind.COMPLAINT, 2, 5);
        var surveys = new FakeSource(TimelineKind.SURVEY, 3, 6, 8);
        var sources = List.<TimelineSource>of(deliveries, complaints, surveys);

        var second = TimelineMerge.page(sources, all(), 5, 5);

        assertEquals(8, second.total());
        assertEquals(List.of("SURVEY-3", "COMPLAINT-2", "DELIVERY-1"), refs(second.rows()));
        // each source is asked for no more than the entries up to the end of the page
        assertTrue(deliveries.limitsAsked.stream().allMatch(l -> l == 10));
    }

    @Test
    void aPageBeyondTheEndIsEmptyButKeepsTheTotal_CC01() {
        var deliveries = new FakeSource(TimelineKind.DELIVERY, 1, 2);

        var page = TimelineMerge.page(List.of(deliveries), all(), 20, 10);

        assertEquals(2, page.total());
        assertTrue(page.rows().isEmpty());
    }

    @Test
    void aSourceOfKindsNotWantedIsNeitherCountedNorRead_CC01() {
        var deliveries = new FakeSource(TimelineKind.DELIVERY, 1, 2);
        var complaints = new FakeSource(TimelineKind.COMPLAINT, 3);
        var query = new TimelineQuery(1L, Set.of(TimelineKind.COMPLAINT), LocalDate.of(2026, 1, 1), null);

        var page = TimelineMerge.page(List.of(deliveries, complaints), query, 0, 10);

        assertEquals(1, page.total());
        assertEquals(List.of("COMPLAINT-3"), refs(page.rows()));
        assertEquals(0, deliveries.counted);
        assertTrue(deliveries.limitsAsked.isEmpty());
    }

    @Test
    void anEmptySourceIsCountedButNotRead_CC01() {
        var empty = new FakeSource(TimelineKind.RETURN);
        var deliveries = new FakeSource(TimelineKind.DELIVERY, 1);

        var page = TimelineMerge.page(List.of(empty, deliveries), all(), 0, 10);

        assertEquals(1, page.total());
        assertEquals(1, empty.counted);
        assertTrue(empty.limitsAsked.isEmpty());
    }

    @Test
    void entriesAtTheSameMomentKeepOneOrderAcrossPages_CC01() {
        var deliveries = new FakeSource(TimelineKind.DELIVERY, 5, 5, 5);
        var complaints = new FakeSource(TimelineKind.COMPLAINT, 5, 5);
        var sources = List.<TimelineSource>of(complaints, deliveries);

        var first = TimelineMerge.page(sources, all(), 0, 2);
        var again = TimelineMerge.page(List.<TimelineSource>of(deliveries, complaints), all(), 0, 2);

        assertEquals(refs(first.rows()), refs(again.rows()));
        assertEquals(TimelineKind.DELIVERY, first.rows().get(0).kind());
    }

    @Test
    void anEntryOfAKindNotAskedForDoesNotLeakIn_CC01() {
        TimelineSource mixed = new FakeSource(TimelineKind.SERVICE_RECORD, 1) {
            @Override
            public Set<TimelineKind> kinds() {
                return Set.of(TimelineKind.SERVICE_RECORD, TimelineKind.SERVICE_REQUEST);
            }
        };
        var query = new TimelineQuery(1L, Set.of(TimelineKind.SERVICE_REQUEST), null, null);

        var page = TimelineMerge.page(List.of(mixed), query, 0, 10);

        assertTrue(page.rows().isEmpty());
    }

    @Test
    void negativeFirstOrEmptyPageIsRefused_CC01() {
        var sources = List.<TimelineSource>of(new FakeSource(TimelineKind.DELIVERY, 1));
        assertThrows(IllegalArgumentException.class, () -> TimelineMerge.page(sources, all(), -1, 10));
        assertThrows(IllegalArgumentException.class, () -> TimelineMerge.page(sources, all(), 0, 0));
    }
}
