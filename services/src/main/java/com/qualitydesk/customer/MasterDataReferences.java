package com.qualitydesk.customer;

import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.EntityManager;

/**
 * A screen sends back the customer or product it showed in a picker, detached; a record is stored
 * with the current, managed one, and never with one that no longer exists.
 */
final class MasterDataReferences {

    private MasterDataReferences() {}

    static Customer customer(EntityManager em, Customer chosen) {
        if (chosen == null || chosen.getId() == null) {
            return null;
        }
        Customer stored = em.find(Customer.class, chosen.getId());
        if (stored == null) {
            throw new RuleViolation("customer.unknown", chosen.getCode());
        }
        return stored;
    }

    static Product product(EntityManager em, Product chosen) {
        if (chosen == null || chosen.getId() == null) {
            return null;
        }
        Product stored = em.find(Product.class, chosen.getId());
        if (stored == null) {
            throw new RuleViolation("product.unknown", chosen.getCode());
        }
        return stored;
    }
}
