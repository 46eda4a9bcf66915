package com.qualitydesk.retention;

import com.qualitydesk.customer.CommunicationKind;
import com.qualitydesk.customer.CustomerCommunication;
import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CC-01 customer communications as sales communication records (CC-03): their period runs from the
 * day of the communication. Nothing else refers to them but their files. A legal requirement
 * noted for a customer is not a communication that ends: it is kept while it applies.
 */
final class RetainedCommunications extends RetainedRecords {

    RetainedCommunications(EntityManager em, ZoneId zone) {
        super(em, zone);
    }

    @Override
    RecordKind kind() {
        return RecordKind.CUSTOMER_COMMUNICATION;
    }

    @Override
    Class<CustomerCommunication> type() {
        return CustomerCommunication.class;
    }

    @Override
    String from() {
        return "CustomerCommunication r join r.customer c";
    }

    @Override
    String kept() {
        return "r.kind <> com.qualitydesk.customer.CommunicationKind.LEGAL_REQUIREMENT";
    }

    @Override
    String lastActiveBefore() {
        return "r.occurredAt < :before";
    }

    @Override
    List<String> conditions(RecordFilter filter, Map<String, Object> parameters) {
        var conditions = new ArrayList<String>();
        if (filter.reference() != null) {
            conditions.add(
                    "(lower(r.reference) like :reference escape '\\' or lower(r.subject) like :reference escape '\\')");
            parameters.put("reference", RecordFilter.like(filter.reference()));
        }
        if (filter.variant() != null) {
            conditions.add("r.kind = :variant");
            parameters.put("variant", CommunicationKind.valueOf(filter.variant()));
        }
        return conditions;
    }

    @Override
    String sortPath(String field) {
        return switch (field) {
            case "reference" -> "r.reference";
            case "customer" -> "c.code";
            default -> "r.occurredAt";
        };
    }

    @Override
    Optional<CustomerCommunication> entity(long id) {
        return Optional.ofNullable(em.find(CustomerCommunication.class, id))
                .filter(c -> c.getKind() != CommunicationKind.LEGAL_REQUIREMENT);
    }

    @Override
    RetainedRecord read(EditableEntity entity) {
        var c = (CustomerCommunication) entity;
        var customer = c.getCustomer();
        return new RetainedRecord(
                kind(),
                c.getId(),
                c.getReference() == null ? "COM-" + c.getId() : c.getReference(),
                c.getKind().name(),
                customer.getCode(),
                customer.getNameZh(),
                customer.getNameEn(),
                c.getSubject(),
                day(c.getOccurredAt()),
                c.getOccurredAt(),
                day(c.getOccurredAt()));
    }

    @Override
    Map<Long, List<ExpiryBlocker>> openLinks(Collection<Long> ids) {
        return Map.of();
    }

    @Override
    void remove(EditableEntity entity) {
        removeAttachments(entity.getId());
        em.remove(entity);
    }
}
