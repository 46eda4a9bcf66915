package com.qualitydesk.review;

/** IM-03, ISO 9001:2015 §9.3.3: what a decision of the review is about. */
public enum DecisionKind {
    /** §9.3.3 a) an opportunity for improvement. */
    IMPROVEMENT,
    /** §9.3.3 b) a change to the quality management system. */
    SYSTEM_CHANGE,
    /** §9.3.3 c) a need for resources. */
    RESOURCE_NEED
}
