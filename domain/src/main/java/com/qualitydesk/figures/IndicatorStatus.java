package com.qualitydesk.figures;

/** The traffic light of a measured figure against its quality objective (IM-04). */
public enum IndicatorStatus {
    /** The objective is met. */
    MET,
    /** Missed, but within the margin of the objective: to be watched. */
    NEAR,
    /** Missed by more than the margin. */
    MISSED,
    /** Nothing to measure in the period: no lots inspected, no replies due, no data. */
    NO_DATA
}
