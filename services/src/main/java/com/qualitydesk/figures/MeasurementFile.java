package com.qualitydesk.figures;

import com.qualitydesk.customer.ImportProblem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A gauge's file of measurements (CS-09), read and checked as a whole before anything is stored:
 * the header {@code time,subgroup,value}, then one value per line with its local time (ISO-8601,
 * as the plant's clock shows it) and subgroup number. Every bad line is named with its number and
 * reason; a subgroup must bring exactly the characteristic's number of values.
 */
public final class MeasurementFile {

    /** A year of a busy gauge; a larger file is split by the plant. */
    public static final int MAX_VALUES = 200_000;

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
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] rows = text.split("\r?\n", -1);
        if (rows.length == 0
                || !rows[0].strip().replace(" ", "").toLowerCase(Locale.ROOT).equals("time,subgroup,value")) {
            problems.add(ImportProblem.of(1, "time", "measurements.header"));
            return new MeasurementFile(List.of(), problems);
        }
        for (int i = 1; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty()) {
                continue;
            }
            int number = i + 1;
            if (lines.size() >= MAX_VALUES) {
                problems.add(ImportProblem.of(number, "value", "measurements.tooMany", MAX_VALUES));
                break;
            }
            String[] cells = row.split(",", -1);
            if (cells.length != 3) {
                problems.add(ImportProblem.of(number, "time", "measurements.columns", cells.length));
                continue;
            }
            LocalDateTime time = time(cells[0].strip(), number, problems);
            Integer subgroup = subgroup(cells[1].strip(), number, problems);
            Double value = value(cells[2].strip(), number, problems);
            if (time != null && time.isAfter(latest)) {
                problems.add(ImportProblem.of(number, "time", "measurements.future", cells[0].strip()));
                continue;
            }
            if (time != null && subgroup != null && value != null) {
                lines.add(new Line(number, time, subgroup, value));
            }
        }
        if (problems.isEmpty() && lines.isEmpty()) {
            problems.add(ImportProblem.of(2, "value", "measurements.empty"));
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
