package com.qualitydesk.analysis;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * CS-10: what the system puts in an analysis report, taken when SALES drafts it and kept with the
 * report as JSON, so that the screen, the PDF and the workbook of a version all show the same
 * figures, and an issued version shows them as they were issued. Both languages' texts are kept,
 * so each department reads it in its own.
 *
 * @param objective the satisfaction objective in percent (CS-10, a procedure parameter)
 * @param trend the closed campaigns of the last eight quarters up to this one, oldest first
 * @param items this campaign's questionnaire items, each with its share of satisfied answers over
 *     the quarters of the trend
 * @param groups this campaign's customer groups (industry, product family) beside the previous
 * @param dissatisfaction the main aspects of dissatisfaction as a Pareto, largest first
 * @param indicators the quality objectives of the quarter against their targets (IM-04)
 * @param operating the departments' monthly sheets of the quarter (CS-09)
 * @param previousActions the improvement actions opened from the previous quarter's report
 * @param actions the actions opened from this report, as they stood when it was issued
 */
public record ReportFigures(
        String campaign,
        LocalDate periodStart,
        LocalDate periodEnd,
        double objective,
        List<Quarter> trend,
        List<Item> items,
        List<Group> groups,
        List<Aspect> dissatisfaction,
        List<Indicator> indicators,
        List<SheetState> operating,
        String previousReport,
        List<ActionState> previousActions,
        List<ActionState> actions) {

    /** A closed campaign's figures in the trend; null where nothing could be computed. */
    public record Quarter(
            String quarter, String campaign, long replies, Double index, Double satisfiedPercent, double coverage) {}

    /** An item of the questionnaire: this quarter's figures, and its satisfied share along the trend. */
    public record Item(
            int position,
            String textEn,
            String textZh,
            String category,
            int answers,
            Double mean,
            Double satisfiedPercent,
            List<Double> trend) {

        public String text(String language) {
            return language != null && language.startsWith("zh") && textZh != null ? textZh : textEn;
        }
    }

    /** A customer group (INDUSTRY or FAMILY) this quarter and the quarter before. */
    public record Group(String kind, String name, long replies, Double index, Double previousIndex) {}

    /**
     * A bar of the dissatisfaction Pareto: an ITEM below the objective (its answers not satisfied),
     * a COMPLAINT cause of the quarter's feedback (its cases), or OTHER for the rest; with the
     * department that improves it (IM-02).
     */
    public record Aspect(
            String source,
            String labelEn,
            String labelZh,
            String department,
            BigDecimal count,
            BigDecimal share,
            BigDecimal cumulative) {

        public String label(String language) {
            return language != null && language.startsWith("zh") && labelZh != null ? labelZh : labelEn;
        }
    }

    /** A quality objective over the quarter: target and measured value as printed, and its light. */
    public record Indicator(
            String objective, String targetEn, String targetZh, String valueEn, String valueZh, String status) {}

    /** A department's monthly sheet of a month of the quarter. */
    public record SheetState(String month, String department, String status, boolean late) {}

    /** An improvement action and how far it is. */
    public record ActionState(long id, String description, String department, LocalDate due, String status) {}

    /** The figures with the actions opened from the report as they stand now. */
    public ReportFigures withActions(List<ActionState> now) {
        return new ReportFigures(
                campaign,
                periodStart,
                periodEnd,
                objective,
                trend,
                items,
                groups,
                dissatisfaction,
                indicators,
                operating,
                previousReport,
                previousActions,
                new ArrayList<>(now));
    }

    /** The quarter's own figures: the last of the trend. */
    public Quarter current() {
        return trend.isEmpty() ? null : trend.get(trend.size() - 1);
    }

    public String toJson() {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(this);
        } catch (Exception e) {
            throw new IllegalStateException("The report's figures could not be written", e);
        }
    }

    public static ReportFigures fromJson(String json) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, ReportFigures.class);
        } catch (Exception e) {
            throw new IllegalStateException("The report's figures could not be read", e);
        }
    }
}
