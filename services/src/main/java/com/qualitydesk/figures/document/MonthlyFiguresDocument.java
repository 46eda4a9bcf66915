package com.qualitydesk.figures.document;

import com.qualitydesk.document.DocumentFrame;
import com.qualitydesk.document.DocumentLayout;
import com.qualitydesk.document.DocumentTexts;
import com.qualitydesk.figures.IndicatorFormat;
import com.qualitydesk.figures.MonthlySheet;
import com.qualitydesk.figures.QualityIndicators;
import com.qualitydesk.figures.SheetDepartment;
import com.qualitydesk.figures.SheetTargets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CS-09, CS-11, IM-04: the company's monthly figures as one printed record for the general
 * manager and the management review, in English or Chinese: which department's sheet is in, the
 * quality objectives against their measured values, then each department's sheet as its own
 * document prints it.
 */
public final class MonthlyFiguresDocument {

    private MonthlyFiguresDocument() {}

    public static byte[] render(
            YearMonth month,
            Map<SheetDepartment, MonthlySheet> sheets,
            List<QualityIndicators.Indicator> indicators,
            SheetTargets targets,
            String language,
            ZoneId zone) {
        DocumentTexts texts = DocumentTexts.of(SheetDocument.BUNDLE, DocumentTexts.language(language));
        DocumentFrame frame = new DocumentFrame(
                texts.text("document.letterhead"),
                texts.text("company.title", month.toString()),
                "COMPANY " + month,
                texts.text("document.page"));
        return DocumentLayout.render(frame, layout -> {
            var overview = new ArrayList<List<String>>();
            for (SheetDepartment department : SheetDepartment.values()) {
                MonthlySheet sheet = sheets.get(department);
                overview.add(List.of(
                        texts.text("department." + department.name()),
                        texts.text("status."
                                + (sheet == null
                                        ? "NOT_STARTED"
                                        : sheet.getStatus().name())),
                        sheet == null || sheet.getSubmittedAt() == null
                                ? DocumentLayout.NOT_RECORDED
                                : sheet.getSubmittedBy() + " · " + time(texts, sheet.getSubmittedAt(), zone)
                                        + (sheet.isSubmittedLate() ? " · " + texts.text("sheet.late") : ""),
                        sheet == null || sheet.getAcceptedAt() == null
                                ? DocumentLayout.NOT_RECORDED
                                : sheet.getAcceptedBy() + " · " + time(texts, sheet.getAcceptedAt(), zone)));
            }
            layout.heading(texts.text("company.heading.overview"));
            layout.table(
                    List.of(
                            texts.text("company.column.department"),
                            texts.text("company.column.status"),
                            texts.text("company.column.submitted"),
                            texts.text("company.column.accepted")),
                    new float[] {1.6f, 1.4f, 3f, 3f},
                    overview);

            var objectives = new ArrayList<List<String>>();
            for (QualityIndicators.Indicator indicator : indicators) {
                QualityIndicators.Reading reading =
                        indicator.objective().byQuarter() ? indicator.quarter() : indicator.month();
                objectives.add(List.of(
                        texts.text("objective." + indicator.objective().name()),
                        IndicatorFormat.target(reading.target(), texts.language()),
                        reading.value() == null
                                ? texts.text("indicator.NO_DATA")
                                : IndicatorFormat.value(indicator.objective(), reading.value(), texts.language()),
                        texts.text("indicator." + reading.status().name()),
                        reading.range().months() == 1
                                ? reading.range().first().toString()
                                : reading.range().first() + " … "
                                        + reading.range().last()));
            }
            layout.heading(texts.text("company.heading.objectives"));
            layout.table(
                    List.of(
                            texts.text("company.column.objective"),
                            texts.text("company.column.target"),
                            texts.text("company.column.measured"),
                            texts.text("company.column.status"),
                            texts.text("company.column.period")),
                    new float[] {3.6f, 1.3f, 1.4f, 1.4f, 2f},
                    objectives);

            for (SheetDepartment department : SheetDepartment.values()) {
                String prefix = texts.text("department." + department.name()) + " · ";
                MonthlySheet sheet = sheets.get(department);
                if (sheet == null) {
                    layout.heading(prefix + texts.text("sheet.heading.company"));
                    layout.paragraph(texts.text("company.notStarted"));
                } else {
                    layout.heading(
                            texts.text("sheet.title", texts.text("department." + department.name()), month.toString()));
                    SheetDocument.body(layout, sheet, targets, texts, zone, prefix);
                }
            }
            layout.note(texts.text("company.note"));
            layout.note(texts.text("sheet.note.sources"));
        });
    }

    private static String time(DocumentTexts texts, Instant moment, ZoneId zone) {
        return DateTimeFormatter.ofPattern(texts.text("time.pattern"), texts.language())
                .format(moment.atZone(zone));
    }
}
