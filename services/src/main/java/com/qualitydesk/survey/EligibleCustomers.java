package com.qualitydesk.survey;

import com.qualitydesk.customer.CustomerStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * CS-02 in the database: the {@link SurveyEligibility} rule as a JPQL condition on a customer, so
 * that tens of thousands of customers are selected without loading their contracts.
 */
final class EligibleCustomers {

    private EligibleCustomers() {}

    /** The condition on the customer alias {@code cu}. */
    static final String CONDITION = "cu.status = :active and (exists (select k.id from Contract k where k.customer = cu"
            + " and k.startDate <= :periodEnd and (k.endDate is null or k.endDate >= :periodStart))"
            + " or exists (select d.id from Delivery d where d.customer = cu"
            + " and d.shipDate >= :since and d.shipDate <= :periodEnd))";

    static <T> TypedQuery<T> bind(TypedQuery<T> query, SurveyCampaign campaign, int deliveryMonths) {
        var rule = new SurveyEligibility(campaign.getPeriodStart(), campaign.getPeriodEnd(), deliveryMonths);
        return query.setParameter("active", CustomerStatus.ACTIVE)
                .setParameter("periodStart", campaign.getPeriodStart())
                .setParameter("periodEnd", campaign.getPeriodEnd())
                .setParameter("since", rule.deliveriesSince());
    }

    static <T> TypedQuery<T> query(EntityManager em, String jpql, Class<T> type, SurveyCampaign c, int months) {
        return bind(em.createQuery(jpql, type), c, months);
    }
}
