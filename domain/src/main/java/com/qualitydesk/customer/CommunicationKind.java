package com.qualitydesk.customer;

/** The communication kinds that CC-01 keeps per customer and that have no record of their own. */
public enum CommunicationKind {
    /** Product information sent to the customer (catalogue, data sheet, change notice). */
    PRODUCT_INFORMATION,
    /** Service information sent to the customer (maintenance advice, service terms). */
    SERVICE_INFORMATION,
    /** An inquiry of the customer. */
    INQUIRY,
    /** An order of the customer. */
    ORDER,
    /** A legal or statutory requirement that applies to the customer's products. */
    LEGAL_REQUIREMENT
}
