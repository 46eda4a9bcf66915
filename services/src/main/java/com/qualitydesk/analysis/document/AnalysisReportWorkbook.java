package com.qualitydesk.analysis.document;

import com.qualitydesk.analysis.AnalysisReport;
import com.qualitydesk.analysis.ReportFigures;
import com.qualitydesk.document.DocumentTexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * CS-10: the report's figures as an Excel workbook, for whoever works on with them: one sheet per
 * part of the report, in the reader's language, numbers as numbers.
 */
public final class AnalysisReportWorkbook {

    private AnalysisReportWorkbook() {}

    public static byte[] render(AnalysisReport report, ReportFigures f, String language, ZoneId zone) {
        DocumentTexts t = DocumentTexts.of(AnalysisReportDocument.BUNDLE, DocumentTexts.language(language));
        String lang = t.language().getLanguage();
        try (var book = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet summary = book.createSheet(t.text("sheet.report"));
            put(summary, 0, bold, t.text("report.title", report.reference()));
            put(summary, 1, null, t.text("field.campaign"), report.getCampaignName());
            put(summary, 2, null, t.text("field.version"), report.getReportVersion());
            put(
                    summary,
                    3,
                    null,
                    t.text("field.status"),
                    t.text("status." + report.getStatus().name()));
            put(summary, 4, null, t.text("field.issued"), AnalysisReportDocument.time(t, report.getIssuedAt(), zone));
            put(summary, 5, null, "SHA-256", report.getSha256() == null ? "" : report.getSha256());
            put(
                    summary,
                    6,
                    null,
                    t.text("heading.conclusions"),
                    report.getConclusions() == null ? "" : report.getConclusions());

            Sheet trend = book.createSheet(t.text("sheet.trend"));
            put(
                    trend,
                    0,
                    bold,
                    t.text("column.quarter"),
                    t.text("column.campaign"),
                    t.text("column.replies"),
                    t.text("column.index"),
                    t.text("column.satisfied"),
                    t.text("column.coverage"),
                    t.text("column.objective"));
            int r = 1;
            for (var q : f.trend()) {
                put(
                        trend,
                        r++,
                        null,
                        q.quarter(),
                        q.campaign(),
                        q.replies(),
                        q.index(),
                        q.satisfiedPercent(),
                        q.coverage(),
                        f.objective());
            }

            Sheet items = book.createSheet(t.text("sheet.items"));
            put(
                    items,
                    0,
                    bold,
                    t.text("column.item"),
                    t.text("column.answers"),
                    t.text("column.mean"),
                    t.text("column.satisfied"));
            r = 1;
            for (var i : f.items()) {
                put(items, r++, null, i.position() + ". " + i.text(lang), i.answers(), i.mean(), i.satisfiedPercent());
            }

            Sheet groups = book.createSheet(t.text("sheet.groups"));
            put(
                    groups,
                    0,
                    bold,
                    t.text("column.grouping"),
                    t.text("column.group"),
                    t.text("column.replies"),
                    t.text("column.index"),
                    t.text("column.previous"));
            r = 1;
            for (var g : f.groups()) {
                put(
                        groups,
                        r++,
                        null,
                        t.text("group." + g.kind()),
                        g.name(),
                        g.replies(),
                        g.index(),
                        g.previousIndex());
            }

            Sheet pareto = book.createSheet(t.text("sheet.dissatisfaction"));
            put(
                    pareto,
                    0,
                    bold,
                    t.text("column.source"),
                    t.text("column.aspect"),
                    t.text("column.department"),
                    t.text("column.count"),
                    t.text("column.share"),
                    t.text("column.cumulative"));
            r = 1;
            for (var a : f.dissatisfaction()) {
                put(
                        pareto,
                        r++,
                        null,
                        t.text("source." + a.source()),
                        AnalysisReportDocument.aspect(t, a, lang),
                        a.department() == null ? "" : t.text("department." + a.department()),
                        a.count().doubleValue(),
                        a.share().doubleValue(),
                        a.cumulative().doubleValue());
            }

            Sheet actions = book.createSheet(t.text("sheet.actions"));
            put(
                    actions,
                    0,
                    bold,
                    t.text("column.report"),
                    t.text("column.action"),
                    t.text("column.description"),
                    t.text("column.department"),
                    t.text("column.due"),
                    t.text("column.status"));
            r = 1;
            r = actionRows(actions, r, t, f.previousReport(), f.previousActions());
            actionRows(actions, r, t, report.reference(), f.actions());

            for (Sheet s : List.of(summary, trend, items, groups, pareto, actions)) {
                s.setColumnWidth(0, 14 * 256);
                s.setColumnWidth(1, 40 * 256);
                for (int c = 2; c < 7; c++) {
                    s.setColumnWidth(c, 14 * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int actionRows(
            Sheet sheet, int from, DocumentTexts t, String report, List<ReportFigures.ActionState> actions) {
        int r = from;
        for (var a : actions) {
            put(
                    sheet,
                    r++,
                    null,
                    report == null ? "" : report,
                    "#" + a.id(),
                    a.description(),
                    t.text("department." + a.department()),
                    t.date(a.due()),
                    t.text("action." + a.status()));
        }
        return r;
    }

    private static void put(Sheet sheet, int rowIndex, CellStyle style, Object... values) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < values.length; c++) {
            var cell = row.createCell(c);
            Object v = values[c];
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v != null) {
                cell.setCellValue(v.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
