package com.qualitydesk.feedback;

/** Who bears a quality cost (CF-13): the company when the claim is its fault. */
public enum CostBearer {
    COMPANY,
    CUSTOMER,
    SUPPLIER,
    CARRIER;
}
