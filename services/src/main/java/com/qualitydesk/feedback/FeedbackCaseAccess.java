package com.qualitydesk.feedback;

import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Loading a case for a step: it must exist, be registered and still open. */
final class FeedbackCaseAccess {

    private FeedbackCaseAccess() {}

    static Feedback existing(EntityManager em, long id) {
        Feedback feedback = em.find(Feedback.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (feedback == null) {
            throw new RuleViolation("feedback.unknown");
        }
        return feedback;
    }

    /** A registered case that is not closed: the state every step after registration needs. */
    static Feedback open(EntityManager em, long id) {
        Feedback feedback = existing(em, id);
        if (!feedback.isRegistered()) {
            throw new RuleViolation("feedback.notRegistered");
        }
        if (feedback.isClosed()) {
            throw new RuleViolation("feedback.closed");
        }
        return feedback;
    }
}
