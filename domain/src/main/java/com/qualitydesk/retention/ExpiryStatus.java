package com.qualitydesk.retention;

/**
 * CC-03: an expiry is proposed by ADMIN and then confirmed (the records are removed) or rejected
 * by QUALITY, or withdrawn by whoever proposed it. Only a proposed expiry can change.
 */
public enum ExpiryStatus {
    PROPOSED,
    CONFIRMED,
    REJECTED,
    WITHDRAWN
}
