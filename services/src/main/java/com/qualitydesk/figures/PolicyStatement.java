package com.qualitydesk.figures;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * IM-04: the quality policy shown above the objectives. Everyone reads it; the general manager
 * (or the administrator) rewords it, and the audit trail keeps the wording before.
 */
@Stateless
public class PolicyStatement {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @PermitAll
    public QualityPolicy current() {
        return em.createQuery("select p from QualityPolicy p order by p.id", QualityPolicy.class)
                .setMaxResults(1)
                .getSingleResult();
    }

    /** A new wording in both languages; refused when someone else changed it since it was shown. */
    @RolesAllowed({Role.GENERAL_MANAGER, Role.ADMIN})
    public QualityPolicy reword(String textEn, String textZh, long shownVersion) {
        QualityPolicy policy = current();
        if (policy.getVersion() != shownVersion) {
            throw new OptimisticLockException(policy);
        }
        var before = policy.auditSnapshot();
        policy.reword(textEn, textZh, clock.instant(), user.name());
        records.validate(policy);
        em.flush();
        audit.changed(policy, before);
        return policy;
    }
}
