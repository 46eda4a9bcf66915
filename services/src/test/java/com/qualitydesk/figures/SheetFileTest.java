package com.qualitydesk.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * CS-09: a department's file of monthly figures is checked as a whole before anything is stored,
 * every bad line named with its number and reason, as the master-data import does.
 */
class SheetFileTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private static SheetFile read(SheetDepartment department, String text) {
        return SheetFile.read(department, MARCH, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(SheetFile file) {
        return file.problems().stream()
                .map(p -> p.line() + " " + p.column() + " " + p.reason())
                .toList();
    }

    @Test
    void qualitysDailyInspectionsAreSummedPerProductFamily_CS09() {
        var file = read(
                SheetDepartment.QUALITY,
                "\uFEFFdate,product_family,lots_inspected,lots_passed\r\n"
                        + "2026-03-02,Valves,40,39\r\n"
                        + "2026-03-02,Pumps,12,12\r\n"
                        + "\r\n"
                        + "2026-03-31,Valves,60,58\r\n");
        assertTrue(file.isValid(), () -> problems(file).toString());
        assertEquals(3, file.lines());
        assertEquals(
                new BigDecimal("100"),
                file.values().get(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_INSPECTED, "Valves")));
        assertEquals(
                new BigDecimal("97"), file.values().get(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_PASSED, "Valves")));
        assertEquals(
                new BigDecimal("12"), file.values().get(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_PASSED, "Pumps")));
    }

    @Test
    void textInANumberADateOutsideTheMonthANegativeCountAndMorePassedThanInspectedAreNamedByLine_CS09() {
        var file = read(
                SheetDepartment.QUALITY,
                "date,product_family,lots_inspected,lots_passed\n"
                        + "2026-03-02,Valves,forty,39\n"
                        + "2026-04-01,Valves,10,9\n"
                        + "2026-03-03,Valves,-2,0\n"
                        + "2026-03-04,Valves,10,11\n"
                        + "2026-03-05,,10,10\n"
                        + "03/06/2026,Valves,10,10\n"
                        + "2026-03-07,Valves,2.5,2\n"
                        + "2026-03-08,Valves,,\n");
        assertFalse(file.isValid());
        assertEquals(
                List.of(
                        "2 lots_inspected monthlySheet.import.number",
                        "3 date monthlySheet.import.outsideMonth",
                        "4 lots_inspected monthlySheet.import.negative",
                        "5 lots_passed monthlySheet.import.passedAboveInspected",
                        "6 product_family monthlySheet.import.family.required",
                        "7 date import.badDate",
                        "8 lots_inspected monthlySheet.import.whole",
                        "9 null monthlySheet.import.noValue"),
                problems(file));
        assertTrue(file.values().isEmpty(), "nothing of a refused file is taken");
    }

    @Test
    void aFamilysPassedLotsOverTheMonthCannotOutnumberItsInspectedOnes_CS09() {
        var file = read(
                SheetDepartment.QUALITY,
                "date,product_family,lots_inspected,lots_passed\n" + "2026-03-02,Seals,5,\n" + "2026-03-09,Seals,,6\n");
        assertEquals(List.of("2 product_family monthlySheet.import.family.passedAboveInspected"), problems(file));
    }

    @Test
    void aLinesFailedLotsCountToTheDefectItNamesForTheParetoOfFailedLots_CS09() {
        var file = read(
                SheetDepartment.QUALITY,
                "date,product_family,lots_inspected,lots_passed,defect\n"
                        + "2026-03-02,Valves,40,37,Porosity\n"
                        + "2026-03-03,Pumps,12,11,Burrs\n"
                        + "2026-03-04,Valves,20,18,Porosity \n"
                        + "2026-03-05,Valves,10,9,\n");
        assertTrue(file.isValid(), () -> problems(file).toString());
        assertEquals(new BigDecimal("5"), file.values().get(FigureKey.ofDefect("Porosity")));
        assertEquals(new BigDecimal("1"), file.values().get(FigureKey.ofDefect("Burrs")));
        // the fourth line's failed lot is unnamed: no defect for it
        assertEquals(
                2,
                file.values().keySet().stream()
                        .filter(k -> k.figure() == SheetFigure.QUALITY_FAILED_LOTS)
                        .count());

        var wrong = read(
                SheetDepartment.QUALITY,
                "date,product_family,lots_inspected,lots_passed,defect\n"
                        + "2026-03-02,Valves,40,40,Porosity\n"
                        + "2026-03-03,Pumps,5,,Burrs\n"
                        + "2026-03-04,Valves,20,18," + "x".repeat(101) + "\n");
        assertFalse(wrong.isValid());
        assertEquals(
                List.of(
                        "2 defect monthlySheet.import.defect.noFailure",
                        "3 defect monthlySheet.import.defect.noLots",
                        "4 defect import.tooLong"),
                problems(wrong).stream().filter(p -> p.contains(" defect ")).toList());
        // without the column the file is read as before: defects are optional
        assertTrue(
                read(SheetDepartment.QUALITY, "date,product_family,lots_inspected,lots_passed\n2026-03-02,Valves,4,3\n")
                        .isValid());
        assertFalse(read(SheetDepartment.FINANCE, "date,operating_cost,excess_freight,profit,defect\n")
                .isValid());
    }

    @Test
    void financeGivesItsThreeAmountsAndALossIsNegative_CS09() {
        var file = read(
                SheetDepartment.FINANCE,
                "date;operating_cost;excess_freight;profit\n"
                        + "2026-03-31;1234567.80;15200;-20000.5\n"
                        + "2026-03-31;100.20;;\n");
        assertTrue(file.isValid(), () -> problems(file).toString());
        assertEquals(new BigDecimal("1234668.00"), file.values().get(FigureKey.of(SheetFigure.FINANCE_OPERATING_COST)));
        assertEquals(new BigDecimal("-20000.5"), file.values().get(FigureKey.of(SheetFigure.FINANCE_PROFIT)));

        var cents = read(SheetDepartment.FINANCE, "date,operating_cost,excess_freight,profit\n2026-03-31,1.005,0,0\n");
        assertEquals(List.of("2 operating_cost monthlySheet.import.cents"), problems(cents));
        var freight = read(SheetDepartment.FINANCE, "date,operating_cost,excess_freight,profit\n2026-03-31,1,-3,0\n");
        assertEquals(List.of("2 excess_freight monthlySheet.import.negative"), problems(freight));
    }

    @Test
    void theHeaderNamesEveryFigureTheDepartmentEntersAndNoOther_CS09() {
        var missing = read(SheetDepartment.QUALITY, "date,product_family,lots_inspected\n2026-03-02,Valves,4\n");
        assertEquals(List.of("1 lots_passed import.missingColumn"), problems(missing));
        var foreign = read(SheetDepartment.SALES, "date,production_interruptions,profit\n2026-03-02,1,5\n");
        assertEquals(List.of("1 profit import.unknownColumn"), problems(foreign));
        var production = read(SheetDepartment.PRODUCTION, "date,cpk\n2026-03-02,1.2\n");
        assertEquals(List.of("1 null monthlySheet.import.nothingEntered"), problems(production));
        var empty = read(SheetDepartment.SALES, "date,production_interruptions\n");
        assertEquals(List.of("1 null import.noRows"), problems(empty));
    }

    @Test
    void aFileSavedInAnotherEncodingIsNamedNotGarbled_CS09() {
        byte[] gbk = "date,product_family,lots_inspected,lots_passed\n2026-03-02,阀门,4,4\n"
                .getBytes(java.nio.charset.Charset.forName("GBK"));
        var file = SheetFile.read(SheetDepartment.QUALITY, MARCH, gbk);
        // the line of the first byte that is not UTF-8, as the master-data import names it
        assertEquals(List.of("2 null import.encoding"), problems(file));
    }

    @Test
    void anExcelWorkbookIsReadLikeCsvWithItsDatesAndNumbers_CS09() throws Exception {
        byte[] content;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("inspections");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            String[] columns = {"date", "product_family", "lots_inspected", "lots_passed"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            Row good = sheet.createRow(1);
            good.createCell(0).setCellValue(LocalDate.of(2026, 3, 16));
            good.getCell(0).setCellStyle(dateStyle);
            good.createCell(1).setCellValue("阀门 Valves");
            good.createCell(2).setCellValue(25);
            good.createCell(3).setCellValue(24);
            Row bad = sheet.createRow(2);
            bad.createCell(0).setCellValue(LocalDate.of(2026, 2, 27));
            bad.getCell(0).setCellStyle(dateStyle);
            bad.createCell(1).setCellValue("阀门 Valves");
            bad.createCell(2).setCellValue("n/a");
            bad.createCell(3).setCellValue(3);
            workbook.write(out);
            content = out.toByteArray();
        }
        var file = SheetFile.read(SheetDepartment.QUALITY, MARCH, content);
        assertEquals(
                List.of("3 date monthlySheet.import.outsideMonth", "3 lots_inspected monthlySheet.import.number"),
                problems(file));
    }
}
