package com.qualitydesk.persistence;

import jakarta.ejb.EJBException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure was a collision with another transaction of the same moment: a lock not free
 * in time, a deadlock, a serialization failure, or a row another transaction changed first. The
 * database rolled the whole transaction back, so a service whose work is safe to repeat may run it
 * again; for anything else the person is told that the record was busy and nothing was saved.
 */
public final class Contention {

    /** The SQL states of PostgreSQL and H2 that mean "another transaction was in the way". */
    private static final Set<String> SQL_STATES = Set.of(
            // serialization failure (PostgreSQL); deadlock (H2)
            "40001",
            // deadlock detected (PostgreSQL)
            "40P01",
            // lock not available (PostgreSQL's lock_timeout)
            "55P03",
            // statement cancelled: its query timeout ran out while it waited for a lock (PostgreSQL, H2)
            "57014",
            // lock timeout (H2)
            "HYT00",
            // concurrent update of the same row (H2)
            "90131");

    private Contention() {}

    /** Looks through the whole chain of causes: EJB, JTA and JPA wrap what the database said. */
    public static boolean causes(Throwable failure) {
        var seen = Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>());
        var next = new ArrayDeque<Throwable>();
        if (failure != null) {
            next.add(failure);
        }
        while (!next.isEmpty()) {
            Throwable t = next.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof OptimisticLockException
                    || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                if (sql.getSQLState() != null && SQL_STATES.contains(sql.getSQLState())) {
                    return true;
                }
                if (sql.getNextException() != null) {
                    next.add(sql.getNextException());
                }
            }
            if (t instanceof EJBException ejb && ejb.getCausedByException() != null) {
                next.add(ejb.getCausedByException());
            }
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                next.add(suppressed);
            }
        }
        return false;
    }
}
