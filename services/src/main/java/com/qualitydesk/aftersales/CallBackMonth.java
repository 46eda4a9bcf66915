package com.qualitydesk.aftersales;

import java.time.YearMonth;

/**
 * AS-05: a month's call-backs (those due in the month): how many, done (called, whatever the
 * customer said), overdue (still to call after the due date), with an objection, and the share of
 * the batches that were called back.
 */
public record CallBackMonth(YearMonth month, long total, long done, long overdue, long objections) {

    /** Percent of the month's batches called back, 0 when there were none. */
    public int calledBackPercent() {
        return total == 0 ? 0 : (int) Math.round(100.0 * done / total);
    }
}
