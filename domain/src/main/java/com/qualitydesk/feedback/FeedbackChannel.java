package com.qualitydesk.feedback;

/** How the customer's feedback reached us (CF-01). */
public enum FeedbackChannel {
    LETTER,
    EMAIL,
    PHONE,
    FAX,
    VISIT,
    SALES_TRIP,
    WEBSITE,
    HOTLINE;
}
