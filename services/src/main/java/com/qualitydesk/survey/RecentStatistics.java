package com.qualitydesk.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The campaigns' statistics as last computed (CS-08), for everyone who opens them until a reply
 * is submitted: with twenty thousand replies they take most of a second to count, and the
 * replies, once submitted, do not change. The figures also group replies by the customers'
 * industries and the products they received, which master data may correct at any time: an entry
 * is therefore computed anew after {@link #LIFETIME} even when no reply came in.
 */
@ApplicationScoped
public class RecentStatistics {

    static final Duration LIFETIME = Duration.ofMinutes(2);

    /** Campaigns kept: the few people who read statistics read the latest campaigns. */
    static final int CAMPAIGNS = 16;

    /**
     * What the figures were computed from: the number of submitted replies of the campaign and of
     * the one before. A reply is submitted once and never withdrawn, so each new one changes it.
     */
    public record RepliesSoFar(long replies, long previousReplies) {}

    private record Entry(RepliesSoFar replies, Instant computedAt, CampaignStatistics statistics) {}

    @Inject
    Clock clock;

    private final Map<Long, Entry> entries = new LinkedHashMap<>(CAMPAIGNS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > CAMPAIGNS;
        }
    };

    public RecentStatistics() {}

    RecentStatistics(Clock clock) {
        this.clock = clock;
    }

    /** The figures computed from these replies, if computed recently. */
    public synchronized Optional<CampaignStatistics> get(long campaignId, RepliesSoFar replies) {
        Entry entry = entries.get(campaignId);
        if (entry == null
                || !entry.replies().equals(replies)
                || !clock.instant().isBefore(entry.computedAt().plus(LIFETIME))) {
            return Optional.empty();
        }
        return Optional.of(entry.statistics());
    }

    public synchronized CampaignStatistics put(long campaignId, RepliesSoFar replies, CampaignStatistics statistics) {
        entries.put(campaignId, new Entry(replies, clock.instant(), statistics));
        return statistics;
    }
}
