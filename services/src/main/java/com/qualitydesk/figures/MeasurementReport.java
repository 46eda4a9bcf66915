package com.qualitydesk.figures;

import com.qualitydesk.customer.ImportProblem;
import java.util.List;

/** What became of a file of measurements (CS-09): stored as a whole, or refused with every bad line. */
public record MeasurementReport(boolean imported, int values, int subgroups, List<ImportProblem> problems) {

    public MeasurementReport {
        problems = List.copyOf(problems);
    }
}
