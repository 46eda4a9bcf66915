package com.qualitydesk.feedback;

import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Loading a case for a step: it must exist, and the step's policy ({@link FeedbackStep}) must
 * allow the person to take it now. The version is raised so that two people taking steps on the
 * same case at once are told rather than overwriting each other.
 */
final class FeedbackCaseAccess {

    private FeedbackCaseAccess() {}

    static Feedback existing(EntityManager em, long id) {
        Feedback feedback = em.find(Feedback.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (feedback == null) {
            throw new RuleViolation("feedback.unknown");
        }
        return feedback;
    }

    static Feedback forStep(EntityManager em, long id, FeedbackStep step, CurrentUser user) {
        Feedback feedback = existing(em, id);
        step.require(user.departments(), feedback);
        return feedback;
    }

    /** A customer, contact or product the form names; an id that names nothing is refused. */
    static <T> T reference(EntityManager em, Class<T> type, Long id) {
        if (id == null) {
            return null;
        }
        T found = em.find(type, id);
        if (found == null) {
            throw new RuleViolation("feedback.reference.unknown");
        }
        return found;
    }

    /** A registered case that is not closed, for the records that hang on it. */
    static Feedback open(EntityManager em, long id) {
        Feedback feedback = existing(em, id);
        feedback.requireOpen();
        return feedback;
    }
}
