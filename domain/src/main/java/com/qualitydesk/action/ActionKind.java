package com.qualitydesk.action;

/** CF-10: containment stops the harm now, corrective removes the cause, preventive keeps it away elsewhere. */
public enum ActionKind {
    CONTAINMENT,
    CORRECTIVE,
    PREVENTIVE
}
