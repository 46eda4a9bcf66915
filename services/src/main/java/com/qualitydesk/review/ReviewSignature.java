package com.qualitydesk.review;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.security.Accounts;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.security.LoginAttempts;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;

/**
 * IM-03: the general manager approves the minutes with an electronic signature. The password is
 * asked again and checked as the login checks it ({@link LoginAttempts}: the same hash, and a wrong
 * password counts towards the account's lock like a wrong login); the signature records who, when
 * and its meaning ("approved"), and freezes the review. A refused signature signs nothing and is
 * audited all the same ({@link SignatureRefusals}, in a transaction of its own).
 */
@Stateless
@RolesAllowed(Role.GENERAL_MANAGER)
public class ReviewSignature {

    @PersistenceContext
    EntityManager em;

    @Inject
    LoginAttempts logins;

    @Inject
    SignatureRefusals refusals;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public ManagementReview sign(long reviewId, @NotNull char[] password) {
        ManagementReview review = em.find(ManagementReview.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            throw new RuleViolation("review.unknown");
        }
        review.requireNotSigned();
        var outcome = logins.attempt(user.name(), password).outcome();
        if (outcome != LoginAttempts.Outcome.ACCEPTED) {
            refusals.record(reviewId, user.name(), outcome.name());
            throw new RuleViolation(
                    outcome == LoginAttempts.Outcome.LOCKED ? "review.sign.locked" : "review.sign.wrongPassword");
        }
        String fullName =
                accounts.findByUsername(user.name()).map(a -> a.getFullName()).orElse(user.name());
        var before = review.auditSnapshot();
        review.sign(user.name(), fullName, clock.instant());
        em.flush();
        audit.changed(review, before);
        audit.event(review, "SIGNED", ManagementReview.APPROVED + " · " + fullName + " · " + review.getPackHash());
        return review;
    }
}
