package com.qualitydesk.action;

/**
 * CF-10: containment stops the harm now, corrective removes the cause, preventive keeps it away
 * elsewhere; IM-01: an improvement makes better what the analysis or the review found wanting.
 */
public enum ActionKind {
    CONTAINMENT,
    CORRECTIVE,
    PREVENTIVE,
    IMPROVEMENT
}
