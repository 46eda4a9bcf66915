package com.qualitydesk.retention;

import com.qualitydesk.settings.ProcedureParameter;

/**
 * The classes of records CC-03 gives a period: sales communication records (one year in the
 * seed) and quality records, whose period the record control procedure sets. Each period is a
 * procedure parameter, read when it is applied, so a changed setting counts at once.
 */
public enum RecordClass {
    SALES_COMMUNICATION(ProcedureParameter.CC03_SALES_RECORD_RETENTION_YEARS),
    QUALITY(ProcedureParameter.CC03_QUALITY_RECORD_RETENTION_YEARS);

    private final ProcedureParameter parameter;

    RecordClass(ProcedureParameter parameter) {
        this.parameter = parameter;
    }

    public ProcedureParameter parameter() {
        return parameter;
    }
}
