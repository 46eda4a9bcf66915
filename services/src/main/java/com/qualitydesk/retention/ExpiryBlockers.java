package com.qualitydesk.retention;

import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What keeps records of one kind from expiring now (CC-03): an active legal hold, a proposal
 * waiting for QUALITY, and the kind's own links to open work. Read alike for the list, the
 * proposal and, again, the confirmation, so that what the screen shows is what the services refuse.
 */
final class ExpiryBlockers {

    private ExpiryBlockers() {}

    /**
     * The blockers by record id (records free to expire are absent); the expiry being confirmed,
     * if given, does not block its own records.
     */
    static Map<Long, List<ExpiryBlocker>> of(
            EntityManager em, RetainedRecords source, Collection<Long> ids, Long exceptExpiry) {
        var blockers = new HashMap<Long, List<ExpiryBlocker>>();
        if (ids.isEmpty()) {
            return blockers;
        }
        activeHolds(em, source.kind(), ids)
                .forEach(h -> RetainedRecords.add(
                        blockers, h.getRecordId(), new ExpiryBlocker(ExpiryBlocker.Reason.LEGAL_HOLD, h.getReason())));
        em
                .createQuery(
                        "select e.recordId, e.expiry.id from ExpiringRecord e where e.kind = :kind"
                                + " and e.recordId in :ids and e.pendingKey is not null",
                        Object[].class)
                .setParameter("kind", source.kind())
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .filter(row -> !row[1].equals(exceptExpiry))
                .forEach(row -> RetainedRecords.add(
                        blockers, (Long) row[0], new ExpiryBlocker(ExpiryBlocker.Reason.PROPOSED, "#" + row[1])));
        source.openLinks(ids).forEach((id, links) -> blockers.computeIfAbsent(id, k -> new ArrayList<>())
                .addAll(links));
        return blockers;
    }

    /**
     * The refusal of a step on a blocked record, naming the record; the department of a waiting
     * step or an action is left to the screen, which names it in the reader's words.
     */
    static RuleViolation refusal(String reference, ExpiryBlocker blocker) {
        Object detail = blocker.reason() == ExpiryBlocker.Reason.PERIOD_NOT_OVER
                ? LocalDate.parse(blocker.detail())
                : blocker.detail();
        return new RuleViolation("retention.refused." + blocker.reason().name(), reference, detail);
    }

    static List<LegalHold> activeHolds(EntityManager em, RecordKind kind, Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : em.createQuery(
                                "select h from LegalHold h where h.kind = :kind and h.recordId in :ids"
                                        + " and h.liftedAt is null",
                                LegalHold.class)
                        .setParameter("kind", kind)
                        .setParameter("ids", ids)
                        .getResultList();
    }
}
