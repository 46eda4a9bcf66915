package com.qualitydesk.aftersales;

import com.qualitydesk.customer.Contract;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * AS-08: a service request is handled "by the contract" when one of the customer's contracts gives
 * a warranty or service period that the request falls in; otherwise SALES agrees the terms with the
 * customer. Of several covering contracts the one with the latest end is named.
 */
public final class ContractCoverage {

    private ContractCoverage() {}

    public static Optional<Contract> coveringContract(
            Collection<Contract> contracts, LocalDate shipDate, LocalDate requestedOn) {
        return contracts.stream()
                .filter(c -> c.coversService(shipDate, requestedOn))
                .max(Comparator.comparing((Contract c) -> c.getEndDate() == null ? LocalDate.MAX : c.getEndDate()));
    }
}
