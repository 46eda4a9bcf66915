package com.qualitydesk.analysis;

import com.qualitydesk.security.Department;
import java.time.LocalDate;

/** IM-01: an improvement SALES asks of a department from the report: what, by whom, by when. */
public record ReportAction(String description, Department department, LocalDate dueDate) {}
