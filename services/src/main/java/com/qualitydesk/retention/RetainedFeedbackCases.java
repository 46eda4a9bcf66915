package com.qualitydesk.retention;

import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.aftersales.CallBack;
import com.qualitydesk.aftersales.CallBackStatus;
import com.qualitydesk.aftersales.ReturnReplacement;
import com.qualitydesk.aftersales.ReturnStatus;
import com.qualitydesk.feedback.ChangeProposal;
import com.qualitydesk.feedback.ChangeStatus;
import com.qualitydesk.feedback.CustomerVisit;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackStatus;
import com.qualitydesk.feedback.FeedbackType;
import com.qualitydesk.feedback.QualityCost;
import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CF-03 feedback cases as quality records (CC-03): only a CLOSED case is one, and its period, the
 * quality records' setting (as for service records and survey replies), runs from its last
 * activity: its closing, or a file added to it later (a customer's letter after the reply); its
 * written reply and its information sheets' answers come before the closing, which needs them.
 *
 * <p>A closed case is still open work while a legal hold covers it, or while a record linked to it
 * is: an action of the register not yet verified, an unanswered information sheet, an inbox step
 * for it, the call-back it came from not closed, an open return, a visit not reported, a change
 * proposal neither released nor rejected.
 *
 * <p>What goes with the case is what is its own: its reply (columns of the case), its information
 * sheets, its files, its finished inbox steps and what the escalation told about them. What has a
 * life of its own stays, its link to the case cleared so that nothing points at a removed row: the
 * actions of the register (their source reference is the case's number), the quality-cost ledger's
 * rows (they are behind the monthly figures SALES accepted, CF-13; they keep the number), the
 * returns and the call-back (they keep the number already), the visits and the change proposals.
 * The tombstone (number, kind, dates, who, why) is what remains of the case itself.
 *
 * <p>The figures: accepted monthly sheets (CS-09) keep their values, issued analysis reports (CS-10)
 * and frozen management review packs (IM-03) their snapshots; the objectives' indicators (CF-05
 * replied by the deadline, CF-12 feedback answered, IM-04) are counted live from the cases, but they
 * look back 12 months, 8 quarters or the year to date, and a case received more than three years
 * (the seed's period) before today is outside all of them. A period set below two years would take
 * cases out of the earliest quarters of the trend; nothing else keeps those figures.
 */
final class RetainedFeedbackCases extends RetainedRecords {

    RetainedFeedbackCases(EntityManager em, ZoneId zone) {
        super(em, zone);
    }

    @Override
    RecordKind kind() {
        return RecordKind.FEEDBACK_CASE;
    }

    @Override
    Class<Feedback> type() {
        return Feedback.class;
    }

    @Override
    String from() {
        return "Feedback r join r.customer c";
    }

    @Override
    String kept() {
        return "r.status = com.qualitydesk.feedback.FeedbackStatus.CLOSED";
    }

    @Override
    String lastActiveBefore() {
        return "r.closure.at < :before and not exists (select a.id from Attachment a where a.ownerType = '"
                + kind().recordType() + "' and a.ownerId = r.id and a.uploadedAt >= :before)";
    }

    @Override
    List<String> conditions(RecordFilter filter, Map<String, Object> parameters) {
        var conditions = new ArrayList<String>();
        if (filter.reference() != null) {
            conditions.add("lower(r.number) like :reference escape '\\'");
            parameters.put("reference", RecordFilter.like(filter.reference()));
        }
        if (filter.variant() != null) {
            conditions.add("r.type = :variant");
            parameters.put("variant", FeedbackType.valueOf(filter.variant()));
        }
        return conditions;
    }

    @Override
    String sortPath(String field) {
        return switch (field) {
            case "reference" -> "r.number";
            case "customer" -> "c.code";
            case "recordDate" -> "r.receivedAt";
            default -> "r.closure.at";
        };
    }

    @Override
    Optional<Feedback> entity(long id) {
        return Optional.ofNullable(em.find(Feedback.class, id)).filter(f -> f.getStatus() == FeedbackStatus.CLOSED);
    }

    @Override
    RetainedRecord read(EditableEntity entity) {
        var f = (Feedback) entity;
        var customer = f.getCustomer();
        // the newest row rather than max(): an aggregate bypasses the column's converter on PostgreSQL
        Instant lastFile = em.createQuery(
                        "select a.uploadedAt from Attachment a where a.ownerType = :type and a.ownerId = :id"
                                + " order by a.uploadedAt desc",
                        Instant.class)
                .setParameter("type", kind().recordType())
                .setParameter("id", f.getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        Instant last = latest(f.getClosure().getAt(), lastFile);
        String description = f.getDescription();
        return new RetainedRecord(
                kind(),
                f.getId(),
                f.getNumber(),
                f.getType() == null ? null : f.getType().name(),
                customer == null ? null : customer.getCode(),
                customer == null ? null : customer.getNameZh(),
                customer == null ? null : customer.getNameEn(),
                description.length() > 120 ? description.substring(0, 120) + "…" : description,
                day(f.getReceivedAt()),
                last,
                day(last));
    }

    @Override
    Map<Long, List<ExpiryBlocker>> openLinks(Collection<Long> ids) {
        var links = new HashMap<Long, List<ExpiryBlocker>>();
        if (ids.isEmpty()) {
            return links;
        }
        addAll(
                links,
                ExpiryBlocker.Reason.OPEN_TASK,
                em.createQuery(
                                "select t.feedbackId, t.department from Task t where t.feedbackId in :ids"
                                        + " and t.doneAt is null order by t.id",
                                Object[].class)
                        .setParameter("ids", ids)
                        .getResultList());
        openActions(links, ActionSource.FEEDBACK, ids);
        addAll(
                links,
                ExpiryBlocker.Reason.OPEN_SHEET,
                em.createQuery(
                                "select s.feedbackId, s.department from InformationSheet s where s.feedbackId in :ids"
                                        + " and s.answeredAt is null order by s.id",
                                Object[].class)
                        .setParameter("ids", ids)
                        .getResultList());
        em.createQuery(
                        "select b.feedbackId from CallBack b where b.feedbackId in :ids"
                                + " and b.status in :open order by b.id",
                        Long.class)
                .setParameter("ids", ids)
                .setParameter("open", List.of(CallBackStatus.DUE, CallBackStatus.OBJECTION))
                .getResultList()
                .forEach(id -> add(links, id, ExpiryBlocker.of(ExpiryBlocker.Reason.OPEN_CALL_BACK)));
        em.createQuery(
                        "select r from ReturnReplacement r where r.feedbackId in :ids and r.status = :open"
                                + " order by r.id",
                        ReturnReplacement.class)
                .setParameter("ids", ids)
                .setParameter("open", ReturnStatus.OPEN)
                .getResultList()
                .forEach(r -> add(
                        links,
                        r.getFeedbackId(),
                        new ExpiryBlocker(ExpiryBlocker.Reason.OPEN_RETURN, r.getReference())));
        addAll(
                links,
                ExpiryBlocker.Reason.OPEN_VISIT,
                em.createQuery(
                                "select v.feedbackId, v.visitDate from CustomerVisit v where v.feedbackId in :ids"
                                        + " and v.reportedAt is null order by v.id",
                                Object[].class)
                        .setParameter("ids", ids)
                        .getResultList());
        em.createQuery(
                        "select p.feedbackId, p.id from ChangeProposal p where p.feedbackId in :ids"
                                + " and p.status in :open order by p.id",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("open", List.of(ChangeStatus.PROPOSED, ChangeStatus.APPROVED))
                .getResultList()
                .forEach(row ->
                        add(links, (Long) row[0], new ExpiryBlocker(ExpiryBlocker.Reason.OPEN_CHANGE, "#" + row[1])));
        return links;
    }

    @Override
    List<EditableEntity> unlink(EditableEntity entity) {
        var f = (Feedback) entity;
        long id = f.getId();
        String number = f.getNumber();
        var kept = new ArrayList<EditableEntity>();
        for (CorrectiveAction a : em.createQuery(
                        "select a from CorrectiveAction a where a.sourceType = :source and a.sourceId = :id order by a.id",
                        CorrectiveAction.class)
                .setParameter("source", ActionSource.FEEDBACK)
                .setParameter("id", id)
                .getResultList()) {
            if (a.getSourceReference() == null) {
                a.setSourceReference(number);
            }
            a.setSourceId(null);
            kept.add(a);
        }
        for (QualityCost c : linked(QualityCost.class, id)) {
            c.caseExpired(number);
            kept.add(c);
        }
        for (ReturnReplacement r : linked(ReturnReplacement.class, id)) {
            r.setFeedbackId(null);
            kept.add(r);
        }
        for (CallBack b : linked(CallBack.class, id)) {
            b.feedbackExpired();
            kept.add(b);
        }
        for (CustomerVisit v : linked(CustomerVisit.class, id)) {
            v.setFeedbackId(null);
            kept.add(v);
        }
        for (ChangeProposal p : linked(ChangeProposal.class, id)) {
            p.setFeedbackId(null);
            kept.add(p);
        }
        // the inbox steps of its actions belong to the actions, which stay
        em.createQuery("update Task t set t.feedbackId = null where t.feedbackId = :id and t.actionId is not null")
                .setParameter("id", id)
                .executeUpdate();
        em.createQuery("update Notification n set n.feedbackId = null where n.feedbackId = :id"
                        + " and n.taskId in (select t.id from Task t where t.actionId is not null)")
                .setParameter("id", id)
                .executeUpdate();
        em.flush();
        return kept;
    }

    private <T> List<T> linked(Class<T> type, long id) {
        return em.createQuery(
                        "select x from " + type.getSimpleName() + " x where x.feedbackId = :id order by x.id", type)
                .setParameter("id", id)
                .getResultList();
    }

    @Override
    void remove(EditableEntity entity) {
        long id = entity.getId();
        List<Long> steps = em.createQuery("select t.id from Task t where t.feedbackId = :id", Long.class)
                .setParameter("id", id)
                .getResultList();
        removeSteps(steps);
        em.createQuery("delete from Notification n where n.feedbackId = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.createQuery("delete from InformationSheet s where s.feedbackId = :id")
                .setParameter("id", id)
                .executeUpdate();
        removeAttachments(id);
        em.remove(entity);
    }
}
