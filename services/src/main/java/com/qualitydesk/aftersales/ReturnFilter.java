package com.qualitydesk.aftersales;

import java.time.LocalDate;

/**
 * What the list of returns and replacements and its export ask for (AS-07): a customer (code or
 * name contains), a lot, a status, and a period of the day the goods came back, both ends
 * included; null is any.
 */
public record ReturnFilter(String customer, String lot, ReturnStatus status, LocalDate from, LocalDate to) {

    public static ReturnFilter all() {
        return new ReturnFilter(null, null, null, null, null);
    }
}
