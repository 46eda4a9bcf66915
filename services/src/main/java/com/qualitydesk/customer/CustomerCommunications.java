package com.qualitydesk.customer;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The communications with a customer that CC-01 keeps and no other record holds: product and
 * service information sent, inquiries and orders, legal requirements. Every department reads them
 * on the customer page; SALES and ADMIN write them. One customer, kind, moment and subject make one
 * record, so a form sent twice or a file imported twice does not double it.
 */
@Stateless
@RolesAllowed({
    Role.SALES,
    Role.QUALITY,
    Role.TECHNICAL,
    Role.PRODUCTION,
    Role.FINANCE,
    Role.OFFICE,
    Role.GENERAL_MANAGER,
    Role.SERVICE,
    Role.ADMIN
})
public class CustomerCommunications {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public Optional<CustomerCommunication> find(long id) {
        return Optional.ofNullable(em.find(CustomerCommunication.class, id));
    }

    /** Records a new communication or saves a changed one (CC-01); audited. */
    @RolesAllowed({Role.SALES, Role.ADMIN})
    public CustomerCommunication save(@NotNull CustomerCommunication communication) {
        communication.setCustomer(MasterDataReferences.customer(em, communication.getCustomer()));
        Instant at = communication.getOccurredAt();
        if (at != null && at.isAfter(clock.instant())) {
            // a communication is what happened; a planned one is not yet part of the story
            throw new RuleViolation("communication.at.future");
        }
        if (communication.isNew()) {
            communication.setEnteredBy(user.name());
        }
        return records.save(
                communication,
                sameOne(communication),
                () -> new RuleViolation("communication.duplicate", communication.getSubject()));
    }

    private Optional<CustomerCommunication> sameOne(CustomerCommunication c) {
        if (c.getCustomer() == null || c.getKind() == null || c.getOccurredAt() == null || c.getSubject() == null) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select c from CustomerCommunication c where c.customer.id = :customer and c.kind = :kind"
                                + " and c.occurredAt = :at and c.subject = :subject",
                        CustomerCommunication.class)
                .setParameter("customer", c.getCustomer().getId())
                .setParameter("kind", c.getKind())
                .setParameter("at", c.getOccurredAt())
                .setParameter("subject", c.getSubject())
                .getResultStream()
                .findFirst();
    }
}
