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
 * The contracts with the customers (CC-01); a contract running in a survey period makes its
 * customer a survey object (CS-02). Every department reads them; SALES and ADMIN maintain them.
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
public class Contracts {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    public Page<Contract> page(@NotNull PageRequest request) {
        return FilteredQuery.of(em, Contract.class).defaultSort("number").page(request);
    }

    public Optional<Contract> find(long id) {
        return Optional.ofNullable(em.find(Contract.class, id));
    }

    public Optional<Contract> findByNumber(String number) {
        return em.createQuery("select c from Contract c where c.number = :number", Contract.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /** Creates or updates a contract; a contract number is used once (CC-01). */
    @RolesAllowed({Role.SALES, Role.ADMIN})
    public Contract save(@NotNull Contract contract) {
        contract.setCustomer(MasterDataReferences.customer(em, contract.getCustomer()));
        return records.save(
                contract,
                contract.getNumber() == null ? Optional.empty() : findByNumber(contract.getNumber()),
                () -> new RuleViolation("contract.number.taken", contract.getNumber()));
    }
}
