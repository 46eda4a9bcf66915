package com.qualitydesk.aftersales;

import com.qualitydesk.security.Department;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a return visit found (AS-06), as a visitor or the general manager enters it, and the
 * departments the record goes to.
 */
public record ReturnVisitReport(
        LocalDate doneDate, String findings, String customerOpinions, String requests, Set<Department> sendTo) {}
