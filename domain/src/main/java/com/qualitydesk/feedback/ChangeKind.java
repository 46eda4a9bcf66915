package com.qualitydesk.feedback;

/** The technical documents a change proposal touches (CF-07). */
public enum ChangeKind {
    DATA,
    PRODUCT_DRAWING,
    PART_DRAWING,
    WORK_INSTRUCTION,
    CONTROL_PLAN;
}
