package com.qualitydesk.customer;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * The responsible persons at the customers (CC-01), who receive replies and questionnaires
 * (CS-02, CS-04). Every department reads them; SALES and ADMIN maintain them.
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
public class Contacts {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    public Page<Contact> page(@NotNull PageRequest request) {
        return FilteredQuery.of(em, Contact.class).defaultSort("name").page(request);
    }

    /** The contacts of one customer. */
    public Page<Contact> pageOf(long customerId, @NotNull PageRequest request) {
        return FilteredQuery.of(em, Contact.class)
                .where((cb, root) -> cb.equal(root.get("customer").get("id"), customerId))
                .defaultSort("name")
                .page(request);
    }

    public Optional<Contact> find(long id) {
        return Optional.ofNullable(em.find(Contact.class, id));
    }

    /** A contact by its natural key, the one the master-data import uses (CC-01). */
    public Optional<Contact> find(String customerCode, String name) {
        return em.createQuery("select c from Contact c where c.customer.code = :code and c.name = :name", Contact.class)
                .setParameter("code", customerCode)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    /**
     * Creates or updates a contact. A customer has at most one contact of a name, so that an
     * import can find the contact again by customer code and name (CC-01).
     */
    @RolesAllowed({Role.SALES, Role.ADMIN})
    public Contact save(@NotNull Contact contact) {
        contact.setCustomer(MasterDataReferences.customer(em, contact.getCustomer()));
        boolean keyed = contact.getCustomer() != null && contact.getName() != null;
        return records.save(
                contact,
                keyed ? find(contact.getCustomer().getCode(), contact.getName().trim()) : Optional.empty(),
                () -> new RuleViolation(
                        "contact.name.taken",
                        contact.getName().trim(),
                        contact.getCustomer().getCode()));
    }
}
