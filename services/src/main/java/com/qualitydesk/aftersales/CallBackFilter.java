package com.qualitydesk.aftersales;

import java.time.LocalDate;

/**
 * What the call-back list, its export and the API ask for (AS-05): a customer (code or name
 * contains), a lot, a state as people see it, and a due period, both ends included; null is any.
 */
public record CallBackFilter(String customer, String lot, State state, LocalDate dueFrom, LocalDate dueTo) {

    /** The states people filter by: overdue is a due call-back after its due date. */
    public enum State {
        DUE,
        OVERDUE,
        DONE,
        OBJECTION
    }

    public static CallBackFilter all() {
        return new CallBackFilter(null, null, null, null, null);
    }
}
