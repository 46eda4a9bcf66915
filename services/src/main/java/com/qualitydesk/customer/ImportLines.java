package com.qualitydesk.customer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.xml.sax.SAXException;

/**
 * The lines of an imported file as people prepare them: CSV in UTF-8 (comma, or the semicolons
 * and tabs some Excel versions save) or the first sheet of an Excel workbook, each line with the
 * number a person sees in their editor. What cannot be read is a problem at its line; checking
 * the cells is the importer's.
 */
public final class ImportLines {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /** Seconds always, as people read a gauge's log; milliseconds only where the cell has them. */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 3, true)
            .toFormatter(Locale.ROOT);

    private ImportLines() {}

    /** Every line of the file, blank ones included; reading problems are added to {@code problems}. */
    public static List<Line> read(byte[] content, List<ImportProblem> problems) {
        return isSpreadsheet(content) ? spreadsheet(content, problems) : csv(content, problems);
    }

    /** A line of the file: its number as the person sees it, and its cells as text. */
    public record Line(int number, List<String> cells) {

        public boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }

        /** The cell stripped, or null when absent or blank. */
        public String cell(Integer index) {
            if (index == null || index >= cells.size() || cells.get(index) == null) {
                return null;
            }
            String value = cells.get(index).strip();
            return value.isEmpty() ? null : value;
        }
    }

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

    private static List<Line> csv(byte[] content, List<ImportProblem> problems) {
        String text = utf8(content, problems);
        if (text == null) {
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
        var result = new ArrayList<Line>();
        int start = 1;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            var records = parser.iterator();
            while (true) {
                // the line a record starts on, also when a quoted value spans several lines
                start = (int) parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                result.add(new Line(start, record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(ImportProblem.of(start, null, "import.csvBroken"));
        }
        return result;
    }

    /** Decodes strictly: a file saved in another encoding (GBK, ANSI) is named, not garbled. */
    private static String utf8(byte[] content, List<ImportProblem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            problems.add(ImportProblem.of(line, null, "import.encoding"));
            return null;
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
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

    private static List<Line> spreadsheet(byte[] content, List<ImportProblem> problems) {
        try {
            // a year of a gauge's values as cells would not fit in the heap: an xlsx is read row by row
            return content[0] == 0x50 ? WorkbookRows.firstSheet(content) : oldWorkbook(content);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            problems.add(ImportProblem.of(0, null, "import.unreadable"));
            return List.of();
        }
    }

    /** An Excel 97-2003 workbook: at most 65,536 rows, read whole. */
    private static List<Line> oldWorkbook(byte[] content) throws IOException {
        var result = new ArrayList<Line>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return result;
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                var cells = new ArrayList<String>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(text(row.getCell(i)));
                }
                result.add(new Line(row.getRowNum() + 1, cells));
            }
        }
        return result;
    }

    /** A cell as the text a person would have typed (see {@link #number}). */
    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC ->
                number(
                        cell.getNumericCellValue(),
                        DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue() : null,
                        cell.getCellStyle().getDataFormatString());
            default -> null;
        };
    }

    /**
     * A number cell as the text a person would have typed: a date as yyyy-MM-dd, a date with its
     * time of day as ISO local date-time (2026-03-04T08:15:00), whole numbers without ".0".
     *
     * @param date the cell's value as a date when its format is one, else null
     * @param format the cell's number format
     */
    static String number(double value, LocalDateTime date, String format) {
        if (date != null) {
            return dateText(value, date, format);
        }
        BigDecimal number = BigDecimal.valueOf(value).stripTrailingZeros();
        return number.scale() <= 0 ? number.toBigInteger().toString() : number.toPlainString();
    }

    /**
     * A gauge's reading at midnight is still a time, so a cell formatted with hours keeps them even
     * when they are zero; a cell holding only a time of day (no date in Excel's terms) is not made
     * into a day of 1899, which an importer would take for a real one.
     */
    private static String dateText(double serial, LocalDateTime value, String format) {
        if (serial >= 0 && serial < 1) {
            return value.toLocalTime().toString();
        }
        boolean showsTime = showsHours(format);
        if (!showsTime && value.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return DAY.format(value.toLocalDate());
        }
        return DATE_TIME.format(value);
    }

    /** Whether a number format shows the hour: "yyyy-mm-dd hh:mm" does, "yyyy-mm-dd" does not. */
    static boolean showsHours(String format) {
        if (format == null) {
            return false;
        }
        // quoted text and [colour]/[$-locale] sections may hold an "h" that shows nothing
        String codes = format.replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\[[^\\]]*\\]", "")
                .replaceAll("\\\\.", "");
        return codes.toLowerCase(Locale.ROOT).indexOf('h') >= 0;
    }
}
