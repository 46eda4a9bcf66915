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
import java.util.List;
import java.util.Optional;

/**
 * The products we deliver; a safety-relevant one calls for a recall evaluation (CF-09). Every
 * department reads them; TECHNICAL, QUALITY and ADMIN maintain them.
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
public class Products {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    public Page<Product> page(@NotNull PageRequest request) {
        return FilteredQuery.of(em, Product.class).defaultSort("code").page(request);
    }

    /** The products whose code or name contains the text, for the pickers of other screens. */
    public List<Product> suggest(String text, int max) {
        return FilteredQuery.of(em, Product.class)
                .where(FilteredQuery.anyContains(text, "code", "name"))
                .defaultSort("code")
                .page(PageRequest.of(0, max))
                .rows();
    }

    public Optional<Product> find(long id) {
        return Optional.ofNullable(em.find(Product.class, id));
    }

    public Optional<Product> findByCode(String code) {
        return em.createQuery("select p from Product p where p.code = :code", Product.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** Creates or updates a product; a product code is used once. */
    @RolesAllowed({Role.TECHNICAL, Role.QUALITY, Role.ADMIN})
    public Product save(@NotNull Product product) {
        return records.save(
                product,
                product.getCode() == null ? Optional.empty() : findByCode(product.getCode()),
                () -> new RuleViolation("product.code.taken", product.getCode()));
    }
}
