package com.qualitydesk.figures;

import java.time.YearMonth;
import java.util.List;

/**
 * CS-09: the completeness of the monthly sheets SALES receives: a row per department, a cell per
 * month, oldest first.
 */
public record SheetGrid(List<YearMonth> months, List<Row> rows) {

    public SheetGrid {
        months = List.copyOf(months);
        rows = List.copyOf(rows);
    }

    /** One department's months. */
    public record Row(SheetDepartment department, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A month of a department: not started (also when it has no sheet at all), draft, submitted on
     * time or late, accepted; a sheet not submitted by its deadline is overdue.
     */
    public record Cell(YearMonth month, SheetStatus status, boolean late, boolean overdue) {}
}
