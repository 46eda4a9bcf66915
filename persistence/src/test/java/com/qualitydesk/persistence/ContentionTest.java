package com.qualitydesk.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** CF-03: which failures a registration may simply run again. */
class ContentionTest {

    private static Throwable wrapped(SQLException database) {
        return new EJBException(new PersistenceException("Exception [EclipseLink-4002]", database));
    }

    @Test
    void aLockTimeoutDeadlockOrCancelledWaitOfEitherDatabaseIsContention() {
        assertTrue(Contention.causes(wrapped(new SQLException("Timeout trying to lock table", "HYT00", 50200))));
        assertTrue(Contention.causes(wrapped(new SQLException("Deadlock detected", "40001", 40001))));
        assertTrue(Contention.causes(wrapped(new SQLException("deadlock detected", "40P01"))));
        assertTrue(Contention.causes(wrapped(new SQLException("canceling statement due to user request", "57014"))));
        assertTrue(Contention.causes(wrapped(new SQLException("could not obtain lock on row", "55P03"))));
        assertTrue(Contention.causes(new EJBException(new OptimisticLockException("changed meanwhile"))));
    }

    @Test
    void aFailedCommitIsLookedThroughToTheDatabase() {
        var commit = new RollbackException("Transaction marked for rollback");
        commit.initCause(new PersistenceException(new SQLException("could not serialize access", "40001")));
        assertTrue(Contention.causes(new EJBException("Transaction aborted", commit)));
        var chained = new SQLException("Batch entry 0 was aborted", "08006");
        chained.setNextException(new SQLException("deadlock detected", "40P01"));
        assertTrue(Contention.causes(wrapped(chained)));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(Contention.causes(wrapped(new SQLException("duplicate key value", "23505"))));
        assertFalse(Contention.causes(new EJBException(new IllegalStateException("no number sequence"))));
        assertFalse(Contention.causes(new RuntimeException("boom")));
        assertFalse(Contention.causes(null));
    }
}
