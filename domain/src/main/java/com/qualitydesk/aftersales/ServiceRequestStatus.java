package com.qualitydesk.aftersales;

/** AS-08: registered, then assigned to a person with a planned date. */
public enum ServiceRequestStatus {
    REGISTERED,
    ASSIGNED
}
