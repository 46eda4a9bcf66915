package com.qualitydesk.retention;

import com.qualitydesk.settings.ProcedureSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

/**
 * CC-03: the retention period of a kind of record, from its class's procedure parameter at the
 * moment it is applied: a period changed in the settings counts for the next list, proposal and
 * confirmation.
 */
@Stateless
@PermitAll
public class RetentionPeriods {

    @Inject
    ProcedureSettings settings;

    public RetentionPeriod of(@NotNull RecordKind kind) {
        return new RetentionPeriod(settings.value(kind.recordClass().parameter()));
    }
}
