package com.qualitydesk.figures;

/** Where a department's monthly sheet stands (CS-09). */
public enum SheetStatus {
    /** Nobody entered a figure yet; the figures from records may already be filled in. */
    NOT_STARTED,
    /** Figures entered or imported, not yet submitted: the department may still change them. */
    DRAFT,
    /** Submitted to SALES: frozen, changed only by a correction with a reason. */
    SUBMITTED,
    /** Accepted by SALES: frozen, changed only by a correction with a reason. */
    ACCEPTED;

    /** Submitted or accepted: the figures are the department's word and change only by a correction. */
    public boolean isFrozen() {
        return this == SUBMITTED || this == ACCEPTED;
    }
}
