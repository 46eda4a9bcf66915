package com.qualitydesk.feedback;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The records kept beside a case (changes, visits, costs): listed by case, saved while it is open. */
final class CaseRecords {

    private CaseRecords() {}

    static <T extends EditableEntity> T save(EntityManager em, AuditedRecords records, long feedbackId, T record) {
        FeedbackCaseAccess.open(em, feedbackId);
        return record.isNew() ? records.create(record) : records.update(record);
    }

    static <T> List<T> of(EntityManager em, Class<T> type, long feedbackId) {
        return em.createQuery(
                        "select r from " + type.getSimpleName() + " r where r.feedbackId = :feedback order by r.id",
                        type)
                .setParameter("feedback", feedbackId)
                .getResultList();
    }

    static void sameCase(Long stored, long feedbackId) {
        if (stored != null && stored != feedbackId) {
            throw new RuleViolation("feedback.record.otherCase");
        }
    }
}
