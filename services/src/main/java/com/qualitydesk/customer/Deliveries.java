package com.qualitydesk.customer;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The lots shipped to the customers. They give a recall its scope (CF-09), a survey its objects
 * (CS-02) and the delivery figures (CS-09). Every department reads them; SALES, PRODUCTION and
 * ADMIN maintain them.
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
public class Deliveries {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    Event<DeliveriesRecorded> recorded;

    public Page<Delivery> page(@NotNull PageRequest request) {
        return FilteredQuery.of(em, Delivery.class).defaultSort("shipDate").page(request);
    }

    public Optional<Delivery> find(long id) {
        return Optional.ofNullable(em.find(Delivery.class, id));
    }

    /** A delivery by its natural key: one customer, product and lot make one delivery. */
    public Optional<Delivery> find(String customerCode, String productCode, String lotNumber) {
        return em.createQuery(
                        "select d from Delivery d where d.customer.code = :customer and d.product.code = :product"
                                + " and d.lotNumber = :lot",
                        Delivery.class)
                .setParameter("customer", customerCode)
                .setParameter("product", productCode)
                .setParameter("lot", lotNumber)
                .getResultStream()
                .findFirst();
    }

    /**
     * Every delivery of the lot of a product, whichever customer received it: the scope of a
     * recall (CF-09). Ordered by customer code.
     */
    public List<Delivery> affectedBy(long productId, @NotNull String lotNumber) {
        return em.createQuery(
                        "select d from Delivery d where d.product.id = :product and d.lotNumber = :lot"
                                + " order by d.customer.code, d.id",
                        Delivery.class)
                .setParameter("product", productId)
                .setParameter("lot", lotNumber.trim())
                .getResultList();
    }

    /** Creates or updates a delivery; one customer, product and lot make one delivery. */
    @RolesAllowed({Role.SALES, Role.PRODUCTION, Role.ADMIN})
    public Delivery save(@NotNull Delivery delivery) {
        delivery.setCustomer(MasterDataReferences.customer(em, delivery.getCustomer()));
        delivery.setProduct(MasterDataReferences.product(em, delivery.getProduct()));
        boolean keyed =
                delivery.getCustomer() != null && delivery.getProduct() != null && delivery.getLotNumber() != null;
        boolean created = delivery.isNew();
        Delivery saved = records.save(
                delivery,
                keyed
                        ? find(
                                delivery.getCustomer().getCode(),
                                delivery.getProduct().getCode(),
                                delivery.getLotNumber())
                        : Optional.empty(),
                () -> new RuleViolation(
                        "delivery.taken",
                        delivery.getCustomer().getCode(),
                        delivery.getProduct().getCode(),
                        delivery.getLotNumber()));
        if (created) {
            // AS-05: every delivered batch is called back
            recorded.fire(new DeliveriesRecorded(java.util.Map.of(saved.getId(), saved.getShipDate())));
        }
        return saved;
    }
}
