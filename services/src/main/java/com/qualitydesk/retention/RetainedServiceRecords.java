package com.qualitydesk.retention;

import com.qualitydesk.aftersales.ServiceRecord;
import com.qualitydesk.aftersales.ServiceRecordKind;
import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.task.TaskKind;
import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AS-03 telephone and AS-04 on-site service records as quality records (CC-03). Their period runs
 * from their last activity: the service, its writing, the customer's signature or the confirmation
 * sent, whichever came last. A record still waiting in an inbox, or whose confirmation the customer
 * has not been sent, is open work; a record a later one corrects goes no earlier than that one.
 * Its files and its finished inbox steps go with it.
 */
final class RetainedServiceRecords extends RetainedRecords {

    RetainedServiceRecords(EntityManager em, ZoneId zone) {
        super(em, zone);
    }

    @Override
    RecordKind kind() {
        return RecordKind.SERVICE_RECORD;
    }

    @Override
    Class<ServiceRecord> type() {
        return ServiceRecord.class;
    }

    @Override
    String from() {
        return "ServiceRecord r join r.customer c";
    }

    @Override
    String lastActiveBefore() {
        return "r.occurredAt < :before and r.writtenAt < :before"
                + " and (r.signedAt is null or r.signedAt < :before)"
                + " and (r.confirmationSentAt is null or r.confirmationSentAt < :before)";
    }

    @Override
    List<String> conditions(RecordFilter filter, Map<String, Object> parameters) {
        var conditions = new ArrayList<String>();
        if (filter.reference() != null) {
            // OS-12, TS-12 or 12: the number is the record's id
            String digits = filter.reference().replaceAll("\\D", "");
            conditions.add(digits.isEmpty() || digits.length() > 18 ? "1 = 0" : "r.id = :reference");
            if (!digits.isEmpty() && digits.length() <= 18) {
                parameters.put("reference", Long.parseLong(digits));
            }
        }
        if (filter.variant() != null) {
            conditions.add("r.kind = :variant");
            parameters.put("variant", ServiceRecordKind.valueOf(filter.variant()));
        }
        return conditions;
    }

    @Override
    String sortPath(String field) {
        return switch (field) {
            case "reference" -> "r.id";
            case "customer" -> "c.code";
            case "recordDate" -> "r.occurredAt";
            default -> "r.writtenAt";
        };
    }

    @Override
    Optional<ServiceRecord> entity(long id) {
        return Optional.ofNullable(em.find(ServiceRecord.class, id));
    }

    @Override
    RetainedRecord read(EditableEntity entity) {
        var r = (ServiceRecord) entity;
        var customer = r.getCustomer();
        var last = latest(r.getOccurredAt(), r.getWrittenAt(), r.getSignedAt(), r.getConfirmationSentAt());
        String content = r.getKind() == ServiceRecordKind.TELEPHONE ? r.getSummary() : r.getWorkDone();
        return new RetainedRecord(
                kind(),
                r.getId(),
                r.getReference(),
                r.getKind().name(),
                customer.getCode(),
                customer.getNameZh(),
                customer.getNameEn(),
                content == null ? r.getServedBy() : content,
                day(r.getOccurredAt()),
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
                                "select t.recordId, t.department from Task t where t.kind = :kind"
                                        + " and t.recordId in :ids and t.doneAt is null order by t.id",
                                Object[].class)
                        .setParameter("kind", TaskKind.SERVICE_RECORD)
                        .setParameter("ids", ids)
                        .getResultList());
        em.createQuery(
                        "select r.id from ServiceRecord r where r.id in :ids and r.kind = :telephone"
                                + " and r.confirmationNeeded = true and r.confirmationSentAt is null",
                        Long.class)
                .setParameter("ids", ids)
                .setParameter("telephone", ServiceRecordKind.TELEPHONE)
                .getResultList()
                .forEach(id -> add(links, id, ExpiryBlocker.of(ExpiryBlocker.Reason.CONFIRMATION_NOT_SENT)));
        em.createQuery(
                        "select later from ServiceRecord later where later.corrects.id in :ids order by later.id",
                        ServiceRecord.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(later -> add(
                        links,
                        later.getCorrects().getId(),
                        new ExpiryBlocker(ExpiryBlocker.Reason.CORRECTED_LATER, later.getReference())));
        return links;
    }

    @Override
    void remove(EditableEntity entity) {
        long id = entity.getId();
        List<Long> steps = em.createQuery(
                        "select t.id from Task t where t.kind = :kind and t.recordId = :id", Long.class)
                .setParameter("kind", TaskKind.SERVICE_RECORD)
                .setParameter("id", id)
                .getResultList();
        removeSteps(steps);
        removeAttachments(id);
        em.remove(entity);
    }
}
