package com.qualitydesk.aftersales;

/**
 * Where a call-back after a delivered batch stands (AS-05). Overdue is not a state of its own: a
 * call-back still {@link #DUE} after its due date is overdue, which the list and the month view
 * compute from the date.
 */
public enum CallBackStatus {
    /** SALES has still to call the customer. */
    DUE,
    /** The customer had no objection: the call-back is done. */
    NO_OBJECTION,
    /** The customer objected: a disposal suggestion and the feedback case's result are awaited. */
    OBJECTION,
    /** An objection closed with its disposal suggestion and the feedback's result filed. */
    CLOSED;

    /** The call is made, whatever the customer said. */
    public boolean isCalled() {
        return this != DUE;
    }
}
