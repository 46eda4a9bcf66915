package com.qualitydesk.aftersales;

/** AS-08: what a customer asks the service for. */
public enum ServiceRequestKind {
    INSTALLATION,
    MAINTENANCE,
    GUIDANCE
}
