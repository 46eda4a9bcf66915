package com.qualitydesk.retention;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;

/**
 * CC-03: QUALITY or ADMIN place a legal hold on a record, with a reason, and lift it, with a
 * reason; both are audited on the hold and in the record's own history. While a hold is on, the
 * record is refused to every expiry, also to one proposed before the hold.
 */
@Stateless
@RolesAllowed({Role.ADMIN, Role.QUALITY})
public class LegalHolds {

    public static final String HOLD_PLACED = "HOLD_PLACED";
    public static final String HOLD_LIFTED = "HOLD_LIFTED";

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

    public LegalHold place(@NotNull RecordKind kind, long recordId, String reason) {
        RetentionStep.HOLD.require(user.departments());
        RetainedRecords source = RetainedRecords.of(kind, em, clock.getZone());
        EditableEntity entity = source.entity(recordId)
                .orElseThrow(() -> new RuleViolation("retention.record.unknown", LegalHold.key(kind, recordId)));
        RetainedRecord record = source.read(entity);
        if (!ExpiryBlockers.activeHolds(em, kind, List.of(recordId)).isEmpty()) {
            throw new RuleViolation("retention.hold.already", record.reference());
        }
        var hold = records.create(new LegalHold(
                kind, recordId, record.reference(), record.customerCode(), reason, user.name(), clock.instant()));
        // the record changes version: an expiry confirmed at this moment fails rather than remove it
        em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.event(entity, HOLD_PLACED, hold.getReason());
        return hold;
    }

    public LegalHold lift(long holdId, long version, String reason) {
        RetentionStep.HOLD.require(user.departments());
        LegalHold hold = em.find(LegalHold.class, holdId);
        if (hold == null) {
            throw new RuleViolation("retention.hold.unknown");
        }
        if (hold.getVersion() != version) {
            throw new OptimisticLockException(hold);
        }
        var before = hold.auditSnapshot();
        hold.lift(reason, user.name(), clock.instant());
        em.flush();
        audit.changed(hold, before);
        RetainedRecords.of(hold.getKind(), em, clock.getZone())
                .entity(hold.getRecordId())
                .ifPresent(entity -> audit.event(entity, HOLD_LIFTED, hold.getLiftReason()));
        return hold;
    }

    /** The register of holds, the active ones only or all, newest first unless sorted otherwise. */
    public Page<LegalHold> page(boolean activeOnly, @NotNull PageRequest request) {
        return FilteredQuery.of(em, LegalHold.class)
                .where((cb, root) -> activeOnly ? cb.isNull(root.get("liftedAt")) : cb.conjunction())
                .defaultSort("placedAt")
                .page(request);
    }
}
