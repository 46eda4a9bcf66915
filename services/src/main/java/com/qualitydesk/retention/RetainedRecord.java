package com.qualitydesk.retention;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A record of an expirable kind as retention reads it (CC-03): what identifies it to people, whose
 * it is, the day it tells of, and its last activity, from whose day its period runs.
 */
public record RetainedRecord(
        RecordKind kind,
        long id,
        String reference,
        String variant,
        String customerCode,
        String customerNameZh,
        String customerNameEn,
        String summary,
        LocalDate recordDate,
        Instant lastActivity,
        LocalDate periodStart)
        implements Serializable {

    /** The key of the record across kinds, as holds and proposals keep it. */
    public String key() {
        return LegalHold.key(kind, id);
    }

    /** The customer's name in the reader's language, the other one where it has none. */
    public String customerName(String language) {
        boolean chinese = language != null && language.startsWith("zh");
        String first = chinese ? customerNameZh : customerNameEn;
        return first == null || first.isBlank() ? (chinese ? customerNameEn : customerNameZh) : first;
    }

    /** The record as a proposal keeps it, with the end of its period today. */
    ExpiringRecord toExpiring(RetentionPeriod period) {
        return new ExpiringRecord(
                kind, id, reference, variant, customerCode, recordDate, periodStart, period.keptThrough(periodStart));
    }
}
