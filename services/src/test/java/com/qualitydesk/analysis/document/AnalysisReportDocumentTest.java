package com.qualitydesk.analysis.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.analysis.AnalysisReport;
import com.qualitydesk.analysis.ReportFigures;
import com.qualitydesk.document.PdfContents;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** CS-10: the printed report and its workbook, in English and Chinese, from the figures it keeps. */
class AnalysisReportDocumentTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static ReportFigures figures() {
        var trend = List.of(
                new ReportFigures.Quarter("2024-Q4", "2024 Q4", 180, 88.2, 85.0, 91.0),
                new ReportFigures.Quarter("2025-Q1", "2025 Q1", 175, 89.5, 86.1, 92.3),
                new ReportFigures.Quarter("2025-Q2", "2025 Q2", 190, 91.4, 88.0, 93.0),
                new ReportFigures.Quarter("2025-Q3", "2025 Q3", 188, 90.8, 87.5, 90.1),
                new ReportFigures.Quarter("2025-Q4", "2025 Q4", 201, 92.0, 89.0, 94.0),
                new ReportFigures.Quarter("2026-Q1", "2026 Q1", 0, null, null, 0.0),
                new ReportFigures.Quarter("2026-Q2", "2026 Q2", 196, 87.3, 84.2, 91.7),
                new ReportFigures.Quarter("2026-Q3", "2026 Q3", 210, 89.1, 86.0, 92.5));
        var items = List.of(
                new ReportFigures.Item(
                        1,
                        "Product quality",
                        "产品质量",
                        "PRODUCT_QUALITY",
                        210,
                        4.4,
                        93.0,
                        java.util.Arrays.asList(90.0, 91.0, 92.0, 93.0, 94.0, null, 92.0, 93.0)),
                new ReportFigures.Item(
                        2,
                        "On-time delivery",
                        "交货及时性",
                        "DELIVERY",
                        210,
                        3.9,
                        78.5,
                        java.util.Arrays.asList(85.0, 86.0, 84.0, 82.0, 80.0, null, 79.0, 78.5)));
        var aspects = List.of(
                new ReportFigures.Aspect(
                        "ITEM",
                        "On-time delivery",
                        "交货及时性",
                        "SALES",
                        new BigDecimal("45"),
                        new BigDecimal("75.00"),
                        new BigDecimal("75.00")),
                new ReportFigures.Aspect(
                        "COMPLAINT",
                        "METHOD",
                        "METHOD",
                        "QUALITY",
                        new BigDecimal("10"),
                        new BigDecimal("16.67"),
                        new BigDecimal("91.67")),
                new ReportFigures.Aspect(
                        "OTHER",
                        null,
                        null,
                        null,
                        new BigDecimal("5"),
                        new BigDecimal("8.33"),
                        new BigDecimal("100.00")));
        return new ReportFigures(
                "2026 Q3",
                LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 30),
                90,
                trend,
                items,
                List.of(new ReportFigures.Group("INDUSTRY", "Automotive", 80, 91.0, 89.0)),
                aspects,
                List.of(new ReportFigures.Indicator("SATISFACTION", "> 90 %", "> 90 %", "89.1 %", "89.1 %", "NEAR")),
                List.of(new ReportFigures.SheetState("2026-07", "SALES", "ACCEPTED", false)),
                "2026-Q2 v1",
                List.of(new ReportFigures.ActionState(
                        12, "Confirm delivery dates within a day", "SALES", LocalDate.of(2026, 9, 1), "COMPLETED")),
                List.of());
    }

    static AnalysisReport issued() {
        var report = AnalysisReport.draft(
                3,
                "2026 Q3",
                LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 30),
                "{}",
                "sales",
                Instant.parse("2026-10-20T02:00:00Z"));
        report.writeConclusions("Delivery is the main dissatisfaction; Sales and Production plan weekly.");
        report.issue("sales", Instant.parse("2026-10-22T06:00:00Z"));
        return report;
    }

    @Test
    void theEnglishReportPrintsEveryPartWithItsFingerprint_CS10() {
        var report = issued();
        byte[] pdf = AnalysisReportDocument.render(report, figures(), "en", ZONE);
        PdfContents.keep("analysis-report-en.pdf", pdf);
        var text = PdfContents.of(pdf);
        assertTrue(text.contains("Customer satisfaction statistical analysis report 2026-Q3 v1"), text.text());
        assertTrue(text.contains("Main aspects of dissatisfaction"));
        assertTrue(text.contains("On-time delivery"));
        assertTrue(text.contains("Confirm delivery dates within a day"));
        assertTrue(text.contains(report.getSha256().substring(0, 16)));
    }

    @Test
    void theChineseReportPrintsInChinese_CS10() {
        byte[] pdf = AnalysisReportDocument.render(issued(), figures(), "zh_CN", ZONE);
        PdfContents.keep("analysis-report-zh.pdf", pdf);
        var text = PdfContents.of(pdf);
        assertTrue(text.contains("顾客满意度统计分析报告"), text.text());
        assertTrue(text.contains("交货及时性"));
        assertTrue(text.contains("主要不满意方面"));
    }

    @Test
    void theWorkbookHasOneSheetPerPart_CS10() throws Exception {
        byte[] xlsx = AnalysisReportWorkbook.render(issued(), figures(), "en", ZONE);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertTrue(book.getNumberOfSheets() == 6);
            assertTrue(book.getSheet("Trend")
                    .getRow(8)
                    .getCell(0)
                    .getStringCellValue()
                    .equals("2026-Q3"));
            assertTrue(book.getSheet("Dissatisfaction")
                    .getRow(1)
                    .getCell(1)
                    .getStringCellValue()
                    .equals("On-time delivery"));
        }
    }
}
