package com.qualitydesk.customer;

import java.time.LocalDate;
import java.util.Map;

/**
 * New deliveries were stored in the current transaction, by their screen, a file import or the
 * ERP's push: their ids with their ship dates. Features that follow every delivered batch (AS-05's
 * call-back) observe it, so the customer package does not know them.
 */
public record DeliveriesRecorded(Map<Long, LocalDate> shipDates) {

    public DeliveriesRecorded {
        shipDates = Map.copyOf(shipDates);
    }
}
