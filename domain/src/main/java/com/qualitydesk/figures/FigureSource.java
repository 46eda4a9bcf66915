package com.qualitydesk.figures;

/** Where a figure of a monthly sheet came from (CS-09); the screen marks the first "from records". */
public enum FigureSource {
    /** Filled in from the system's own records (deliveries, call-backs, the ledger, the gauges). */
    RECORDS,
    /** Typed on the sheet's screen. */
    ENTERED,
    /** Brought by a CSV or Excel file. */
    IMPORTED,
    /** Changed after submission, with a reason (audited old → new). */
    CORRECTED
}
