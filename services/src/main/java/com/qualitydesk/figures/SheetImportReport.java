package com.qualitydesk.figures;

import com.qualitydesk.customer.ImportProblem;
import java.util.List;

/**
 * What became of a file of a department's monthly figures (CS-09): taken as a whole (its lines
 * summed into the sheet's entered figures), or refused with every bad line and nothing stored.
 */
public record SheetImportReport(boolean imported, int lines, int values, List<ImportProblem> problems) {

    public SheetImportReport {
        problems = List.copyOf(problems);
    }

    static SheetImportReport refused(int lines, List<ImportProblem> problems) {
        return new SheetImportReport(false, lines, 0, problems);
    }
}
