package com.qualitydesk.analysis.document;

import com.qualitydesk.analysis.AnalysisReport;
import com.qualitydesk.analysis.ReportFigures;
import com.qualitydesk.document.DocumentFrame;
import com.qualitydesk.document.DocumentLayout;
import com.qualitydesk.document.DocumentTexts;
import com.qualitydesk.document.Field;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * CS-10, IM-01: the customer satisfaction statistical analysis report as printed, in English or
 * Chinese, rendered from what the report keeps (so an issued version prints as it was issued):
 * the trend against the objective, by item and by customer group, the Pareto of dissatisfaction,
 * the objectives, the monthly sheets, the previous report's improvements, SALES's conclusions and
 * the actions opened from it; the charts are drawn by {@link ReportCharts}.
 */
public final class AnalysisReportDocument {

    static final String BUNDLE = "com.qualitydesk.analysis.document.texts";

    private AnalysisReportDocument() {}

    public static byte[] render(AnalysisReport report, ReportFigures f, String language, ZoneId zone) {
        DocumentTexts t = DocumentTexts.of(BUNDLE, DocumentTexts.language(language));
        String lang = t.language().getLanguage();
        DocumentFrame frame = new DocumentFrame(
                t.text("document.letterhead"),
                t.text("report.title", report.reference()),
                "CS-10 " + report.reference(),
                t.text("document.page"));
        return DocumentLayout.render(frame, layout -> {
            var fields = new ArrayList<Field>();
            fields.add(new Field(t.text("field.campaign"), report.getCampaignName()));
            fields.add(new Field(
                    t.text("field.period"), t.date(report.getPeriodStart()) + " – " + t.date(report.getPeriodEnd())));
            fields.add(new Field(t.text("field.version"), String.valueOf(report.getReportVersion())));
            fields.add(new Field(
                    t.text("field.status"),
                    t.text("status." + report.getStatus().name())));
            if (report.getReason() != null) {
                fields.add(new Field(t.text("field.reason"), report.getReason()));
            }
            fields.add(new Field(
                    t.text("field.drafted"),
                    report.getDraftedBy() + " · " + time(t, report.getFiguresTakenAt(), zone)));
            if (report.isIssued()) {
                fields.add(new Field(
                        t.text("field.issued"), report.getIssuedBy() + " · " + time(t, report.getIssuedAt(), zone)));
                fields.add(new Field("SHA-256", report.getSha256()));
            } else {
                fields.add(new Field(t.text("field.issued"), t.text("status.notIssued")));
            }
            layout.fields(fields);

            // 1. the trend of the last eight quarters against the objective
            layout.heading(t.text("heading.trend"));
            var points = f.trend().stream()
                    .map(q -> new ReportCharts.Point(q.quarter(), q.index()))
                    .toList();
            layout.drawing(
                    layout.width(),
                    170f,
                    cb -> ReportCharts.barsAgainstObjective(
                            cb,
                            layout.width(),
                            170f,
                            points,
                            f.objective(),
                            t.text("chart.objective", number(t, f.objective()))));
            table(
                    layout,
                    t,
                    f.trend(),
                    null,
                    List.of("quarter", "campaign", "replies", "index", "satisfied", "coverage"),
                    new float[] {1.2f, 2.2f, 1f, 1.3f, 1.3f, 1.3f},
                    q -> List.of(
                            q.quarter(),
                            q.campaign(),
                            String.valueOf(q.replies()),
                            percent(t, q.index()),
                            percent(t, q.satisfiedPercent()),
                            percent(t, q.coverage())));

            // 2. by item: this quarter against the objective and the quarter before
            layout.heading(t.text("heading.items"));
            table(
                    layout,
                    t,
                    f.items(),
                    null,
                    List.of("item", "answers", "mean", "satisfied", "previous", "objective"),
                    new float[] {4f, 1f, 1f, 1.2f, 1.2f, 1.2f},
                    i -> List.of(
                            i.position() + ". " + i.text(lang),
                            String.valueOf(i.answers()),
                            i.mean() == null ? DocumentLayout.NOT_RECORDED : number(t, i.mean()),
                            percent(t, i.satisfiedPercent()),
                            percent(
                                    t,
                                    i.trend().size() > 1
                                            ? i.trend().get(i.trend().size() - 2)
                                            : null),
                            i.satisfiedPercent() == null
                                    ? DocumentLayout.NOT_RECORDED
                                    : t.text(
                                            i.satisfiedPercent() >= f.objective()
                                                    ? "objective.met"
                                                    : "objective.missed")));

            // 3. by customer group
            layout.heading(t.text("heading.groups"));
            table(
                    layout,
                    t,
                    f.groups(),
                    t.text("none"),
                    List.of("grouping", "group", "replies", "index", "previous"),
                    new float[] {1.4f, 3f, 1f, 1.2f, 1.2f},
                    g -> List.of(
                            t.text("group." + g.kind()),
                            g.name(),
                            String.valueOf(g.replies()),
                            percent(t, g.index()),
                            percent(t, g.previousIndex())));

            // 4. the main aspects of dissatisfaction
            layout.heading(t.text("heading.dissatisfaction"));
            if (f.dissatisfaction().isEmpty()) {
                layout.paragraph(t.text("dissatisfaction.none", number(t, f.objective())));
            } else {
                var bars = f.dissatisfaction().stream()
                        .map(a -> new ReportCharts.Point(
                                aspect(t, a, lang), a.count().doubleValue()))
                        .toList();
                var cumulative = f.dissatisfaction().stream()
                        .map(a -> a.cumulative().doubleValue())
                        .toList();
                layout.drawing(
                        layout.width(), 170f, cb -> ReportCharts.pareto(cb, layout.width(), 170f, bars, cumulative));
                table(
                        layout,
                        t,
                        f.dissatisfaction(),
                        null,
                        List.of("source", "aspect", "department", "count", "share", "cumulative"),
                        new float[] {1.2f, 3.6f, 1.3f, 0.9f, 1f, 1.1f},
                        a -> List.of(
                                t.text("source." + a.source()),
                                aspect(t, a, lang),
                                a.department() == null
                                        ? DocumentLayout.NOT_RECORDED
                                        : t.text("department." + a.department()),
                                a.count().toPlainString(),
                                a.share().toPlainString() + " %",
                                a.cumulative().toPlainString() + " %"));
                layout.note(t.text("dissatisfaction.note", number(t, f.objective())));
            }

            // 5. the performance indicators against their objectives
            layout.heading(t.text("heading.indicators"));
            boolean zh = "zh".equals(lang);
            table(
                    layout,
                    t,
                    f.indicators(),
                    t.text("none"),
                    List.of("indicator", "target", "measured", "status"),
                    new float[] {3.4f, 1.4f, 1.4f, 1.4f},
                    i -> {
                        String value = zh ? i.valueZh() : i.valueEn();
                        return List.of(
                                t.text("objective." + i.objective()),
                                zh ? i.targetZh() : i.targetEn(),
                                value == null ? t.text("indicator.NO_DATA") : value,
                                t.text("indicator." + i.status()));
                    });

            // 6. the operating status from the monthly figures
            layout.heading(t.text("heading.operating"));
            table(
                    layout,
                    t,
                    f.operating(),
                    t.text("operating.none"),
                    List.of("month", "department", "status"),
                    new float[] {1.2f, 2f, 3f},
                    m -> List.of(
                            m.month(),
                            t.text("department." + m.department()),
                            t.text("sheet." + m.status()) + (m.late() ? " · " + t.text("sheet.late") : "")));

            // 7. the improvements of the previous report
            layout.heading(t.text(
                    "heading.previousActions",
                    f.previousReport() == null ? DocumentLayout.NOT_RECORDED : f.previousReport()));
            actions(layout, t, f.previousActions());

            // 8. SALES's conclusions and the actions opened from this report
            layout.heading(t.text("heading.conclusions"));
            layout.paragraph(report.getConclusions() == null ? t.text("conclusions.none") : report.getConclusions());
            layout.heading(t.text("heading.actions"));
            actions(layout, t, f.actions());
            layout.note(t.text("note.frozen"));
        });
    }

    private static void actions(DocumentLayout layout, DocumentTexts t, List<ReportFigures.ActionState> actions) {
        table(
                layout,
                t,
                actions,
                t.text("none"),
                List.of("action", "description", "department", "due", "status"),
                new float[] {0.7f, 4f, 1.4f, 1.6f, 1.2f},
                a -> List.of(
                        "#" + a.id(),
                        a.description(),
                        t.text("department." + a.department()),
                        t.date(a.due()),
                        t.text("action." + a.status())));
    }

    /**
     * A table headed by the texts "column.KEY", one row per item; where there are no items, the
     * sentence given instead (or an empty table where none is given: a section that must show its
     * columns).
     */
    private static <T> void table(
            DocumentLayout layout,
            DocumentTexts t,
            List<T> items,
            String whenNone,
            List<String> columns,
            float[] widths,
            Function<T, List<String>> row) {
        if (items.isEmpty() && whenNone != null) {
            layout.paragraph(whenNone);
            return;
        }
        layout.table(
                columns.stream().map(c -> t.text("column." + c)).toList(),
                widths,
                items.stream().map(row).toList());
    }

    /** An aspect's name in the document's language: an item's text, a cause's name, or "other". */
    static String aspect(DocumentTexts t, ReportFigures.Aspect a, String language) {
        return switch (a.source()) {
            case "COMPLAINT" -> t.text("cause." + a.labelEn());
            case "OTHER" -> t.text("aspect.other");
            default -> a.label(language);
        };
    }

    static String percent(DocumentTexts t, Double value) {
        return value == null ? DocumentLayout.NOT_RECORDED : number(t, value) + " %";
    }

    static String number(DocumentTexts t, double value) {
        NumberFormat format = NumberFormat.getNumberInstance(t.language());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    static String time(DocumentTexts t, Instant moment, ZoneId zone) {
        return moment == null
                ? DocumentLayout.NOT_RECORDED
                : DateTimeFormatter.ofPattern(t.text("time.pattern"), t.language())
                        .format(moment.atZone(zone));
    }
}
