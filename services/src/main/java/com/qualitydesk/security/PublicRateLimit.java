package com.qualitydesk.security;

import com.qualitydesk.jobs.ScheduledTurns;
import com.qualitydesk.jobs.ScheduledWork;
import com.qualitydesk.settings.ProcedureSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * CC-02, CS-04: each way in without an account ({@link PublicEntrance}) admits at most its
 * parameter's number of attempts per network address within an hour. The hour starts with the
 * address's first attempt; once it is over, the next attempt starts a new one.
 *
 * <p>The counts live in the database ({@link AttemptWindow}), so that every instance of the
 * application on the same database sees the same counts, and are taken by single update
 * statements, so that concurrent requests, on one instance or several, never count past the
 * limit. Each call commits on its own: an attempt counts even when the request that made it fails.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PublicRateLimit {

    @PersistenceContext
    EntityManager em;

    @EJB
    PublicRateLimit self;

    @Inject
    ProcedureSettings settings;

    @Inject
    Clock clock;

    @Inject
    ScheduledTurns turns;

    /**
     * Counts an attempt from the address and answers true, or answers false without counting when
     * the address has used up its hour.
     */
    public boolean admit(PublicEntrance entrance, String address) {
        Instant now = clock.instant();
        String who = normalise(address);
        int limit = settings.value(entrance.limit());
        em.createQuery("update AttemptWindow w set w.windowStart = :now, w.attempts = 0"
                        + " where w.entrance = :entrance and w.address = :address and w.windowStart <= :over")
                .setParameter("now", now)
                .setParameter("entrance", entrance)
                .setParameter("address", who)
                .setParameter("over", now.minus(PublicEntrance.WINDOW))
                .executeUpdate();
        if (take(entrance, who, limit)) {
            return true;
        }
        if (window(entrance, who).isPresent()) {
            return false;
        }
        try {
            self.open(entrance, who, now);
        } catch (EJBException | PersistenceException raceLost) {
            // another request from the address opened its hour at the same moment: it is there now
        }
        return take(entrance, who, limit);
    }

    /** How long the address must wait before it may try again, or null when it may now. */
    public Duration waitFor(PublicEntrance entrance, String address) {
        int limit = settings.value(entrance.limit());
        return window(entrance, normalise(address))
                .map(w -> w.waitAt(clock.instant(), limit))
                .orElse(null);
    }

    /** An address's first attempt creates its row, committed on its own so that others can count on it. */
    public void open(PublicEntrance entrance, String address, Instant now) {
        em.persist(new AttemptWindow(entrance, normalise(address), now));
        em.flush();
    }

    /** Hours that are over are forgotten; an address that comes back starts a new one. */
    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void forgetPastHours() {
        if (!turns.take(ScheduledWork.INTAKE_HOUSEKEEPING)) {
            return; // another instance of the cluster forgets them this time (issue 16)
        }
        em.createQuery("delete from AttemptWindow w where w.windowStart <= :over")
                .setParameter("over", clock.instant().minus(PublicEntrance.WINDOW))
                .executeUpdate();
    }

    private boolean take(PublicEntrance entrance, String address, int limit) {
        return em.createQuery("update AttemptWindow w set w.attempts = w.attempts + 1"
                                + " where w.entrance = :entrance and w.address = :address and w.attempts < :limit")
                        .setParameter("entrance", entrance)
                        .setParameter("address", address)
                        .setParameter("limit", limit)
                        .executeUpdate()
                == 1;
    }

    private Optional<AttemptWindow> window(PublicEntrance entrance, String address) {
        return em.createQuery(
                        "select w from AttemptWindow w where w.entrance = :entrance and w.address = :address",
                        AttemptWindow.class)
                .setParameter("entrance", entrance)
                .setParameter("address", address)
                // another instance may have counted since: the row as the database has it, never a cached copy
                .setHint("eclipselink.refresh", "true")
                .getResultStream()
                .findFirst();
    }

    /** Unknown or overlong addresses are cut to what the table keeps. */
    static String normalise(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address.strip();
        return a.length() > AttemptWindow.MAX_ADDRESS ? a.substring(0, AttemptWindow.MAX_ADDRESS) : a;
    }
}
