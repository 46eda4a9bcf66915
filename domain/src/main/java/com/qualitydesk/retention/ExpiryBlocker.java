package com.qualitydesk.retention;

import java.io.Serializable;

/**
 * Why a record past its period cannot expire now (CC-03), with what the person needs to act on it
 * (the hold's reason, the open action's reference). The screen says it; the services refuse on it
 * at the proposal and again at the confirmation.
 */
public record ExpiryBlocker(Reason reason, String detail) implements Serializable {

    public enum Reason {
        /** A legal hold is on the record. */
        LEGAL_HOLD,
        /** The record is in an expiry waiting for QUALITY's confirmation. */
        PROPOSED,
        /** A step on the record still waits in an inbox (AS-04: SALES keeps it, QUALITY reads it); the detail is its department. */
        OPEN_TASK,
        /** AS-03: the written confirmation the customer needs has not been sent. */
        CONFIRMATION_NOT_SENT,
        /** AS-04: a later record corrects it; the correction refers to it. */
        CORRECTED_LATER,
        /** CS-01: the campaign of the reply is not closed. */
        CAMPAIGN_OPEN,
        /** CS-07: SALES has not opened the actions the reply's dissatisfaction calls for. */
        ACTIONS_PENDING,
        /** CF-10, CS-07: a corrective action opened on the record is not verified yet; the detail is its owner. */
        OPEN_ACTION,
        /** CF-04: an information feedback sheet of the case is not answered; the detail is its department. */
        OPEN_SHEET,
        /** AS-05: the call-back whose objection became the case is not closed. */
        OPEN_CALL_BACK,
        /** AS-07: a return or replacement of the case is not closed; the detail is its reference. */
        OPEN_RETURN,
        /** CF-11: a visit to the customer about the case is not reported yet; the detail is its day. */
        OPEN_VISIT,
        /** CF-07: a technical change proposed for the case is neither released nor rejected. */
        OPEN_CHANGE,
        /** The record's period is not over (the setting was raised, or the record was active since). */
        PERIOD_NOT_OVER,
        /** The record no longer exists. */
        GONE
    }

    public ExpiryBlocker {
        detail = detail == null ? "" : detail;
    }

    public static ExpiryBlocker of(Reason reason) {
        return new ExpiryBlocker(reason, "");
    }

    /** Whether the detail is a department (of the waiting step, of the action's owner), named in the reader's words. */
    public boolean detailIsDepartment() {
        return reason == Reason.OPEN_TASK || reason == Reason.OPEN_ACTION || reason == Reason.OPEN_SHEET;
    }

    /** The message key the screens say it with; {0} is the detail. */
    public String messageKey() {
        return "retention.blocker." + reason.name();
    }
}
