package com.qualitydesk.figures;

import com.qualitydesk.customer.ImportLines;
import com.qualitydesk.customer.ImportProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A department's figures of a month as a file (CS-09): CSV (UTF-8, comma, semicolon or tab) or an
 * Excel workbook (first sheet), read and checked as a whole before anything is stored, like the
 * master-data import (CC-01). The header names {@code date}, {@code product_family} (for the
 * figures kept per product family) and every figure the department enters, by its
 * {@link SheetFigure#column() column}: QUALITY {@code lots_inspected,lots_passed}, FINANCE
 * {@code operating_cost,excess_freight,profit}, SALES {@code production_interruptions}. QUALITY
 * may add {@code defect}: the lots of a line that failed are counted to the main defect it names
 * (the Pareto of failed lots); a line naming no defect leaves its failures unnamed.
 *
 * <p>Each line is a day of the month (an inspection day, a booking) with what it adds; the file's
 * lines are summed per figure and product family, and the sums are the month's entered figures as
 * a whole. Every bad line is named with its number (the header is line 1) and the reason: a date
 * outside the month, text where a number belongs, a negative count, a fraction of a lot, more lots
 * passed than inspected.
 */
public final class SheetFile {

    /** A year of daily lines for every product family of a large company. */
    public static final int MAX_LINES = 20_000;

    static final String DATE = "date";
    static final String FAMILY = "product_family";
    static final String DEFECT = "defect";

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private final Map<FigureKey, BigDecimal> sums;
    private final List<ImportProblem> problems;
    private final int lines;

    private SheetFile(Map<FigureKey, BigDecimal> sums, List<ImportProblem> problems, int lines) {
        this.sums = sums;
        this.problems = problems;
        this.lines = lines;
    }

    /** Reads and checks the whole file for the department's sheet of the month. */
    public static SheetFile read(SheetDepartment department, YearMonth month, byte[] content) {
        var problems = new ArrayList<ImportProblem>();
        List<SheetFigure> entered = SheetFigure.enteredInColumns(department);
        boolean byDefect = SheetFigure.entersDefects(department);
        if (entered.isEmpty()) {
            // PRODUCTION's sheet is the gauges' capability: nothing on it is typed
            problems.add(ImportProblem.of(1, null, "monthlySheet.import.nothingEntered"));
            return new SheetFile(Map.of(), problems, 0);
        }
        List<ImportLines.Line> raw = ImportLines.read(content, problems);
        if (!problems.isEmpty()) {
            return new SheetFile(Map.of(), problems, 0);
        }
        int first = 0;
        while (first < raw.size() && raw.get(first).blank()) {
            first++;
        }
        if (first == raw.size()) {
            problems.add(ImportProblem.of(1, null, "import.empty"));
            return new SheetFile(Map.of(), problems, 0);
        }
        ImportLines.Line header = raw.get(first);
        Map<String, Integer> columns = header(header, entered, byDefect, problems);
        if (!problems.isEmpty()) {
            return new SheetFile(Map.of(), problems, 0);
        }
        boolean perFamily = entered.stream().anyMatch(f -> f.breakdown() == SheetFigure.Breakdown.PRODUCT_FAMILY);
        var sums = new LinkedHashMap<FigureKey, BigDecimal>();
        var firstLineOf = new LinkedHashMap<String, Integer>();
        int lines = 0;
        for (ImportLines.Line line : raw.subList(first + 1, raw.size())) {
            if (line.blank()) {
                continue;
            }
            lines++;
            if (lines > MAX_LINES) {
                problems.add(ImportProblem.of(line.number(), null, "monthlySheet.import.tooMany", MAX_LINES));
                break;
            }
            if (line.cells().size() > header.cells().size()) {
                problems.add(ImportProblem.of(line.number(), null, "import.tooManyCells"));
                continue;
            }
            int before = problems.size();
            date(line, columns.get(DATE), month, problems);
            String family = line.cell(columns.get(FAMILY));
            if (perFamily && family == null) {
                problems.add(ImportProblem.of(line.number(), FAMILY, "monthlySheet.import.family.required"));
            } else if (family != null && family.length() > 100) {
                problems.add(ImportProblem.of(line.number(), FAMILY, "import.tooLong", FAMILY, 100));
            }
            var values = new LinkedHashMap<SheetFigure, BigDecimal>();
            for (SheetFigure figure : entered) {
                BigDecimal value = number(line, figure, columns.get(figure.column()), problems);
                if (value != null) {
                    values.put(figure, value);
                }
            }
            if (values.isEmpty() && problems.size() == before) {
                problems.add(ImportProblem.of(line.number(), null, "monthlySheet.import.noValue"));
            }
            BigDecimal inspected = values.get(SheetFigure.QUALITY_LOTS_INSPECTED);
            BigDecimal passed = values.get(SheetFigure.QUALITY_LOTS_PASSED);
            if (inspected != null && passed != null && passed.compareTo(inspected) > 0) {
                problems.add(ImportProblem.of(
                        line.number(),
                        SheetFigure.QUALITY_LOTS_PASSED.column(),
                        "monthlySheet.import.passedAboveInspected",
                        passed.toPlainString(),
                        inspected.toPlainString()));
            }
            String defect = line.cell(columns.get(DEFECT));
            BigDecimal failed = null;
            if (defect != null && problems.size() == before) {
                failed = failedOf(line, defect, inspected, passed, problems);
            }
            if (problems.size() == before) {
                String key = family == null ? "" : family;
                firstLineOf.putIfAbsent(key, line.number());
                values.forEach((figure, value) -> sums.merge(
                        new FigureKey(
                                figure, figure.breakdown() == SheetFigure.Breakdown.PRODUCT_FAMILY ? key : "", ""),
                        value,
                        BigDecimal::add));
                if (failed != null) {
                    sums.merge(FigureKey.ofDefect(defect), failed, BigDecimal::add);
                }
            }
        }
        if (problems.isEmpty() && lines == 0) {
            problems.add(ImportProblem.of(header.number(), null, "import.noRows"));
        }
        if (problems.isEmpty()) {
            // a family's lines together: passed over the month cannot outnumber inspected either
            firstLineOf.forEach((family, line) -> {
                BigDecimal inspected = sums.get(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_INSPECTED, family));
                BigDecimal passed = sums.get(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_PASSED, family));
                if (passed != null && (inspected == null || passed.compareTo(inspected) > 0)) {
                    problems.add(ImportProblem.of(
                            line,
                            FAMILY,
                            "monthlySheet.import.family.passedAboveInspected",
                            family,
                            passed.toPlainString(),
                            inspected == null ? "0" : inspected.toPlainString()));
                }
            });
        }
        return new SheetFile(problems.isEmpty() ? Map.copyOf(sums) : Map.of(), problems, lines);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The month's entered figures: the lines summed per figure and product family. */
    public Map<FigureKey, BigDecimal> values() {
        return sums;
    }

    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    /** The data lines, blank lines not counted. */
    public int lines() {
        return lines;
    }

    // ---- the header and the cells

    /**
     * CS-09: the lots of a line that failed (inspected less passed) went to the main defect it
     * names; a defect on a line where no lot failed is a mistake in the file.
     */
    private static BigDecimal failedOf(
            ImportLines.Line line,
            String defect,
            BigDecimal inspected,
            BigDecimal passed,
            List<ImportProblem> problems) {
        if (defect.length() > MonthlySheet.DEFECT_MAX) {
            problems.add(ImportProblem.of(line.number(), DEFECT, "import.tooLong", DEFECT, MonthlySheet.DEFECT_MAX));
            return null;
        }
        if (inspected == null || passed == null) {
            problems.add(ImportProblem.of(line.number(), DEFECT, "monthlySheet.import.defect.noLots", defect));
            return null;
        }
        BigDecimal failed = inspected.subtract(passed);
        if (failed.signum() <= 0) {
            problems.add(ImportProblem.of(line.number(), DEFECT, "monthlySheet.import.defect.noFailure", defect));
            return null;
        }
        return failed;
    }

    /** The columns a department's file must have, in the order its header shows them. */
    public static List<String> columns(SheetDepartment department) {
        return columns(SheetFigure.enteredInColumns(department));
    }

    private static List<String> columns(List<SheetFigure> entered) {
        var columns = new ArrayList<String>();
        columns.add(DATE);
        if (entered.stream().anyMatch(f -> f.breakdown() == SheetFigure.Breakdown.PRODUCT_FAMILY)) {
            columns.add(FAMILY);
        }
        entered.forEach(f -> columns.add(f.column()));
        return columns;
    }

    private static Map<String, Integer> header(
            ImportLines.Line header, List<SheetFigure> entered, boolean byDefect, List<ImportProblem> problems) {
        List<String> expected = columns(entered);
        var allowed = new ArrayList<>(expected);
        if (byDefect) {
            allowed.add(DEFECT);
        }
        var positions = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i);
            if (name == null) {
                continue;
            }
            String normal =
                    name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (!allowed.contains(normal)) {
                problems.add(ImportProblem.of(
                        header.number(), name, "import.unknownColumn", name, String.join(", ", allowed)));
            } else if (positions.containsKey(normal)) {
                problems.add(ImportProblem.of(header.number(), normal, "import.duplicateColumn", normal));
            } else {
                positions.put(normal, i);
            }
        }
        // every figure the department enters: the file is the month's figures as a whole
        for (String column : expected) {
            if (!positions.containsKey(column)) {
                problems.add(ImportProblem.of(header.number(), column, "import.missingColumn", column));
            }
        }
        return positions;
    }

    private static void date(ImportLines.Line line, Integer column, YearMonth month, List<ImportProblem> problems) {
        String cell = line.cell(column);
        if (cell == null) {
            problems.add(ImportProblem.of(line.number(), DATE, "import.missing", DATE));
            return;
        }
        try {
            LocalDate day = LocalDate.parse(cell, DAY);
            if (!YearMonth.from(day).equals(month)) {
                problems.add(ImportProblem.of(
                        line.number(), DATE, "monthlySheet.import.outsideMonth", cell, month.toString()));
            }
        } catch (DateTimeParseException e) {
            problems.add(ImportProblem.of(line.number(), DATE, "import.badDate", DATE, cell));
        }
    }

    /** A figure's cell: empty is nothing on this line; else a number the figure can have. */
    private static BigDecimal number(
            ImportLines.Line line, SheetFigure figure, Integer column, List<ImportProblem> problems) {
        String cell = line.cell(column);
        if (cell == null) {
            return null;
        }
        String name = figure.column();
        // digits with an optional sign and decimal point; thousands written with spaces or commas are not read as
        // two numbers, and "NaN", "1e9" or "12 pcs" are text
        if (!cell.matches("[-+]?\\d{1,15}(\\.\\d{1,6})?")) {
            problems.add(ImportProblem.of(line.number(), name, "monthlySheet.import.number", name, cell));
            return null;
        }
        BigDecimal value = new BigDecimal(cell);
        if (value.signum() < 0 && !figure.allowsNegative()) {
            problems.add(ImportProblem.of(line.number(), name, "monthlySheet.import.negative", name, cell));
            return null;
        }
        int scale = value.stripTrailingZeros().scale();
        if (figure.unit() == SheetFigure.Unit.COUNT && scale > 0) {
            problems.add(ImportProblem.of(line.number(), name, "monthlySheet.import.whole", name, cell));
            return null;
        }
        if (figure.unit() == SheetFigure.Unit.CNY && scale > 2) {
            problems.add(ImportProblem.of(line.number(), name, "monthlySheet.import.cents", name, cell));
            return null;
        }
        if (value.abs().compareTo(SheetFigure.LARGEST) > 0) {
            problems.add(ImportProblem.of(line.number(), name, "monthlySheet.import.tooLarge", name, cell));
            return null;
        }
        return value;
    }
}
