package com.qualitydesk.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many submissions one network address may still make (CC-02): at most n in any sliding hour.
 * Only the last hour is remembered, and only for a bounded number of addresses (the least recently
 * seen are forgotten first), so a flood from many addresses cannot exhaust the memory. Not thread
 * safe: the service that owns it serialises the calls.
 */
public class HourlyAllowance {

    static final Duration WINDOW = Duration.ofHours(1);

    private final Map<String, Deque<Instant>> seen;

    public HourlyAllowance(int maxAddresses) {
        this.seen = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > maxAddresses;
            }
        };
    }

    /**
     * Counts a submission from the address and answers true, or answers false without counting
     * when the address has already made perHour submissions within the last hour.
     */
    public boolean admit(String address, Instant now, int perHour) {
        Deque<Instant> times = seen.computeIfAbsent(address, a -> new ArrayDeque<>());
        Instant start = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.pollFirst();
        }
        if (times.size() >= perHour) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    /** When the address may submit again, or null when it may now. */
    public Instant nextAllowed(String address, Instant now, int perHour) {
        Deque<Instant> times = seen.get(address);
        if (times == null) {
            return null;
        }
        Instant start = now.minus(WINDOW);
        long inWindow = times.stream().filter(t -> t.isAfter(start)).count();
        if (inWindow < perHour) {
            return null;
        }
        return times.stream()
                .filter(t -> t.isAfter(start))
                .skip(inWindow - perHour)
                .findFirst()
                .map(t -> t.plus(WINDOW))
                .orElse(null);
    }

    /** Forgets the addresses that made no submission within the last hour. */
    public void forgetOlderThanAnHour(Instant now) {
        Instant start = now.minus(WINDOW);
        seen.values().removeIf(times -> times.isEmpty() || !times.peekLast().isAfter(start));
    }

    public int addressesRemembered() {
        return seen.size();
    }
}
