package com.qualitydesk.customer;

import java.util.List;

/**
 * What became of an import file (CC-01). Either it was refused, then {@code problems} lists every
 * bad line and nothing was stored; or it was imported as a whole, then the counts say how many
 * records were created, changed or found already as in the file.
 *
 * @param lines the data lines of the file (blank lines not counted)
 */
public record ImportReport(
        MasterDataKind kind,
        String fileName,
        boolean imported,
        int lines,
        int created,
        int updated,
        int unchanged,
        List<ImportProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    static ImportReport refused(MasterDataKind kind, String fileName, int lines, List<ImportProblem> problems) {
        return new ImportReport(kind, fileName, false, lines, 0, 0, 0, problems);
    }

    static ImportReport imported(
            MasterDataKind kind, String fileName, int lines, int created, int updated, int unchanged) {
        return new ImportReport(kind, fileName, true, lines, created, updated, unchanged, List.of());
    }
}
