package com.qualitydesk.customer;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Account;
import com.qualitydesk.security.Department;
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

/** The customer accounts (CC-01). Every department reads them; SALES and ADMIN maintain them. */
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
public class Customers {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    public Page<Customer> page(@NotNull PageRequest request) {
        return FilteredQuery.of(em, Customer.class).defaultSort("code").page(request);
    }

    /**
     * The customers whose code or one of whose names contains the text, for the pickers of the
     * contact, contract and delivery screens (CC-01).
     */
    public List<Customer> suggest(String text, int max) {
        return FilteredQuery.of(em, Customer.class)
                .where(FilteredQuery.anyContains(text, "code", "nameZh", "nameEn"))
                .defaultSort("code")
                .page(PageRequest.of(0, max))
                .rows();
    }

    public Optional<Customer> find(long id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    public Optional<Customer> findByCode(String code) {
        return em.createQuery("select c from Customer c where c.code = :code", Customer.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** The active SALES accounts, the people a customer can be given to as its salesperson (CS-04). */
    public List<Account> salespeople() {
        return em.createQuery(
                        "select distinct a from Account a join a.departments d where a.active = true and d = :sales"
                                + " order by a.username",
                        Account.class)
                .setParameter("sales", Department.SALES)
                .getResultList();
    }

    /** Whether the username is an active SALES account: only they visit customers (CS-04). */
    public boolean isSalesperson(String username) {
        return username != null
                && !em.createQuery(
                                "select a.id from Account a join a.departments d where a.username = :u"
                                        + " and a.active = true and d = :sales",
                                Long.class)
                        .setParameter("u", username)
                        .setParameter("sales", Department.SALES)
                        .getResultList()
                        .isEmpty();
    }

    @RolesAllowed({Role.SALES, Role.ADMIN})
    public Customer save(@NotNull Customer customer) {
        if (!customer.hasName()) {
            throw new RuleViolation("customer.name.required");
        }
        if (customer.getSalesperson() != null && !isSalesperson(customer.getSalesperson())) {
            throw new RuleViolation("customer.salesperson.notSales", customer.getSalesperson());
        }
        return records.save(
                customer,
                findByCode(customer.getCode()),
                () -> new RuleViolation("customer.code.taken", customer.getCode()));
    }
}
