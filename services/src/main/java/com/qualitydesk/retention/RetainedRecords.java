package com.qualitydesk.retention;

import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.ActionStatus;
import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One kind of record as retention reads and removes it (CC-03): which of its records are past a
 * moment of last activity (paged and filtered in the database), what links a record to work still
 * open, and how the record goes with its dependent rows and files. The services decide who may
 * call and when; this knows the kind's tables.
 */
abstract class RetainedRecords {

    final EntityManager em;
    final ZoneId zone;

    RetainedRecords(EntityManager em, ZoneId zone) {
        this.em = em;
        this.zone = zone;
    }

    static RetainedRecords of(RecordKind kind, EntityManager em, ZoneId zone) {
        return switch (kind) {
            case CUSTOMER_COMMUNICATION -> new RetainedCommunications(em, zone);
            case SERVICE_RECORD -> new RetainedServiceRecords(em, zone);
            case SURVEY_REPLY -> new RetainedSurveyReplies(em, zone);
            case FEEDBACK_CASE -> new RetainedFeedbackCases(em, zone);
        };
    }

    abstract RecordKind kind();

    /** The entity the kind's records are. */
    abstract Class<? extends EditableEntity> type();

    /** The entity and its joins, the record aliased {@code r}, its customer {@code c}. */
    abstract String from();

    /** The records of the kind retention handles at all (a legal requirement is kept while it applies). */
    String kept() {
        return "1 = 1";
    }

    /** Every activity of the record lies before {@code :before}. */
    abstract String lastActiveBefore();

    /** The conditions of the filter's reference and variant, parameters added. */
    abstract List<String> conditions(RecordFilter filter, Map<String, Object> parameters);

    /** The path a column of the list sorts by: lastActivity, reference, customer, recordDate. */
    abstract String sortPath(String field);

    abstract Optional<? extends EditableEntity> entity(long id);

    abstract RetainedRecord read(EditableEntity entity);

    /** What links the records to work still open, by record id; records without links are absent. */
    abstract Map<Long, List<ExpiryBlocker>> openLinks(Collection<Long> ids);

    /**
     * Clears the links of the records that point at this one but have a life of their own, which
     * stay when it goes; answers them, for their history. Most kinds have none.
     */
    List<EditableEntity> unlink(EditableEntity entity) {
        return List.of();
    }

    /** Removes the record with what belongs to it alone. */
    abstract void remove(EditableEntity entity);

    Page<RetainedRecord> lastActiveBefore(Instant before, RecordFilter filter, PageRequest request) {
        var parameters = new HashMap<String, Object>();
        String where = where(before, filter, parameters);
        String sort = sortPath(request.sortField() == null ? "lastActivity" : request.sortField());
        String direction = request.ascending() ? " asc" : " desc";
        TypedQuery<? extends EditableEntity> rows = em.createQuery(
                "select r from " + from() + " where " + where + " order by " + sort + direction + ", r.id" + direction,
                type());
        parameters.forEach(rows::setParameter);
        List<RetainedRecord> page =
                rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList().stream()
                        .map(this::read)
                        .toList();
        TypedQuery<Long> count = em.createQuery("select count(r) from " + from() + " where " + where, Long.class);
        parameters.forEach(count::setParameter);
        return new Page<>(page, count.getSingleResult());
    }

    long countLastActiveBefore(Instant before) {
        var parameters = new HashMap<String, Object>();
        TypedQuery<Long> count = em.createQuery(
                "select count(r) from " + from() + " where " + where(before, RecordFilter.NONE, parameters),
                Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    Optional<RetainedRecord> find(long id) {
        return entity(id).map(this::read);
    }

    private String where(Instant before, RecordFilter filter, Map<String, Object> parameters) {
        var all = new ArrayList<String>();
        all.add(kept());
        all.add(lastActiveBefore());
        parameters.put("before", before);
        if (filter.customer() != null) {
            all.add("(lower(c.code) like :customer escape '\\' or lower(c.nameZh) like :customer escape '\\'"
                    + " or lower(c.nameEn) like :customer escape '\\')");
            parameters.put("customer", RecordFilter.like(filter.customer()));
        }
        all.addAll(conditions(filter, parameters));
        return String.join(" and ", all);
    }

    /** The files kept with the record (Attachments), which belong to it alone. */
    void removeAttachments(long id) {
        em.createQuery("delete from Attachment a where a.ownerType = :type and a.ownerId = :id")
                .setParameter("type", kind().recordType())
                .setParameter("id", id)
                .executeUpdate();
    }

    LocalDate day(Instant instant) {
        return RetentionPeriod.startDay(instant, zone);
    }

    static Instant latest(Instant... moments) {
        Instant latest = null;
        for (Instant m : moments) {
            if (m != null && (latest == null || m.isAfter(latest))) {
                latest = m;
            }
        }
        return latest;
    }

    /** Each (record id, detail) row blocks its record for the reason, the detail shown with it. */
    static void addAll(Map<Long, List<ExpiryBlocker>> links, ExpiryBlocker.Reason reason, List<Object[]> rows) {
        rows.forEach(row -> add(links, (Long) row[0], new ExpiryBlocker(reason, String.valueOf(row[1]))));
    }

    /** The actions of the register opened from these records and not yet verified (IM-02): open work. */
    void openActions(Map<Long, List<ExpiryBlocker>> links, ActionSource source, Collection<Long> ids) {
        addAll(
                links,
                ExpiryBlocker.Reason.OPEN_ACTION,
                em.createQuery(
                                "select a.sourceId, a.ownerDepartment from CorrectiveAction a where a.sourceType = :source"
                                        + " and a.sourceId in :ids and a.status in :open order by a.id",
                                Object[].class)
                        .setParameter("source", source)
                        .setParameter("ids", ids)
                        .setParameter("open", List.of(ActionStatus.OPEN, ActionStatus.COMPLETED))
                        .getResultList());
    }

    /** The record's finished inbox steps and what the escalation told about them. */
    void removeSteps(List<Long> steps) {
        if (steps.isEmpty()) {
            return;
        }
        em.createQuery("delete from Notification n where n.taskId in :steps")
                .setParameter("steps", steps)
                .executeUpdate();
        em.createQuery("delete from Task t where t.id in :steps")
                .setParameter("steps", steps)
                .executeUpdate();
    }

    static void add(Map<Long, List<ExpiryBlocker>> links, long id, ExpiryBlocker blocker) {
        links.computeIfAbsent(id, k -> new ArrayList<>()).add(blocker);
    }
}
