package com.qualitydesk.feedback;

/** The kind of feedback on the external feedback quality registration form (CF-03). */
public enum FeedbackType {
    QUALITY_PROBLEM,
    SUGGESTION,
    DELIVERY,
    SERVICE,
    RETURN_REQUEST,
    OTHER;

    /** CF-03: a quality problem or a return cannot be registered without the product. */
    public boolean needsProduct() {
        return this == QUALITY_PROBLEM || this == RETURN_REQUEST;
    }
}
