package com.qualitydesk.feedback;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * CF-03: the registration form's number, one sequence per year with no gaps and no duplicates. The
 * number is taken by an UPDATE of the year's row inside the registering transaction: the row stays
 * locked until it commits, so concurrent registrations queue, and a registration that fails gives
 * its number back by rolling back. The registration takes it as late as it can, so the queue moves
 * fast, and the wait for it is bounded ({@link #WAIT_MILLIS}; on H2 the URL's LOCK_TIMEOUT): a
 * registration that waited longer fails whole and {@link FeedbackRegistration} runs it again.
 */
@Stateless
@PermitAll
public class FeedbackNumbers {

    /**
     * How long one registration waits for the year's row (CF-03): the statement's query timeout,
     * which PostgreSQL enforces; H2 waits for a lock as long as its LOCK_TIMEOUT, set to the same in
     * the default database URL.
     */
    static final int WAIT_MILLIS = 5000;

    @PersistenceContext
    EntityManager em;

    @EJB
    FeedbackNumbers self;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public FeedbackNumber next(int year) {
        if (increment(year) == 0) {
            try {
                self.startYear(year);
            } catch (EJBException | PersistenceException raceLost) {
                // another registration created the year's row at the same moment: it is there now
            }
            if (increment(year) == 0) {
                throw new IllegalStateException("no number sequence for " + year);
            }
        }
        int value = ((Number)
                        em.createNativeQuery("SELECT last_value FROM feedback_number_sequence WHERE feedback_year = ?")
                                .setParameter(1, year)
                                .getSingleResult())
                .intValue();
        return new FeedbackNumber(year, value);
    }

    /** The first registration of a year creates its row, committed on its own so others can lock it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void startYear(int year) {
        em.createNativeQuery("INSERT INTO feedback_number_sequence (feedback_year, last_value) VALUES (?, 0)")
                .setParameter(1, year)
                .executeUpdate();
    }

    private int increment(int year) {
        return em.createNativeQuery(
                        "UPDATE feedback_number_sequence SET last_value = last_value + 1 WHERE feedback_year = ?")
                .setParameter(1, year)
                .setHint("jakarta.persistence.query.timeout", WAIT_MILLIS)
                .executeUpdate();
    }
}
