package com.qualitydesk.figures;

/** The traffic light of a process's Cpk against the procedure's thresholds (CS-09). */
public enum CapabilityStatus {
    /** Cpk at or above the objective (default 1.33). */
    CAPABLE,
    /** Below the objective, at or above the lower threshold (default 1.00). */
    MARGINAL,
    /** Below the lower threshold, a negative Cpk included. */
    NOT_CAPABLE,
    /** No Cpk: no values, or no spread to divide by. */
    NO_DATA;

    public static CapabilityStatus of(Double cpk, double capable, double marginal) {
        if (cpk == null || cpk.isNaN() || cpk.isInfinite()) {
            return NO_DATA;
        }
        return cpk >= capable ? CAPABLE : cpk >= marginal ? MARGINAL : NOT_CAPABLE;
    }
}
