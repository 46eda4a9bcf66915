package com.qualitydesk.security;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The attempts one network address made at one {@link PublicEntrance} since its hour began. One row
 * per entrance and address in the database, so that every instance of the application counts
 * alike; the counting itself is done by single update statements (see {@code PublicRateLimit}),
 * never by changing a loaded row, and no instance keeps a copy.
 */
@Entity
@Table(name = "public_attempt_window")
@IdClass(AttemptWindow.Key.class)
@Cacheable(false)
public class AttemptWindow {

    /** The longest address kept: an IPv6 address, or the website's forwarded visitor address with its prefix. */
    public static final int MAX_ADDRESS = 100;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "entrance", length = 32)
    private PublicEntrance entrance;

    @Id
    @Column(name = "address", length = MAX_ADDRESS)
    private String address;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    protected AttemptWindow() {}

    /** An address's first attempt opens its window, counted by the update that follows. */
    public AttemptWindow(PublicEntrance entrance, String address, Instant start) {
        this(entrance, address, start, 0);
    }

    /** A row as the update statements left it. */
    AttemptWindow(PublicEntrance entrance, String address, Instant start, int attempts) {
        this.entrance = entrance;
        this.address = address;
        this.windowStart = start;
        this.attempts = attempts;
    }

    public PublicEntrance getEntrance() {
        return entrance;
    }

    public String getAddress() {
        return address;
    }

    public Instant getWindowStart() {
        return windowStart;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant endsAt() {
        return windowStart.plus(PublicEntrance.WINDOW);
    }

    /** How long the address must wait before its next attempt counts, or null when it may try now. */
    public Duration waitAt(Instant now, int limit) {
        if (attempts < limit || !now.isBefore(endsAt())) {
            return null;
        }
        return Duration.between(now, endsAt());
    }

    /** The key of a row: the entrance and the address. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private PublicEntrance entrance;
        private String address;

        public Key() {}

        public Key(PublicEntrance entrance, String address) {
            this.entrance = entrance;
            this.address = address;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.entrance == entrance && Objects.equals(k.address, address);
        }

        @Override
        public int hashCode() {
            return Objects.hash(entrance, address);
        }
    }
}
