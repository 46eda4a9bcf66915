package com.qualitydesk.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A date cell reads as what its person typed: the day for a date (the master data's and the
 * monthly sheets' dates), the day and time for a gauge's reading (CS-09).
 */
class ImportLinesTest {

    private static List<String> cells(Object value, String format) throws IOException {
        byte[] content;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
            Row row = workbook.createSheet("one").createRow(0);
            var cell = row.createCell(0);
            if (value instanceof LocalDateTime time) {
                cell.setCellValue(time);
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
            } else {
                cell.setCellValue((Double) value);
            }
            cell.setCellStyle(style);
            workbook.write(out);
            content = out.toByteArray();
        }
        var problems = new ArrayList<ImportProblem>();
        var lines = ImportLines.read(content, problems);
        assertTrue(problems.isEmpty(), problems::toString);
        return lines.get(0).cells();
    }

    @Test
    void aDateStaysTheDay() throws IOException {
        assertEquals(List.of("2026-03-04"), cells(LocalDate.of(2026, 3, 4), "yyyy-mm-dd"));
        assertEquals(List.of("2026-03-04"), cells(LocalDate.of(2026, 3, 4), "m/d/yy"));
    }

    @Test
    void aDateWithItsTimeOfDayIsTheLocalDateTime_CS09() throws IOException {
        assertEquals(List.of("2026-03-04T08:15:00"), cells(LocalDateTime.of(2026, 3, 4, 8, 15), "yyyy-mm-dd hh:mm"));
        assertEquals(
                List.of("2026-03-04T00:00:00"),
                cells(LocalDateTime.of(2026, 3, 4, 0, 0), "yyyy-mm-dd hh:mm"),
                "midnight shown with its hours is a time, not a day");
        assertEquals(
                List.of("2026-03-04T08:15:30"),
                cells(LocalDateTime.of(2026, 3, 4, 8, 15, 30), "yyyy-mm-dd"),
                "a time the format hides is kept, never silently dropped");
        assertEquals(
                List.of("2026-03-04T08:15:00.25"),
                cells(LocalDateTime.of(2026, 3, 4, 8, 15, 0, 250_000_000), "yyyy-mm-dd hh:mm:ss.000"));
    }

    @Test
    void aTimeOfDayAloneIsNoDayOf1899() throws IOException {
        assertEquals(List.of("08:15"), cells(8.25 / 24, "hh:mm"));
    }

    @Test
    void onlyHoursOutsideQuotesAndBracketsShowTheTime() {
        assertTrue(ImportLines.showsHours("yyyy-mm-dd hh:mm"));
        assertTrue(ImportLines.showsHours("[$-804]yyyy\"年\"m\"月\"d\"日\" h:mm"));
        assertFalse(ImportLines.showsHours("yyyy-mm-dd"));
        assertFalse(ImportLines.showsHours("[$-zh-CN]yyyy\"年\"m\"月\"d\"日\""));
        assertFalse(ImportLines.showsHours("d \"hh\" mmm"));
        assertFalse(ImportLines.showsHours(null));
    }

    /** Text, numbers, a date, a reading's time, a yes/no, a formula's text and an empty cell between. */
    private static byte[] everyKindOfCell(Workbook workbook) throws IOException {
        try (workbook;
                var out = new ByteArrayOutputStream()) {
            var day = workbook.createCellStyle();
            day.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var time = workbook.createCellStyle();
            time.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            var sheet = workbook.createSheet("first");
            workbook.createSheet("second").createRow(0).createCell(0).setCellValue("not read");
            sheet.createRow(0).createCell(0).setCellValue("阀门 Valves");
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue(12.0);
            row.createCell(1).setCellValue(3.5);
            row.createCell(2).setCellValue(LocalDate.of(2026, 3, 4));
            row.getCell(2).setCellStyle(day);
            row.createCell(3).setCellValue(LocalDateTime.of(2026, 3, 4, 8, 15));
            row.getCell(3).setCellStyle(time);
            row.createCell(4).setCellValue(true);
            row.createCell(6).setCellValue(" end ");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void everyKindOfWorkbookGivesTheSameLines() throws IOException {
        for (Workbook workbook : List.of(new XSSFWorkbook(), new SXSSFWorkbook(), new HSSFWorkbook())) {
            String kind = workbook.getClass().getSimpleName();
            var problems = new ArrayList<ImportProblem>();
            var lines = ImportLines.read(everyKindOfCell(workbook), problems);
            assertTrue(problems.isEmpty(), kind + " " + problems);
            assertEquals(2, lines.size(), kind + ": the rows there are, the first sheet's only");
            assertEquals(new ImportLines.Line(1, List.of("阀门 Valves")), lines.get(0), kind);
            assertEquals(3, lines.get(1).number(), kind + ": the row people see, the empty one counted");
            assertEquals(
                    java.util.Arrays.asList("12", "3.5", "2026-03-04", "2026-03-04T08:15:00", "true", null, " end "),
                    lines.get(1).cells(),
                    kind);
        }
    }
}
