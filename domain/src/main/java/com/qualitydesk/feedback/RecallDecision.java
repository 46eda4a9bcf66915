package com.qualitydesk.feedback;

/** QUALITY's recall evaluation of a product-safety complaint (CF-09). */
public enum RecallDecision {
    NONE,
    RECALL,
    FIELD_ACTION;
}
