package com.qualitydesk.analysis;

/** Where an analysis report stands (CS-10). */
public enum ReportStatus {
    /** SALES is writing it: its figures may be taken anew and its conclusions changed. */
    DRAFT,
    /** Issued to the departments: frozen for good; a correction is a new version. */
    ISSUED
}
