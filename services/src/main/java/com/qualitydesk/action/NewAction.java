package com.qualitydesk.action;

import com.qualitydesk.security.Department;
import java.time.LocalDate;

/** What it takes to open an action: its source, kind, what to do, by whom and when. */
public record NewAction(
        ActionSource sourceType,
        long sourceId,
        String sourceReference,
        ActionKind kind,
        String description,
        Department ownerDepartment,
        String ownerPerson,
        LocalDate dueDate) {}
