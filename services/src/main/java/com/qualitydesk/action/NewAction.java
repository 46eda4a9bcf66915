package com.qualitydesk.action;

import com.qualitydesk.security.Department;
import java.time.LocalDate;

/**
 * What it takes to open an action: its source, kind, what to do, by whom and when; for a process,
 * the characteristic whose capability it should raise and the workshop that owns it (IM-02).
 */
public record NewAction(
        ActionSource sourceType,
        long sourceId,
        String sourceReference,
        ActionKind kind,
        String description,
        Department ownerDepartment,
        String ownerPerson,
        LocalDate dueDate,
        String ownerUnit,
        Long characteristicId) {

    public NewAction(
            ActionSource sourceType,
            long sourceId,
            String sourceReference,
            ActionKind kind,
            String description,
            Department ownerDepartment,
            String ownerPerson,
            LocalDate dueDate) {
        this(
                sourceType,
                sourceId,
                sourceReference,
                kind,
                description,
                ownerDepartment,
                ownerPerson,
                dueDate,
                null,
                null);
    }
}
