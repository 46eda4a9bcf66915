package com.qualitydesk.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.customer.ImportProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** CS-09: a gauge's file is checked as a whole, every bad line named with its number and reason. */
class MeasurementFileTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 16, 0);

    private static MeasurementFile read(int subgroupSize, String text) {
        return MeasurementFile.read(text.getBytes(StandardCharsets.UTF_8), subgroupSize, NOW);
    }

    private static List<String> problems(MeasurementFile file) {
        return file.problems().stream()
                .map(p -> p.line() + " " + p.column() + " " + p.reason())
                .toList();
    }

    @Test
    void aGoodFileGivesItsValuesInOrder() {
        var file = read(
                2,
                "\uFEFFtime,subgroup,value\r\n"
                        + "2026-11-03T08:15,1,10.02\r\n"
                        + "2026-11-03T08:15,1,9.98\r\n"
                        + "\r\n"
                        + "2026-11-03 09:15,2,-0.5e1\r\n"
                        + "2026-11-03T09:15:30,2,10\r\n");
        assertTrue(file.isValid(), () -> problems(file).toString());
        assertEquals(4, file.lines().size());
        assertEquals(-5.0, file.lines().get(2).value());
        assertEquals(LocalDateTime.of(2026, 11, 3, 9, 15), file.lines().get(2).time());
        assertEquals(6, file.lines().get(3).number(), "the blank line still counts for the numbers people see");
    }

    @Test
    void everyBadLineIsNamedAndNothingIsTaken() {
        var file = read(
                1,
                "time,subgroup,value\n"
                        + "2026-11-03T08:15,1,abc\n"
                        + "03.11.2026 08:15,2,10\n"
                        + "2026-11-03T08:15,0,10\n"
                        + "2026-11-03T08:15,4,NaN\n"
                        + "2026-11-03T08:15,5\n"
                        + "2026-12-05T08:00,6,10\n");
        assertFalse(file.isValid());
        assertEquals(
                List.of(
                        "2 value measurements.value.invalid",
                        "3 time measurements.time.invalid",
                        "4 subgroup measurements.subgroup.invalid",
                        "5 value measurements.value.invalid",
                        "6 time measurements.columns",
                        "7 time measurements.future"),
                problems(file));
    }

    @Test
    void aSubgroupMustBringTheCharacteristicsNumberOfValues() {
        var file = read(
                3,
                "time,subgroup,value\n"
                        + "2026-11-03T08:15,1,10\n"
                        + "2026-11-03T08:15,1,10.1\n"
                        + "2026-11-03T08:15,1,9.9\n"
                        + "2026-11-03T09:15,2,10\n"
                        + "2026-11-03T09:15,2,10.2\n");
        assertEquals(List.of("5 subgroup measurements.subgroup.size"), problems(file));
        ImportProblem p = file.problems().get(0);
        assertEquals(List.of("2", "2", "3"), p.arguments());
    }

    @Test
    void aFileWithoutTheHeaderOrWithoutValuesIsRefused() {
        assertEquals(
                List.of("1 time measurements.header"),
                problems(read(1, "when,group,reading\n2026-11-03T08:15,1,10\n")));
        assertEquals(List.of("2 value measurements.empty"), problems(read(1, "time,subgroup,value\n\n")));
    }

    // ---- the same columns in an Excel workbook (issue 14)

    /** A workbook whose first sheet holds the rows given; a LocalDateTime becomes a date-time cell. */
    private static byte[] xlsx(Object[]... rows) throws IOException {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("gauge");
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue; // a row nobody typed in: absent from the sheet, still counted
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof LocalDateTime time) {
                        row.createCell(c).setCellValue(time);
                        row.getCell(c).setCellStyle(dateTime);
                    } else if (value instanceof LocalDate date) {
                        row.createCell(c).setCellValue(date);
                        row.getCell(c).setCellStyle(day);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof String text) {
                        row.createCell(c).setCellValue(text);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aWorkbookWithDateTimeCellsIsReadLikeTheCsv_CS09() throws IOException {
        var night = LocalDateTime.of(2026, 11, 3, 0, 0);
        var file = MeasurementFile.read(
                xlsx(
                        new Object[] {"time", "subgroup", "value"},
                        new Object[] {night, 1, 10.02},
                        new Object[] {night, 1, 9.98},
                        null,
                        new Object[] {LocalDateTime.of(2026, 11, 3, 8, 15, 30), 2, -0.05},
                        new Object[] {LocalDateTime.of(2026, 11, 3, 8, 15, 30), 2.0, 10}),
                2,
                NOW);
        assertTrue(file.isValid(), () -> problems(file).toString());
        assertEquals(4, file.lines().size());
        assertEquals(night, file.lines().get(0).time(), "a reading at midnight keeps its time");
        assertEquals(
                LocalDateTime.of(2026, 11, 3, 8, 15, 30), file.lines().get(2).time());
        assertEquals(2, file.lines().get(3).subgroup(), "a whole number typed as 2.0 is subgroup 2");
        assertEquals(-0.05, file.lines().get(2).value());
        assertEquals(10.0, file.lines().get(3).value());
        assertEquals(5, file.lines().get(2).number(), "the row of the sheet, the empty row 4 counted");
    }

    @Test
    void timesTypedAsTextInAWorkbookAreReadAsInTheCsv_CS09() throws IOException {
        var file = MeasurementFile.read(
                xlsx(
                        new Object[] {"Time", "Subgroup", "Value"},
                        new Object[] {"2026-11-03T08:15", "1", "10.02"},
                        new Object[] {"2026-11-03 09:15:30", "2", 9.98}),
                1,
                NOW);
        assertTrue(file.isValid(), () -> problems(file).toString());
        assertEquals(LocalDateTime.of(2026, 11, 3, 8, 15), file.lines().get(0).time());
        assertEquals(
                LocalDateTime.of(2026, 11, 3, 9, 15, 30), file.lines().get(1).time());
        assertEquals(10.02, file.lines().get(0).value());
    }

    @Test
    void everyBadRowOfAWorkbookIsNamedByItsRowNumber_CS09() throws IOException {
        var file = MeasurementFile.read(
                xlsx(
                        new Object[] {"time", "subgroup", "value"},
                        new Object[] {LocalDateTime.of(2026, 11, 3, 8, 15), 1, 10.02},
                        new Object[] {LocalDateTime.of(2026, 11, 3, 9, 15), 2, "n/a"},
                        new Object[] {LocalDate.of(2026, 11, 3), 3, 10.0},
                        new Object[] {LocalDateTime.of(2026, 11, 3, 10, 15), 4.5, 10.0},
                        new Object[] {LocalDateTime.of(2026, 12, 5, 8, 0), 5, 10.0},
                        new Object[] {LocalDateTime.of(2026, 11, 3, 11, 15), 6}),
                1,
                NOW);
        assertEquals(
                List.of(
                        "3 value measurements.value.invalid",
                        "4 time measurements.time.invalid",
                        "5 subgroup measurements.subgroup.invalid",
                        "6 time measurements.future",
                        "7 time measurements.columns"),
                problems(file));
        assertEquals(List.of("n/a"), file.problems().get(0).arguments());
        assertEquals(List.of("2026-11-03"), file.problems().get(1).arguments(), "a day alone is no time of a reading");
    }

    @Test
    void anExcel97WorkbookIsReadToo_CS09() throws IOException {
        byte[] xls;
        try (var workbook = new HSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Sheet sheet = workbook.createSheet("gauge");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("time");
            header.createCell(1).setCellValue("subgroup");
            header.createCell(2).setCellValue("value");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(LocalDateTime.of(2026, 11, 3, 8, 15));
            row.getCell(0).setCellStyle(dateTime);
            row.createCell(1).setCellValue(1);
            row.createCell(2).setCellValue(10.02);
            workbook.write(out);
            xls = out.toByteArray();
        }
        var file = MeasurementFile.read(xls, 1, NOW);
        assertTrue(file.isValid(), () -> problems(file).toString());
        assertEquals(
                new MeasurementFile.Line(2, LocalDateTime.of(2026, 11, 3, 8, 15), 1, 10.02),
                file.lines().get(0));
    }

    @Test
    void aWorkbookWithoutTheHeaderIsRefusedAtItsFirstRow_CS09() throws IOException {
        var file = MeasurementFile.read(xlsx(new Object[] {LocalDateTime.of(2026, 11, 3, 8, 15), 1, 10.02}), 1, NOW);
        assertEquals(List.of("1 time measurements.header"), problems(file));
    }

    @Test
    void aCsvSavedInAnotherEncodingIsNamedAtTheLineOfItsFirstBadByte_CS09() {
        byte[] gbk = "time,subgroup,value\n2026-11-03T08:15,1,10.02\n2026-11-03T09:15,2,10.01毫米\n"
                .getBytes(Charset.forName("GBK"));
        var file = MeasurementFile.read(gbk, 1, NOW);
        assertEquals(List.of("3 null import.encoding"), problems(file));
        assertTrue(file.lines().isEmpty());
    }
}
