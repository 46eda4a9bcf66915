package com.qualitydesk.aftersales;

/** AS-03: a telephone service ("field service record"); AS-04: an on-site service. */
public enum ServiceRecordKind {
    TELEPHONE,
    ON_SITE
}
