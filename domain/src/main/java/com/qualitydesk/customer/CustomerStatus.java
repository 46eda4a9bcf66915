package com.qualitydesk.customer;

public enum CustomerStatus {
    ACTIVE,
    INACTIVE
}
