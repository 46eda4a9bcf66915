package com.qualitydesk.review.document;

import com.qualitydesk.document.DocumentTexts;
import com.qualitydesk.review.ManagementReview;
import com.qualitydesk.review.ReviewPack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * IM-03: the frozen review pack as an Excel workbook, one sheet per §9.3.2 input, headed by the
 * review, its state and the SHA-256 of the frozen content, so the figures can be worked with and
 * traced back to the pack they came from.
 */
public final class ReviewPackWorkbook {

    private ReviewPackWorkbook() {}

    public static byte[] render(ManagementReview review, ReviewPack pack, String language, ZoneId zone) {
        DocumentTexts texts = DocumentTexts.of(ReviewPackDocument.BUNDLE, DocumentTexts.language(language));
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int number = 1;
            for (ReviewPack.Section section : pack.sections()) {
                String name = WorkbookUtil.createSafeSheetName(
                        number++ + " " + texts.text("input." + section.input().name()));
                Sheet sheet = workbook.createSheet(name);
                int r = 0;
                line(sheet, r++, List.of(texts.text("pack.title", String.valueOf(review.getYear()))), bold);
                line(
                        sheet,
                        r++,
                        List.of(section.input().clause(), texts.text("field.hash"), review.getPackHash()),
                        null);
                r++;
                line(
                        sheet,
                        r++,
                        section.columns().stream()
                                .map(c -> ReviewPackDocument.shown(texts, c))
                                .toList(),
                        bold);
                for (List<String> row : section.rows()) {
                    line(
                            sheet,
                            r++,
                            row.stream()
                                    .map(c -> ReviewPackDocument.shown(texts, c))
                                    .toList(),
                            null);
                }
                for (int c = 0; c < section.columns().size(); c++) {
                    sheet.setColumnWidth(c, c == 1 ? 60 * 256 : 24 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Sheet sheet, int index, List<String> cells, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellValue(cells.get(c));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
