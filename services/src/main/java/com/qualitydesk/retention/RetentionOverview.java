package com.qualitydesk.retention;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One kind of record with its period today (CC-03): the years its class's setting gives, the latest
 * day of last activity that is past it, and how many records are past it, held or not.
 */
public record RetentionOverview(RecordKind kind, int years, LocalDate latestStartPast, long pastPeriod)
        implements Serializable {}
