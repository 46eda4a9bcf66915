package com.qualitydesk.feedback;

/** Where a feedback item stands: received by anyone (CF-01), registered by SALES (CF-03), closed once every CF-12 precondition holds. */
public enum FeedbackStatus {
    RECEIVED,
    REGISTERED,
    CLOSED;
}
