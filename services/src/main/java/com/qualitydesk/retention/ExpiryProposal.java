package com.qualitydesk.retention;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * CC-03: ADMIN proposes the expiry of chosen records, with a reason. Each record must exist, be
 * past its period today and be free of holds, other proposals and open work; nothing is removed
 * yet: another person, of QUALITY, confirms (ExpiryConfirmation). The proposer may withdraw it
 * while it waits. Audited on the expiry and in each record's history.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class ExpiryProposal {

    public static final String EXPIRY_PROPOSED = "EXPIRY_PROPOSED";
    public static final String EXPIRY_WITHDRAWN = "EXPIRY_WITHDRAWN";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    RetentionPeriods periods;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public RecordExpiry propose(List<RecordKey> chosen, String reason) {
        RetentionStep.PROPOSE.require(user.departments());
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("retention.expiry.reason.required");
        }
        if (chosen == null || chosen.isEmpty()) {
            throw new RuleViolation("retention.expiry.records.required");
        }
        if (chosen.size() > RecordExpiry.MAX_RECORDS) {
            throw new RuleViolation("retention.expiry.records.tooMany", RecordExpiry.MAX_RECORDS);
        }
        LocalDate today = LocalDate.now(clock);
        var expiring = new ArrayList<ExpiringRecord>();
        var entities = new ArrayList<EditableEntity>();
        for (RecordKey key : chosen) {
            RetainedRecords source = RetainedRecords.of(key.kind(), em, clock.getZone());
            RetentionPeriod period = periods.of(key.kind());
            EditableEntity entity = source.entity(key.id())
                    .orElseThrow(() -> new RuleViolation("retention.record.unknown", key.toString()));
            RetainedRecord record = source.read(entity);
            if (!period.isOver(record.periodStart(), today)) {
                throw ExpiryBlockers.refusal(
                        record.reference(),
                        new ExpiryBlocker(
                                ExpiryBlocker.Reason.PERIOD_NOT_OVER,
                                period.keptThrough(record.periodStart()).toString()));
            }
            var blockers =
                    ExpiryBlockers.of(em, source, List.of(key.id()), null).getOrDefault(key.id(), List.of());
            if (!blockers.isEmpty()) {
                throw ExpiryBlockers.refusal(record.reference(), blockers.get(0));
            }
            expiring.add(record.toExpiring(period));
            entities.add(entity);
        }
        var expiry = records.create(
                RecordExpiry.propose(expiring, reason, user.name(), user.departments(), clock.instant()));
        for (EditableEntity entity : entities) {
            audit.event(entity, EXPIRY_PROPOSED, "#" + expiry.getId() + ": " + expiry.getReason());
        }
        return expiry;
    }

    /** The proposer takes the expiry back before QUALITY decides; the records stay as they are. */
    public RecordExpiry withdraw(long expiryId, long version) {
        RecordExpiry expiry = ExpiryDecision.current(em, expiryId, version);
        var before = expiry.auditSnapshot();
        expiry.withdraw(user.name(), clock.instant());
        em.flush();
        audit.changed(expiry, before);
        ExpiryDecision.tellRecords(em, audit, clock.getZone(), expiry, EXPIRY_WITHDRAWN, "#" + expiry.getId());
        return expiry;
    }
}
