package com.qualitydesk.retention;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.ZoneId;

/**
 * Loading an expiry for a decision (CC-03): it must exist and be the version the screen showed;
 * the version is raised, so that two people deciding at once (a confirmation and a withdrawal, two
 * confirmations) are told rather than both going through.
 */
final class ExpiryDecision {

    private ExpiryDecision() {}

    static RecordExpiry current(EntityManager em, long expiryId, long version) {
        RecordExpiry expiry = em.find(RecordExpiry.class, expiryId);
        if (expiry == null) {
            throw new RuleViolation("retention.expiry.unknown", expiryId);
        }
        if (expiry.getVersion() != version) {
            throw new OptimisticLockException(expiry);
        }
        em.lock(expiry, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return expiry;
    }

    /** Writes the decision into the history of each record that still exists. */
    static void tellRecords(
            EntityManager em, AuditTrail audit, ZoneId zone, RecordExpiry expiry, String action, String text) {
        for (ExpiringRecord r : expiry.getRecords()) {
            RetainedRecords.of(r.getKind(), em, zone)
                    .entity(r.getRecordId())
                    .ifPresent(entity -> audit.event(entity, action, text));
        }
    }
}
