package com.qualitydesk.review;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.security.LoginAttempts;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;

/**
 * IM-03: the general manager approves the minutes with an electronic signature. The password is
 * asked again and checked by the login's own {@link LoginAttempts}, so that wrong passwords lock the
 * account as wrong logins do; the signature records who, when and its meaning ("approved"), and freezes the review. A
 * wrong password signs nothing and is audited as a refused signature ({@link SignatureRefused}
 * keeps that entry while refusing).
 */
@Stateless
@RolesAllowed(Role.GENERAL_MANAGER)
public class ReviewSignature {

    @PersistenceContext
    EntityManager em;

    @Inject
    LoginAttempts attempts;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public ManagementReview sign(long reviewId, @NotNull char[] password) {
        // two signatures at once: the review's version refuses the second
        ManagementReview review = em.find(ManagementReview.class, reviewId);
        if (review == null) {
            throw new RuleViolation("review.unknown");
        }
        review.requireNotSigned();
        // the login's own check: a wrong password here counts toward the account's lock-out like a
        // wrong login (it commits on its own, so the refusal below does not undo the count)
        var attempt = password.length == 0 ? null : attempts.attempt(user.name(), password);
        if (attempt == null || attempt.outcome() != LoginAttempts.Outcome.ACCEPTED) {
            audit.event(review, "SIGN_REFUSED", user.name());
            throw new SignatureRefused(
                    attempt != null && attempt.outcome() == LoginAttempts.Outcome.LOCKED
                            ? "review.sign.locked"
                            : "review.sign.wrongPassword");
        }
        var before = review.auditSnapshot();
        review.sign(user.name(), attempt.fullName(), clock.instant());
        em.flush();
        audit.changed(review, before);
        audit.event(
                review,
                "SIGNED",
                ManagementReview.APPROVED + " · " + attempt.fullName() + " · " + review.getPackHash());
        return review;
    }
}
