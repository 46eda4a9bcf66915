package com.qualitydesk.aftersales;

/** AS-06: a return visit is planned by the general manager, then done (its record entered) or cancelled. */
public enum ReturnVisitStatus {
    PLANNED,
    DONE,
    CANCELLED
}
