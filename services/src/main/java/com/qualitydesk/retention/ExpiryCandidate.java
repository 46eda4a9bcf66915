package com.qualitydesk.retention;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A record past its period as the expiry screen lists it (CC-03): the record, the period that
 * applies today and the day it was kept through, and whatever keeps it from expiring now; its
 * active legal hold, if any, so that the screen can offer to lift it.
 */
public record ExpiryCandidate(
        RetainedRecord record,
        int years,
        LocalDate keptThrough,
        List<ExpiryBlocker> blockers,
        Long holdId,
        Long holdVersion)
        implements Serializable {

    public ExpiryCandidate {
        blockers = List.copyOf(blockers);
    }

    public boolean isExpirable() {
        return blockers.isEmpty();
    }

    public boolean isHeld() {
        return holdId != null;
    }

    public boolean isProposed() {
        return blockers.stream().anyMatch(b -> b.reason() == ExpiryBlocker.Reason.PROPOSED);
    }

    public String key() {
        return record.key();
    }
}
