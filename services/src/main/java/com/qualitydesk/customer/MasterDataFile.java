package com.qualitydesk.customer;

import com.qualitydesk.customer.MasterDataKind.Column;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A master-data file as people send it (CC-01): CSV (UTF-8, with or without byte order mark,
 * comma, semicolon or tab separated) or an Excel workbook (first sheet), a header line with the
 * documented columns of its {@link MasterDataKind}, one record per line.
 *
 * <p>The whole file is checked before anything is stored, and every bad line is reported with
 * its line number and the reason: a missing value, a date not written yyyy-MM-dd, a bad number,
 * an unknown choice, a customer or product code that is neither known to the system nor defined
 * earlier in the same file, a key that appears twice. The import takes the file only when no line
 * is bad.
 *
 * <p>A plain class: it needs no server, the database is asked through {@link References}.
 */
public final class MasterDataFile {

    /** What the system already holds; each distinct code is asked once. */
    public interface References {
        boolean customerExists(String code);

        boolean productExists(String code);

        /** Nothing known: every code must be defined in the file itself. */
        static References none() {
            return new References() {
                @Override
                public boolean customerExists(String code) {
                    return false;
                }

                @Override
                public boolean productExists(String code) {
                    return false;
                }
            };
        }
    }

    /**
     * One good data line, its values typed: String, LocalDate, Integer, Boolean or the enum
     * constant. Only the columns of the file are present; an empty cell is present as null.
     */
    public static final class Row {

        private final int line;
        private final Map<String, Object> values;

        Row(int line, Map<String, Object> values) {
            this.line = line;
            this.values = Collections.unmodifiableMap(values);
        }

        public int line() {
            return line;
        }

        /** Whether the file has this column at all (a column left out keeps stored values). */
        public boolean has(String column) {
            return values.containsKey(column);
        }

        public String text(String column) {
            return (String) values.get(column);
        }

        public LocalDate date(String column) {
            return (LocalDate) values.get(column);
        }

        public Integer number(String column) {
            return (Integer) values.get(column);
        }

        public Boolean flag(String column) {
            return (Boolean) values.get(column);
        }

        public <E extends Enum<E>> E choice(String column, Class<E> type) {
            return type.cast(values.get(column));
        }

        public Map<String, Object> values() {
            return values;
        }
    }

    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /** As lenient as the e-mail check of the contact screen: something, an at sign, something. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final MasterDataKind kind;
    private final String fileName;
    private final List<Row> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private int lines;

    private MasterDataFile(MasterDataKind kind, String fileName) {
        this.kind = kind;
        this.fileName = fileName;
    }

    /** Reads and checks the whole file. CSV or Excel is told by the content, not by the name. */
    public static MasterDataFile read(MasterDataKind kind, String fileName, byte[] content, References known) {
        var file = new MasterDataFile(kind, fileName);
        List<ImportLines.Line> raw = ImportLines.read(content, file.problems);
        if (file.problems.isEmpty()) {
            file.check(raw, known);
        }
        return file;
    }

    public MasterDataKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    /** The good lines, in file order; all of them when the file is valid. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Every problem, by line. */
    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    /** The number of data lines, blank lines not counted. */
    public int lines() {
        return lines;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The report of a file that is refused for its problems: nothing was stored. */
    public ImportReport refusal() {
        return ImportReport.refused(kind, fileName, lines, problems);
    }

    // ---- checking

    private void check(List<ImportLines.Line> raw, References known) {
        int first = 0;
        while (first < raw.size() && raw.get(first).blank()) {
            first++;
        }
        if (first == raw.size()) {
            problems.add(
                    ImportProblem.of(raw.isEmpty() ? 1 : raw.get(raw.size() - 1).number(), null, "import.empty"));
            return;
        }
        ImportLines.Line header = raw.get(first);
        Map<Column, Integer> positions = header(header);
        if (!problems.isEmpty()) {
            return;
        }
        var checker = new LineChecker(known);
        for (ImportLines.Line line : raw.subList(first + 1, raw.size())) {
            if (line.blank()) {
                continue;
            }
            lines++;
            checker.check(line, positions, header.cells().size());
        }
        if (lines == 0) {
            problems.add(ImportProblem.of(header.number(), null, "import.noRows"));
        }
    }

    /** Headers are matched ignoring case, spaces and dashes; every column of the file must be known. */
    private Map<Column, Integer> header(ImportLines.Line header) {
        Map<String, Column> byName = new HashMap<>();
        kind.columns().forEach(c -> byName.put(c.name(), c));
        String expected = String.join(", ", kind.columnNames());
        Map<Column, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i);
            if (name == null) {
                continue;
            }
            String normal = normalName(name);
            Column column = byName.get(normal);
            if (column == null) {
                problems.add(ImportProblem.of(header.number(), name, "import.unknownColumn", name, expected));
            } else if (positions.containsKey(column)) {
                problems.add(ImportProblem.of(header.number(), column.name(), "import.duplicateColumn", column.name()));
            } else {
                positions.put(column, i);
            }
        }
        for (Column column : kind.columns()) {
            if (column.required() && !positions.containsKey(column)) {
                problems.add(ImportProblem.of(header.number(), column.name(), "import.missingColumn", column.name()));
            }
        }
        return positions;
    }

    static String normalName(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    /** Checks data lines one by one, remembering keys and codes seen earlier in the file. */
    private final class LineChecker {

        private final References known;
        private final Map<String, Boolean> knownCustomers = new HashMap<>();
        private final Map<String, Boolean> knownProducts = new HashMap<>();
        private final Set<String> definedCustomers = new HashSet<>();
        private final Set<String> definedProducts = new HashSet<>();
        private final Map<String, Integer> keys = new HashMap<>();

        LineChecker(References known) {
            this.known = known;
        }

        void check(ImportLines.Line line, Map<Column, Integer> positions, int headerWidth) {
            int before = problems.size();
            for (int i = headerWidth; i < line.cells().size(); i++) {
                if (line.cell(i) != null) {
                    problems.add(ImportProblem.of(line.number(), null, "import.tooManyCells"));
                    break;
                }
            }
            var values = new LinkedHashMap<String, Object>();
            var bad = new HashSet<String>();
            positions.forEach((column, index) -> {
                String raw = line.cell(index);
                ImportProblem problem = null;
                Object value = null;
                if (raw == null) {
                    if (column.required()) {
                        problem = ImportProblem.of(line.number(), column.name(), "import.missing", column.name());
                    }
                } else {
                    try {
                        value = parse(column, raw);
                    } catch (BadValue e) {
                        problem = ImportProblem.of(line.number(), column.name(), e.reason, e.arguments);
                    }
                }
                if (problem != null) {
                    problems.add(problem);
                    bad.add(column.name());
                } else {
                    values.put(column.name(), value);
                }
            });
            rules(line.number(), values, bad);
            if (kind.key().stream().noneMatch(bad::contains)) {
                String key = kind.key().stream()
                        .map(c -> String.valueOf(values.get(c)))
                        .collect(Collectors.joining(" / "));
                Integer earlier = keys.putIfAbsent(key, line.number());
                if (earlier != null) {
                    problems.add(ImportProblem.of(line.number(), kind.key().get(0), "import.duplicate", key, earlier));
                }
            }
            if (problems.size() == before) {
                rows.add(new Row(line.number(), values));
                if (kind == MasterDataKind.CUSTOMERS) {
                    definedCustomers.add((String) values.get("code"));
                } else if (kind == MasterDataKind.PRODUCTS) {
                    definedProducts.add((String) values.get("code"));
                }
            }
        }

        /** The rules across columns, the same the services apply on a save. */
        private void rules(int line, Map<String, Object> values, Set<String> bad) {
            if (kind == MasterDataKind.CUSTOMERS
                    && !bad.contains("name_zh")
                    && !bad.contains("name_en")
                    && values.get("name_zh") == null
                    && values.get("name_en") == null) {
                problems.add(ImportProblem.of(line, "name_zh", "import.customerName"));
            }
            if (kind == MasterDataKind.CONTRACTS
                    && values.get("start_date") instanceof LocalDate start
                    && values.get("end_date") instanceof LocalDate end
                    && end.isBefore(start)) {
                problems.add(ImportProblem.of(line, "end_date", "import.period", DATE.format(start), DATE.format(end)));
            }
        }

        private Object parse(Column column, String raw) throws BadValue {
            if (column.maxLength() > 0 && raw.length() > column.maxLength()) {
                throw new BadValue("import.tooLong", column.name(), column.maxLength());
            }
            return switch (column.type()) {
                case TEXT -> raw;
                case CODE -> {
                    if (!raw.matches(column.pattern())) {
                        String allowed = column.pattern().contains("/") ? ". _ - /" : ". _ -";
                        throw new BadValue("import.badCode", column.name(), raw, allowed);
                    }
                    yield raw;
                }
                case EMAIL -> {
                    if (!EMAIL.matcher(raw).matches()) {
                        throw new BadValue("import.badEmail", column.name(), raw);
                    }
                    yield raw;
                }
                case LANGUAGE -> language(column, raw);
                case CHOICE -> choice(column, raw);
                case FLAG -> flag(column, raw);
                case DATE -> {
                    try {
                        yield LocalDate.parse(raw, DATE);
                    } catch (DateTimeParseException e) {
                        throw new BadValue("import.badDate", column.name(), raw);
                    }
                }
                case POSITIVE_INTEGER -> {
                    int number;
                    try {
                        number = Integer.parseInt(raw.replace(",", "").replace(" ", ""));
                    } catch (NumberFormatException e) {
                        throw new BadValue("import.badNumber", column.name(), raw);
                    }
                    if (number <= 0) {
                        throw new BadValue("import.notPositive", column.name(), raw);
                    }
                    yield number;
                }
                case CUSTOMER_CODE -> {
                    if (!definedCustomers.contains(raw)
                            && !knownCustomers.computeIfAbsent(raw, known::customerExists)) {
                        throw new BadValue("import.unknownCustomer", column.name(), raw);
                    }
                    yield raw;
                }
                case PRODUCT_CODE -> {
                    if (!definedProducts.contains(raw) && !knownProducts.computeIfAbsent(raw, known::productExists)) {
                        throw new BadValue("import.unknownProduct", column.name(), raw);
                    }
                    yield raw;
                }
            };
        }

        private static String language(Column column, String raw) throws BadValue {
            String normal = raw.replace('-', '_');
            if (normal.equalsIgnoreCase("en")) {
                return "en";
            }
            if (normal.equalsIgnoreCase("zh_CN") || normal.equalsIgnoreCase("zh")) {
                return "zh_CN";
            }
            throw new BadValue("import.badLanguage", column.name(), raw);
        }

        private static Object choice(Column column, String raw) throws BadValue {
            String normal = raw.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (Enum<?> constant : column.choices().getEnumConstants()) {
                if (constant.name().equals(normal)) {
                    return constant;
                }
            }
            String allowed = Arrays.stream(column.choices().getEnumConstants())
                    .map(Enum::name)
                    .collect(Collectors.joining(", "));
            throw new BadValue("import.badChoice", column.name(), raw, allowed);
        }

        private static Boolean flag(Column column, String raw) throws BadValue {
            return switch (raw.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1", "x", "是" -> Boolean.TRUE;
                case "false", "no", "n", "0", "否" -> Boolean.FALSE;
                default -> throw new BadValue("import.badFlag", column.name(), raw);
            };
        }
    }

    /** A cell that does not hold what its column needs. */
    private static final class BadValue extends Exception {

        private static final long serialVersionUID = 1L;

        final String reason;
        final transient Object[] arguments;

        BadValue(String reason, Object... arguments) {
            super(reason, null, false, false);
            this.reason = reason;
            this.arguments = arguments;
        }
    }
}
