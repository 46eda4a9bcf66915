package com.qualitydesk.figures;

import com.qualitydesk.customer.ImportProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A department's figures of a month as a file (CS-09): CSV (UTF-8, comma, semicolon or tab) or an
 * Excel workbook (first sheet), read and checked as a whole before anything is stored, like the
 * master-data import (CC-01). The header names {@code date}, {@code product_family} (for the
 * figures kept per product family) and every figure the department enters, by its
 * {@link SheetFigure#column() column}: QUALITY {@code lots_inspected,lots_passed}, FINANCE
 * {@code operating_cost,excess_freight,profit}, SALES {@code production_interruptions}.
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

    private record RawLine(int number, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }

        String cell(Integer index) {
            if (index == null || index >= cells.size() || cells.get(index) == null) {
                return null;
            }
            String value = cells.get(index).strip();
            return value.isEmpty() ? null : value;
        }
    }

    /** Reads and checks the whole file for the department's sheet of the month. */
    public static SheetFile read(SheetDepartment department, YearMonth month, byte[] content) {
        var problems = new ArrayList<ImportProblem>();
        List<SheetFigure> entered = SheetFigure.enteredBy(department);
        if (entered.isEmpty()) {
            // PRODUCTION's sheet is the gauges' capability: nothing on it is typed
            problems.add(ImportProblem.of(1, null, "monthlySheet.import.nothingEntered"));
            return new SheetFile(Map.of(), problems, 0);
        }
        List<RawLine> raw = isSpreadsheet(content) ? spreadsheet(content, problems) : csv(content, problems);
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
        RawLine header = raw.get(first);
        Map<String, Integer> columns = header(header, entered, problems);
        if (!problems.isEmpty()) {
            return new SheetFile(Map.of(), problems, 0);
        }
        boolean perFamily = entered.stream().anyMatch(f -> f.breakdown() == SheetFigure.Breakdown.PRODUCT_FAMILY);
        var sums = new LinkedHashMap<FigureKey, BigDecimal>();
        var firstLineOf = new LinkedHashMap<String, Integer>();
        int lines = 0;
        for (RawLine line : raw.subList(first + 1, raw.size())) {
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
            if (problems.size() == before) {
                String key = family == null ? "" : family;
                firstLineOf.putIfAbsent(key, line.number());
                values.forEach((figure, value) -> sums.merge(
                        new FigureKey(
                                figure, figure.breakdown() == SheetFigure.Breakdown.PRODUCT_FAMILY ? key : "", ""),
                        value,
                        BigDecimal::add));
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

    private static Map<String, Integer> header(
            RawLine header, List<SheetFigure> entered, List<ImportProblem> problems) {
        var expected = new ArrayList<String>();
        expected.add(DATE);
        if (entered.stream().anyMatch(f -> f.breakdown() == SheetFigure.Breakdown.PRODUCT_FAMILY)) {
            expected.add(FAMILY);
        }
        entered.forEach(f -> expected.add(f.column()));
        var positions = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i);
            if (name == null) {
                continue;
            }
            String normal =
                    name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (!expected.contains(normal)) {
                problems.add(ImportProblem.of(
                        header.number(), name, "import.unknownColumn", name, String.join(", ", expected)));
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

    private static void date(RawLine line, Integer column, YearMonth month, List<ImportProblem> problems) {
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
    private static BigDecimal number(RawLine line, SheetFigure figure, Integer column, List<ImportProblem> problems) {
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

    // ---- reading CSV and Excel (as the master-data import reads them)

    /** XLSX is a zip archive, XLS an OLE2 compound file. */
    static boolean isSpreadsheet(byte[] content) {
        return startsWith(content, 0x50, 0x4B, 0x03, 0x04) || startsWith(content, 0xD0, 0xCF, 0x11, 0xE0);
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<RawLine> csv(byte[] content, List<ImportProblem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            CharBuffer decoded = decoder.decode(ByteBuffer.wrap(content));
            text = decoded.toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            // a file saved as GBK or ANSI is named, not garbled
            problems.add(ImportProblem.of(1, null, "import.encoding"));
            return List.of();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .get();
        var result = new ArrayList<RawLine>();
        int start = 1;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            var records = parser.iterator();
            while (true) {
                start = (int) parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                result.add(new RawLine(start, record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(ImportProblem.of(start, null, "import.csvBroken"));
        }
        return result;
    }

    /** Comma, unless the header line plainly uses semicolons or tabs (as some Excel versions save). */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    private static List<RawLine> spreadsheet(byte[] content, List<ImportProblem> problems) {
        var result = new ArrayList<RawLine>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return result;
            }
            for (Row row : workbook.getSheetAt(0)) {
                var cells = new ArrayList<String>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(text(row.getCell(i)));
                }
                result.add(new RawLine(row.getRowNum() + 1, cells));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(ImportProblem.of(0, null, "import.unreadable"));
        }
        return result;
    }

    /** A cell as the text a person would have typed: dates as yyyy-MM-dd, numbers without ".0". */
    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield DAY.format(cell.getLocalDateTimeCellValue().toLocalDate());
                }
                BigDecimal number =
                        BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
                yield number.scale() <= 0 ? number.toBigInteger().toString() : number.toPlainString();
            }
            default -> null;
        };
    }
}
