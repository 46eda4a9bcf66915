package com.qualitydesk.feedback;

/** The state of a technical change proposal (CF-07). */
public enum ChangeStatus {
    PROPOSED,
    APPROVED,
    RELEASED,
    REJECTED;
}
