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
            var trend = new ArrayList<List<String>>();
            for (var q : f.trend()) {
                trend.add(List.of(
                        q.quarter(),
                        q.campaign(),
                        String.valueOf(q.replies()),
                        percent(t, q.index()),
                        percent(t, q.satisfiedPercent()),
                        percent(t, q.coverage())));
            }
            layout.table(
                    List.of(
                            t.text("column.quarter"),
                            t.text("column.campaign"),
                            t.text("column.replies"),
                            t.text("column.index"),
                            t.text("column.satisfied"),
                            t.text("column.coverage")),
                    new float[] {1.2f, 2.2f, 1f, 1.3f, 1.3f, 1.3f},
                    trend);

            // 2. by item: this quarter against the objective and the quarter before
            layout.heading(t.text("heading.items"));
            var items = new ArrayList<List<String>>();
            for (var i : f.items()) {
                Double before = i.trend().size() > 1 ? i.trend().get(i.trend().size() - 2) : null;
                items.add(List.of(
                        i.position() + ". " + i.text(lang),
                        String.valueOf(i.answers()),
                        i.mean() == null ? DocumentLayout.NOT_RECORDED : number(t, i.mean()),
                        percent(t, i.satisfiedPercent()),
                        percent(t, before),
                        i.satisfiedPercent() == null
                                ? DocumentLayout.NOT_RECORDED
                                : t.text(
                                        i.satisfiedPercent() >= f.objective() ? "objective.met" : "objective.missed")));
            }
            layout.table(
                    List.of(
                            t.text("column.item"),
                            t.text("column.answers"),
                            t.text("column.mean"),
                            t.text("column.satisfied"),
                            t.text("column.previous"),
                            t.text("column.objective")),
                    new float[] {4f, 1f, 1f, 1.2f, 1.2f, 1.2f},
                    items);

            // 3. by customer group
            layout.heading(t.text("heading.groups"));
            var groups = new ArrayList<List<String>>();
            for (var g : f.groups()) {
                groups.add(List.of(
                        t.text("group." + g.kind()),
                        g.name(),
                        String.valueOf(g.replies()),
                        percent(t, g.index()),
                        percent(t, g.previousIndex())));
            }
            if (groups.isEmpty()) {
                layout.paragraph(t.text("none"));
            } else {
                layout.table(
                        List.of(
                                t.text("column.grouping"),
                                t.text("column.group"),
                                t.text("column.replies"),
                                t.text("column.index"),
                                t.text("column.previous")),
                        new float[] {1.4f, 3f, 1f, 1.2f, 1.2f},
                        groups);
            }

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
                var rows = new ArrayList<List<String>>();
                for (var a : f.dissatisfaction()) {
                    rows.add(List.of(
                            t.text("source." + a.source()),
                            aspect(t, a, lang),
                            a.department() == null
                                    ? DocumentLayout.NOT_RECORDED
                                    : t.text("department." + a.department()),
                            a.count().toPlainString(),
                            a.share().toPlainString() + " %",
                            a.cumulative().toPlainString() + " %"));
                }
                layout.table(
                        List.of(
                                t.text("column.source"),
                                t.text("column.aspect"),
                                t.text("column.department"),
                                t.text("column.count"),
                                t.text("column.share"),
                                t.text("column.cumulative")),
                        new float[] {1.2f, 3.6f, 1.3f, 0.9f, 1f, 1.1f},
                        rows);
                layout.note(t.text("dissatisfaction.note", number(t, f.objective())));
            }

            // 5. the performance indicators against their objectives
            layout.heading(t.text("heading.indicators"));
            if (f.indicators().isEmpty()) {
                layout.paragraph(t.text("none"));
            } else {
                var rows = new ArrayList<List<String>>();
                for (var i : f.indicators()) {
                    boolean zh = "zh".equals(lang);
                    String value = zh ? i.valueZh() : i.valueEn();
                    rows.add(List.of(
                            t.text("objective." + i.objective()),
                            zh ? i.targetZh() : i.targetEn(),
                            value == null ? t.text("indicator.NO_DATA") : value,
                            t.text("indicator." + i.status())));
                }
                layout.table(
                        List.of(
                                t.text("column.indicator"),
                                t.text("column.target"),
                                t.text("column.measured"),
                                t.text("column.status")),
                        new float[] {3.4f, 1.4f, 1.4f, 1.4f},
                        rows);
            }

            // 6. the operating status from the monthly figures
            layout.heading(t.text("heading.operating"));
            if (f.operating().isEmpty()) {
                layout.paragraph(t.text("operating.none"));
            } else {
                var rows = new ArrayList<List<String>>();
                for (var s : f.operating()) {
                    rows.add(List.of(
                            s.month(),
                            t.text("department." + s.department()),
                            t.text("sheet." + s.status()) + (s.late() ? " · " + t.text("sheet.late") : "")));
                }
                layout.table(
                        List.of(t.text("column.month"), t.text("column.department"), t.text("column.status")),
                        new float[] {1.2f, 2f, 3f},
                        rows);
            }

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
        if (actions.isEmpty()) {
            layout.paragraph(t.text("none"));
            return;
        }
        var rows = new ArrayList<List<String>>();
        for (var a : actions) {
            rows.add(List.of(
                    "#" + a.id(),
                    a.description(),
                    t.text("department." + a.department()),
                    t.date(a.due()),
                    t.text("action." + a.status())));
        }
        layout.table(
                List.of(
                        t.text("column.action"),
                        t.text("column.description"),
                        t.text("column.department"),
                        t.text("column.due"),
                        t.text("column.status")),
                new float[] {0.7f, 4f, 1.4f, 1.6f, 1.2f},
                rows);
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
