package com.qualitydesk.customer.timeline;

import com.qualitydesk.shared.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges the sources of a customer's timeline into one newest-first page (CC-01). Each source is
 * asked only for its count and its newest first+size entries: whatever lands on the page must be
 * among those of its own source, so no source is ever read in full.
 */
public final class TimelineMerge {

    /** Newest first; on the same moment by kind and reference, so that paging is stable. */
    static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::at)
            .reversed()
            .thenComparing(TimelineEntry::kind)
            .thenComparing(e -> e.reference() == null ? "" : e.reference());

    private TimelineMerge() {}

    /**
     * One page of the merged timeline.
     *
     * @param first index of the first entry, from 0
     * @param size entries per page, at least 1
     */
    public static Page<TimelineEntry> page(Iterable<TimelineSource> sources, TimelineQuery query, int first, int size) {
        if (first < 0 || size < 1) {
            throw new IllegalArgumentException("first " + first + ", size " + size);
        }
        int wanted = Math.addExact(first, size);
        long total = 0;
        var candidates = new ArrayList<TimelineEntry>();
        for (TimelineSource source : sources) {
            if (source.kinds().stream().noneMatch(query::wants)) {
                continue;
            }
            long count = source.count(query);
            total += count;
            if (count > 0) {
                for (TimelineEntry e : source.newest(query, wanted)) {
                    // a source that gives more than asked, or a kind not asked for, does not leak in
                    if (query.wants(e.kind())) {
                        candidates.add(e);
                    }
                }
            }
        }
        candidates.sort(NEWEST_FIRST);
        List<TimelineEntry> rows =
                first >= candidates.size() ? List.of() : candidates.subList(first, Math.min(candidates.size(), wanted));
        return new Page<>(rows, total);
    }
}
