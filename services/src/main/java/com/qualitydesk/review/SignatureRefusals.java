package com.qualitydesk.review;

import com.qualitydesk.audit.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * IM-03: a refused signature is audited although the signing rolls back: its entry is written in
 * a transaction of its own. Only {@link ReviewSignature} calls this.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignatureRefusals {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public void record(long reviewId, String username, String why) {
        ManagementReview review = em.find(ManagementReview.class, reviewId);
        if (review != null) {
            audit.event(review, "SIGNATURE_REFUSED", username + " · " + why);
        }
    }
}
