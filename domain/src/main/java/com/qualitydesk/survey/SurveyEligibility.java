package com.qualitydesk.survey;

import java.time.LocalDate;
import java.util.Collection;

/**
 * CS-02: the customers a campaign surveys are those with a contract running in the campaign's
 * period, or with a delivery in the last N months before the period ends (the "business
 * dealings"). N is the parameter CS02_ELIGIBLE_DELIVERY_MONTHS.
 */
public record SurveyEligibility(LocalDate periodStart, LocalDate periodEnd, int deliveryMonths) {

    public record ContractPeriod(LocalDate start, LocalDate end) {}

    /** The first ship date that still counts as recent business. */
    public LocalDate deliveriesSince() {
        return periodEnd.minusMonths(deliveryMonths).plusDays(1);
    }

    public boolean contractCounts(ContractPeriod contract) {
        return !contract.start().isAfter(periodEnd)
                && (contract.end() == null || !contract.end().isBefore(periodStart));
    }

    public boolean deliveryCounts(LocalDate shipDate) {
        return !shipDate.isBefore(deliveriesSince()) && !shipDate.isAfter(periodEnd);
    }

    public boolean isEligible(Collection<ContractPeriod> contracts, Collection<LocalDate> shipDates) {
        return contracts.stream().anyMatch(this::contractCounts)
                || shipDates.stream().anyMatch(this::deliveryCounts);
    }
}
