package com.qualitydesk.jobs;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Once per cluster (issue 16): Payara Micro's timers are not coordinated between instances, so every
 * instance fires; the firing that moves the work's turn forward in the application's own database
 * (table scheduled_turn) does the work, the others skip it. One conditional update decides, so
 * it holds on H2 and PostgreSQL, on Payara Micro and Payara Server, with any number of instances;
 * when the instance that took a turn dies, the next turn goes to whichever instance fires first.
 * Each call commits on its own: a turn taken stays taken even if the work then fails.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduledTurns {

    @PersistenceContext
    EntityManager em;

    @EJB
    ScheduledTurns self;

    @Inject
    ServerInstance server;

    @Inject
    Clock clock;

    /** Whether this instance does the work's turn of now; false when another has taken it. */
    public boolean take(ScheduledWork work) {
        return take(work, clock.instant());
    }

    /** Whether this instance does the work's turn of a firing at this moment. */
    public boolean take(ScheduledWork work, Instant firing) {
        long turn = work.turnAt(firing);
        if (advance(work, turn)) {
            return true;
        }
        if (exists(work)) {
            return false;
        }
        try {
            self.first(work, turn);
            return true;
        } catch (EJBException | PersistenceException raceLost) {
            // another instance took the work's first turn at the same moment: it is there now
            return advance(work, turn);
        }
    }

    /** The work's first turn ever creates its row, committed on its own so the others see it. */
    public void first(ScheduledWork work, long turn) {
        em.createNativeQuery("INSERT INTO scheduled_turn (work, turn_second, taken_by, taken_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, work.name())
                .setParameter(2, turn)
                .setParameter(3, server.name())
                .setParameter(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
    }

    private boolean advance(ScheduledWork work, long turn) {
        return em.createNativeQuery("UPDATE scheduled_turn SET turn_second = ?, taken_by = ?, taken_at = ?"
                                + " WHERE work = ? AND turn_second < ?")
                        .setParameter(1, turn)
                        .setParameter(2, server.name())
                        .setParameter(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .setParameter(4, work.name())
                        .setParameter(5, turn)
                        .executeUpdate()
                == 1;
    }

    private boolean exists(ScheduledWork work) {
        return !em.createNativeQuery("SELECT work FROM scheduled_turn WHERE work = ?")
                .setParameter(1, work.name())
                .getResultList()
                .isEmpty();
    }
}
