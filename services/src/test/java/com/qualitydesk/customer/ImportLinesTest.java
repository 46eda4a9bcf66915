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
import org.apache.poi.ss.usermodel.Row;
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
}
