package com.qualitydesk.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A campaign's satisfaction index and coverage as last counted (CS-02, CS-08, IM-04): the quality
 * objectives read them for every campaign of a year on every request, and counting twenty thousand
 * replies takes most of a second each time. A submitted reply never changes, so a figure holds
 * while the campaign's invitations and replies are as many as when it was counted; the coverage
 * also depends on master data (contracts, deliveries), so it is counted anew after
 * {@link #LIFETIME} in any case.
 */
@ApplicationScoped
public class RecentCampaignFigures {

    static final Duration LIFETIME = Duration.ofMinutes(2);

    /** Five years of quarterly campaigns, each with its two figures. */
    static final int ENTRIES = 64;

    /** What a figure was counted from: the campaign's invitations and its submitted replies. */
    public record Invitations(long sent, long replied) {

        /** A closed campaign invites nobody and takes no reply any more: its counts are final. */
        static final Invitations CLOSED = new Invitations(-1, -1);

        public static Invitations of(EntityManager em, SurveyCampaign campaign) {
            if (campaign.getStatus() == CampaignStatus.CLOSED) {
                return CLOSED;
            }
            Object[] counts = em.createQuery(
                            "select count(i), count(i.repliedAt) from Invitation i where i.campaign.id = :c",
                            Object[].class)
                    .setParameter("c", campaign.getId())
                    .getSingleResult();
            return new Invitations(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
        }
    }

    private record Key(long campaignId, String figure) {}

    private record Entry(Invitations counted, Instant at, Object value) {}

    @Inject
    Clock clock;

    private final Map<Key, Entry> entries = new LinkedHashMap<>(ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > ENTRIES;
        }
    };

    public RecentCampaignFigures() {}

    RecentCampaignFigures(Clock clock) {
        this.clock = clock;
    }

    /**
     * The figure as counted last from the same invitations and replies, else counted now.
     *
     * @param ages the figure also depends on master data and is counted anew after {@link #LIFETIME}
     */
    @SuppressWarnings("unchecked")
    public <T> T get(long campaignId, String figure, Invitations now, boolean ages, Supplier<T> count) {
        Key key = new Key(campaignId, figure);
        synchronized (this) {
            Entry entry = entries.get(key);
            if (entry != null
                    && entry.counted().equals(now)
                    && (!ages || clock.instant().isBefore(entry.at().plus(LIFETIME)))) {
                return (T) entry.value();
            }
        }
        // counted outside the lock: two readers may count the same figure once each, nobody waits
        T value = count.get();
        synchronized (this) {
            entries.put(key, new Entry(now, clock.instant(), value));
        }
        return value;
    }
}
