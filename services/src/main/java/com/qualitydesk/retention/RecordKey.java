package com.qualitydesk.retention;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** A record named across kinds, as a screen passes the records chosen for an expiry or a hold. */
public record RecordKey(@NotNull RecordKind kind, long id) implements Serializable {

    @Override
    public String toString() {
        return LegalHold.key(kind, id);
    }
}
