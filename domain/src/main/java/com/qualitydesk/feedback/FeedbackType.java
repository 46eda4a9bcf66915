package com.qualitydesk.feedback;

/** The kind of feedback on the external feedback quality registration form (CF-03). */
public enum FeedbackType {
    QUALITY_PROBLEM,
    SUGGESTION,
    DELIVERY,
    SERVICE,
    RETURN_REQUEST,
    OTHER;
}
