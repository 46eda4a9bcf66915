package com.qualitydesk.action;

/**
 * OPEN until the owner records evidence of completion; then QUALITY verifies its effectiveness
 * after the verification window (CF-10): VERIFIED, or FAILED, which opens a follow-up action.
 */
public enum ActionStatus {
    OPEN,
    COMPLETED,
    VERIFIED,
    FAILED
}
