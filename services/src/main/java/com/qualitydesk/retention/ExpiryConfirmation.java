package com.qualitydesk.retention;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.EditableEntity;
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
 * CC-03: a person of QUALITY, never the one who proposed it, confirms an expiry, and only then are
 * its records removed; or rejects it with a reason. At the confirmation every record is checked
 * again as at the proposal (it still exists, its period under today's setting is over, no hold,
 * no open work): one that fails refuses the whole expiry and nothing is removed. Each removed
 * record leaves an ExpiryTombstone and an EXPIRED entry in its own history, in the same
 * transaction; a record that points at it and stays (an action, a cost of a feedback case) has its
 * link cleared and a LINK_CLEARED entry in its history.
 */
@Stateless
@RolesAllowed(Role.QUALITY)
public class ExpiryConfirmation {

    public static final String EXPIRED = "EXPIRED";
    public static final String EXPIRY_REJECTED = "EXPIRY_REJECTED";
    /** In the history of a record that stays while the record it pointed at expired. */
    public static final String LINK_CLEARED = "LINK_CLEARED";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    RetentionPeriods periods;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    private record Checked(
            ExpiringRecord item, RetainedRecords source, EditableEntity entity, RetentionPeriod period) {}

    public RecordExpiry confirm(long expiryId, long version) {
        RecordExpiry expiry = ExpiryDecision.current(em, expiryId, version);
        var before = expiry.auditSnapshot();
        expiry.confirm(user.name(), user.departments(), clock.instant());
        LocalDate today = LocalDate.now(clock);
        var checked = new ArrayList<Checked>();
        for (ExpiringRecord item : expiry.getRecords()) {
            RetainedRecords source = RetainedRecords.of(item.getKind(), em, clock.getZone());
            EditableEntity entity = source.entity(item.getRecordId())
                    .orElseThrow(() ->
                            ExpiryBlockers.refusal(item.getReference(), ExpiryBlocker.of(ExpiryBlocker.Reason.GONE)));
            RetainedRecord record = source.read(entity);
            RetentionPeriod period = periods.of(item.getKind());
            if (!period.isOver(record.periodStart(), today)) {
                throw ExpiryBlockers.refusal(
                        item.getReference(),
                        new ExpiryBlocker(
                                ExpiryBlocker.Reason.PERIOD_NOT_OVER,
                                period.keptThrough(record.periodStart()).toString()));
            }
            List<ExpiryBlocker> blockers = ExpiryBlockers.of(em, source, List.of(item.getRecordId()), expiry.getId())
                    .getOrDefault(item.getRecordId(), List.of());
            if (!blockers.isEmpty()) {
                throw ExpiryBlockers.refusal(item.getReference(), blockers.get(0));
            }
            checked.add(new Checked(item, source, entity, period));
        }
        em.flush();
        for (Checked c : checked) {
            var tombstone = new ExpiryTombstone(expiry, c.item(), c.period());
            em.persist(tombstone);
            audit.event(c.entity(), EXPIRED, tombstone.line());
            String link = c.item().getKind().recordType() + " " + c.item().getReference() + " · #" + expiry.getId();
            for (EditableEntity kept : c.source().unlink(c.entity())) {
                audit.event(kept, LINK_CLEARED, link);
            }
            c.source().remove(c.entity());
        }
        em.flush();
        audit.changed(expiry, before);
        return expiry;
    }

    /** QUALITY rejects the expiry with its reason; the records stay and may be proposed again. */
    public RecordExpiry reject(long expiryId, long version, String note) {
        RecordExpiry expiry = ExpiryDecision.current(em, expiryId, version);
        var before = expiry.auditSnapshot();
        expiry.reject(user.name(), user.departments(), note, clock.instant());
        em.flush();
        audit.changed(expiry, before);
        ExpiryDecision.tellRecords(
                em,
                audit,
                clock.getZone(),
                expiry,
                EXPIRY_REJECTED,
                "#" + expiry.getId() + ": " + expiry.getDecisionNote());
        return expiry;
    }
}
