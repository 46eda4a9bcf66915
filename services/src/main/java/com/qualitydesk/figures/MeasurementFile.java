package com.qualitydesk.figures;

import com.qualitydesk.customer.ImportLines;
import com.qualitydesk.customer.ImportProblem;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A gauge's file of measurements (CS-09), read and checked as a whole before anything is stored:
 * CSV or the first sheet of an Excel workbook, read like every import ({@link ImportLines}), with
 * the header {@code time,subgroup,value}, then one value per line with its local time (ISO-8601,
 * as the plant's clock shows it, or an Excel date-time cell) and subgroup number. Every bad line is
 * named with its number as the person sees it and the reason; a subgroup must bring exactly the
 * characteristic's number of values.
 */
public final class MeasurementFile {

    /** A year of a busy gauge; a larger file is split by the plant. */
    public static final int MAX_VALUES = 200_000;

    private static final List<String> HEADER = List.of("time", "subgroup", "value");

    /** One value, with the line it came from. */
    public record Line(int number, LocalDateTime time, int subgroup, double value) {}

    private final List<Line> lines;
    private final List<ImportProblem> problems;

    private MeasurementFile(List<Line> lines, List<ImportProblem> problems) {
        this.lines = lines;
        this.problems = problems;
    }

    public static MeasurementFile read(byte[] content, int subgroupSize, LocalDateTime latest) {
        var problems = new ArrayList<ImportProblem>();
        var lines = new ArrayList<Line>();
        List<ImportLines.Line> rows = ImportLines.read(content, problems);
        if (!problems.isEmpty()) {
            // not UTF-8, not a workbook, an unclosed quote: named at its line, nothing else is read
            return new MeasurementFile(List.of(), problems);
        }
        int first = 0;
        while (first < rows.size() && rows.get(first).blank()) {
            first++;
        }
        if (first == rows.size() || !isHeader(cells(rows.get(first)))) {
            problems.add(ImportProblem.of(
                    first == rows.size() ? 1 : rows.get(first).number(), "time", "measurements.header"));
            return new MeasurementFile(List.of(), problems);
        }
        int headerLine = rows.get(first).number();
        for (ImportLines.Line row : rows.subList(first + 1, rows.size())) {
            if (row.blank()) {
                continue;
            }
            int number = row.number();
            if (lines.size() >= MAX_VALUES) {
                problems.add(ImportProblem.of(number, "value", "measurements.tooMany", MAX_VALUES));
                break;
            }
            List<String> cells = cells(row);
            if (cells.size() != HEADER.size()) {
                problems.add(ImportProblem.of(number, "time", "measurements.columns", cells.size()));
                continue;
            }
            LocalDateTime time = time(cells.get(0), number, problems);
            Integer subgroup = subgroup(cells.get(1), number, problems);
            Double value = value(cells.get(2), number, problems);
            if (time != null && time.isAfter(latest)) {
                problems.add(ImportProblem.of(number, "time", "measurements.future", cells.get(0)));
                continue;
            }
            if (time != null && subgroup != null && value != null) {
                lines.add(new Line(number, time, subgroup, value));
            }
        }
        if (problems.isEmpty() && lines.isEmpty()) {
            problems.add(ImportProblem.of(headerLine + 1, "value", "measurements.empty"));
        }
        if (problems.isEmpty()) {
            // every subgroup brings the characteristic's number of values: named at its first line
            Map<Integer, List<Line>> bySubgroup = new LinkedHashMap<>();
            for (Line line : lines) {
                bySubgroup
                        .computeIfAbsent(line.subgroup(), s -> new ArrayList<>())
                        .add(line);
            }
            bySubgroup.forEach((subgroup, values) -> {
                if (values.size() != subgroupSize) {
                    problems.add(ImportProblem.of(
                            values.get(0).number(),
                            "subgroup",
                            "measurements.subgroup.size",
                            subgroup,
                            values.size(),
                            subgroupSize));
                }
            });
        }
        return new MeasurementFile(List.copyOf(lines), problems);
    }

    /**
     * The line's cells stripped, "" for an empty one. A sheet leaves out the empty cells at the
     * end of a row (or keeps them, once formatted), so those never count as a column; a CSV line
     * names each of its columns, "" when empty, and keeps them all.
     */
    private static List<String> cells(ImportLines.Line line) {
        int size = line.cells().size();
        while (size > 0 && line.cells().get(size - 1) == null) {
            size--;
        }
        var cells = new ArrayList<String>(size);
        for (int i = 0; i < size; i++) {
            String cell = line.cells().get(i);
            cells.add(cell == null ? "" : cell.strip());
        }
        return cells;
    }

    private static boolean isHeader(List<String> cells) {
        return cells.stream()
                .map(c -> c.replace(" ", "").toLowerCase(Locale.ROOT))
                .toList()
                .equals(HEADER);
    }

    private static LocalDateTime time(String cell, int line, List<ImportProblem> problems) {
        try {
            return LocalDateTime.parse(cell.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            problems.add(ImportProblem.of(line, "time", "measurements.time.invalid", cell));
            return null;
        }
    }

    private static Integer subgroup(String cell, int line, List<ImportProblem> problems) {
        if (cell.matches("\\d{1,9}") && Integer.parseInt(cell) > 0) {
            return Integer.parseInt(cell);
        }
        problems.add(ImportProblem.of(line, "subgroup", "measurements.subgroup.invalid", cell));
        return null;
    }

    private static Double value(String cell, int line, List<ImportProblem> problems) {
        // digits only: "NaN", "Infinity" or "1e999" are not a gauge's reading
        if (cell.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?")) {
            double v = Double.parseDouble(cell);
            if (Double.isFinite(v)) {
                return v;
            }
        }
        problems.add(ImportProblem.of(line, "value", "measurements.value.invalid", cell));
        return null;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public List<Line> lines() {
        return lines;
    }

    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }
}
