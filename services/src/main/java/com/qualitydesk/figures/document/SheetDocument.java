package com.qualitydesk.figures.document;

import com.qualitydesk.document.DocumentFrame;
import com.qualitydesk.document.DocumentLayout;
import com.qualitydesk.document.DocumentTexts;
import com.qualitydesk.document.Field;
import com.qualitydesk.figures.DefectPareto;
import com.qualitydesk.figures.MonthlySheet;
import com.qualitydesk.figures.SheetFigure;
import com.qualitydesk.figures.SheetTargets;
import com.qualitydesk.figures.SheetValue;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CS-09: a department's monthly operating sheet as the printed record SALES files, in English or
 * Chinese, in the house style of {@link DocumentLayout}: the sheet's state and who submitted and
 * accepted it, the company's figures with their source, the figures per product family, the
 * capability per characteristic with its light, the pass rate against its objective, the remark.
 */
public final class SheetDocument {

    static final String BUNDLE = "com.qualitydesk.figures.document.documents";

    private SheetDocument() {}

    public static byte[] render(MonthlySheet sheet, SheetTargets targets, String language, ZoneId zone) {
        DocumentTexts texts = DocumentTexts.of(BUNDLE, DocumentTexts.language(language));
        String department = texts.text("department." + sheet.getDepartment().name());
        String month = sheet.getMonth().toString();
        DocumentFrame frame = new DocumentFrame(
                texts.text("document.letterhead"),
                texts.text("sheet.title", department, month),
                sheet.getDepartment().name() + " " + month,
                texts.text("document.page"));
        return DocumentLayout.render(frame, layout -> {
            body(layout, sheet, targets, texts, zone, "");
            layout.note(texts.text("sheet.note.sources"));
        });
    }

    /**
     * The sheet's part of a document: its state, the company's figures, the families, the pass
     * rate against its objective and the Pareto of failed lots, the capability, the remark. The
     * company's monthly document puts the department's name before each heading.
     */
    static void body(
            DocumentLayout layout,
            MonthlySheet sheet,
            SheetTargets targets,
            DocumentTexts texts,
            ZoneId zone,
            String headingPrefix) {
        Locale locale = texts.language();
        String department = texts.text("department." + sheet.getDepartment().name());
        String month = sheet.getMonth().toString();
        layout.fields(List.of(
                new Field(texts.text("sheet.field.department"), department),
                new Field(texts.text("sheet.field.month"), month),
                new Field(texts.text("sheet.field.status"), status(sheet, texts)),
                new Field(texts.text("sheet.field.due"), time(texts, sheet.getDueAt(), zone)),
                new Field(
                        texts.text("sheet.field.submitted"),
                        sheet.getSubmittedAt() == null
                                ? null
                                : sheet.getSubmittedBy() + " · " + time(texts, sheet.getSubmittedAt(), zone)),
                new Field(
                        texts.text("sheet.field.accepted"),
                        sheet.getAcceptedAt() == null
                                ? null
                                : sheet.getAcceptedBy() + " · " + time(texts, sheet.getAcceptedAt(), zone))));

        List<SheetFigure> figures = SheetFigure.of(sheet.getDepartment());
        var company = new ArrayList<List<String>>();
        for (SheetFigure figure : figures) {
            company.add(List.of(
                    texts.text("figure." + figure.name()),
                    number(sheet.valueOf(figure), figure, locale, texts),
                    texts.text("unit." + figure.unit().name()),
                    source(sheet, figure, texts)));
        }
        layout.heading(headingPrefix + texts.text("sheet.heading.company"));
        layout.table(
                List.of(
                        texts.text("sheet.column.figure"),
                        texts.text("sheet.column.value"),
                        texts.text("sheet.column.unit"),
                        texts.text("sheet.column.source")),
                new float[] {4f, 2f, 1.2f, 1.8f},
                company);

        List<SheetFigure> perFamily = figures.stream()
                .filter(f -> f.breakdown() == SheetFigure.Breakdown.PRODUCT_FAMILY)
                .toList();
        if (!perFamily.isEmpty() && !sheet.families().isEmpty()) {
            var headers = new ArrayList<String>();
            headers.add(texts.text("sheet.column.family"));
            perFamily.forEach(f -> headers.add(texts.text("figure." + f.name())));
            float[] widths = new float[headers.size()];
            java.util.Arrays.fill(widths, 1.5f);
            widths[0] = 2.5f;
            var rows = new ArrayList<List<String>>();
            for (String family : sheet.families()) {
                var row = new ArrayList<String>();
                row.add(family.isEmpty() ? texts.text("sheet.family.none") : family);
                perFamily.forEach(f -> {
                    String value = number(sheet.valueOf(f, family), f, locale, texts);
                    // the table has no unit column: a rate says it is one
                    row.add(f.isRate() && sheet.valueOf(f, family).isPresent() ? value + " %" : value);
                });
                rows.add(row);
            }
            layout.heading(headingPrefix + texts.text("sheet.heading.families"));
            layout.table(headers, widths, rows);
        }

        if (sheet.getDepartment() == com.qualitydesk.figures.SheetDepartment.QUALITY) {
            Optional<BigDecimal> rate = sheet.valueOf(SheetFigure.QUALITY_PASS_RATE);
            layout.paragraph(
                    rate.isEmpty()
                            ? texts.text("sheet.objective.noData", plain(targets.passRateObjective(), locale))
                            : texts.text(
                                    targets.meetsObjective(rate.get())
                                            ? "sheet.objective.met"
                                            : "sheet.objective.missed",
                                    plain(rate.get(), locale),
                                    plain(targets.passRateObjective(), locale)));
            defects(layout, sheet.defects(), texts, locale, headingPrefix);
        }

        if (sheet.getDepartment() == com.qualitydesk.figures.SheetDepartment.PRODUCTION) {
            Map<String, BigDecimal[]> byCharacteristic = new LinkedHashMap<>();
            for (SheetValue v : sheet.getValues()) {
                if (v.getFigure().breakdown() == SheetFigure.Breakdown.CHARACTERISTIC) {
                    var pair = byCharacteristic.computeIfAbsent(v.getCharacteristic(), c -> new BigDecimal[2]);
                    pair[v.getFigure() == SheetFigure.PRODUCTION_CP ? 0 : 1] = v.getValue();
                }
            }
            var rows = new ArrayList<List<String>>();
            byCharacteristic.forEach((characteristic, pair) -> rows.add(List.of(
                    characteristic,
                    pair[0] == null ? texts.text("sheet.noData") : plain(pair[0], locale),
                    pair[1] == null ? texts.text("sheet.noData") : plain(pair[1], locale),
                    texts.text("capability." + targets.capability(pair[1]).name()))));
            layout.heading(headingPrefix + texts.text("sheet.heading.capability"));
            if (rows.isEmpty()) {
                layout.paragraph(texts.text("sheet.capability.none"));
            } else {
                layout.table(
                        List.of(
                                texts.text("sheet.column.characteristic"),
                                "Cp",
                                "Cpk",
                                texts.text("sheet.column.capability")),
                        new float[] {5f, 1.2f, 1.2f, 2f},
                        rows);
                layout.note(texts.text(
                        "sheet.capability.thresholds",
                        plain(BigDecimal.valueOf(targets.cpkCapable()), locale),
                        plain(BigDecimal.valueOf(targets.cpkMarginal()), locale)));
            }
        }

        layout.heading(headingPrefix + texts.text("sheet.heading.remark"));
        layout.paragraph(DocumentLayout.orNotRecorded(sheet.getRemark()));
    }

    /** CS-09: the failed lots by main defect, largest first, with their shares: the Pareto as a table. */
    private static void defects(
            DocumentLayout layout, DefectPareto pareto, DocumentTexts texts, Locale locale, String headingPrefix) {
        layout.heading(headingPrefix + texts.text("sheet.heading.defects"));
        if (pareto.isEmpty()) {
            layout.paragraph(texts.text("sheet.defects.none"));
            return;
        }
        var rows = new ArrayList<List<String>>();
        for (DefectPareto.Bar bar : pareto.bars()) {
            rows.add(List.of(
                    bar.isNotNamed() ? texts.text("sheet.defect.notNamed") : bar.defect(),
                    plain(bar.lots(), locale),
                    plain(bar.share(), locale) + " %",
                    plain(bar.cumulative(), locale) + " %"));
        }
        layout.table(
                List.of(
                        texts.text("sheet.column.defect"),
                        texts.text("sheet.column.failedLots"),
                        texts.text("sheet.column.share"),
                        texts.text("sheet.column.cumulative")),
                new float[] {4f, 1.5f, 1.5f, 1.8f},
                rows);
    }

    private static String status(MonthlySheet sheet, DocumentTexts texts) {
        String status = texts.text("status." + sheet.getStatus().name());
        if (sheet.getSubmittedAt() == null) {
            return status;
        }
        return status + " · " + texts.text(sheet.isSubmittedLate() ? "sheet.late" : "sheet.onTime");
    }

    /** Where the company's value came from: the records, entered, imported or corrected; a rate is computed. */
    private static String source(MonthlySheet sheet, SheetFigure figure, DocumentTexts texts) {
        if (figure.isRate()) {
            return texts.text("source.COMPUTED");
        }
        return sheet.getValues().stream()
                .filter(v -> v.getFigure() == figure)
                .map(v -> texts.text("source." + v.getSource().name()))
                .distinct()
                .reduce((a, b) -> a + ", " + b)
                .orElse(DocumentLayout.NOT_RECORDED);
    }

    private static String number(Optional<BigDecimal> value, SheetFigure figure, Locale locale, DocumentTexts texts) {
        if (value.isEmpty()) {
            return figure.isRate() || figure.unit() == SheetFigure.Unit.INDEX
                    ? texts.text("sheet.noData")
                    : DocumentLayout.NOT_RECORDED;
        }
        BigDecimal v = value.get();
        if (figure.unit() == SheetFigure.Unit.CNY) {
            NumberFormat amounts = NumberFormat.getNumberInstance(locale);
            amounts.setMinimumFractionDigits(2);
            amounts.setMaximumFractionDigits(2);
            return amounts.format(v);
        }
        return plain(v, locale);
    }

    private static String plain(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(4);
        return format.format(value.stripTrailingZeros());
    }

    private static String time(DocumentTexts texts, Instant moment, ZoneId zone) {
        return moment == null
                ? null
                : DateTimeFormatter.ofPattern(texts.text("time.pattern"), texts.language())
                        .format(moment.atZone(zone));
    }
}
