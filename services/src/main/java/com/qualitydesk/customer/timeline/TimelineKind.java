package com.qualitydesk.customer.timeline;

/** The kinds of exchange with a customer that CC-01 keeps, as the customer's timeline filters them. */
public enum TimelineKind {
    /** CC-01: product and service information sent to the customer. */
    PRODUCT_INFORMATION,
    /** CC-01: an inquiry or order (from the ERP import or entered). */
    INQUIRY_ORDER,
    /** A delivered lot (CF-09, CS-02). */
    DELIVERY,
    /** AS-05: the call-back after a delivered batch. */
    CALL_BACK,
    /** CF-01: a complaint or other feedback. */
    COMPLAINT,
    /** AS-07: a guaranteed return or replacement. */
    RETURN,
    /** AS-08: an installation, maintenance or on-site guidance request. */
    SERVICE_REQUEST,
    /** AS-03, AS-04: a telephone or on-site service record. */
    SERVICE_RECORD,
    /** AS-06: a return visit. */
    RETURN_VISIT,
    /** CS-04: a survey invitation or reply. */
    SURVEY,
    /** CC-01: a legal requirement noted for the customer. */
    LEGAL_REQUIREMENT
}
