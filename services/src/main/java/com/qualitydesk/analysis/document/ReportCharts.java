package com.qualitydesk.analysis.document;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfContentByte;
import com.qualitydesk.document.PdfFonts;
import java.awt.Color;
import java.util.List;

/**
 * CS-10: the report's charts, drawn as vectors with OpenPDF's own graphics, so they print sharp,
 * need no chart library on the server and set their labels in the document's font (Chinese too).
 * Values are in percent on a 0–100 axis.
 */
final class ReportCharts {

    static final Color BAR = new Color(0x5b, 0x7d, 0xb1);
    static final Color LINE = new Color(0xc6, 0x28, 0x28);
    static final Color OBJECTIVE = new Color(0x2e, 0x7d, 0x32);
    static final Color GRID = new Color(0xdd, 0xe2, 0xe8);

    private static final float LEFT = 30f;
    private static final float RIGHT = 30f;
    private static final float BOTTOM = 38f;
    private static final float TOP = 16f;

    /** One bar or point: its label under the axis and its value; null values are left out. */
    record Point(String label, Double value) {}

    private ReportCharts() {}

    /**
     * Bars of the values with a dashed objective line across, e.g. the satisfaction index of
     * each quarter against the objective; each bar shows its value.
     */
    static void barsAgainstObjective(
            PdfContentByte cb, float width, float height, List<Point> points, double objective, String objectiveLabel) {
        float plotW = width - LEFT - RIGHT;
        float plotH = height - BOTTOM - TOP;
        axes(cb, width, height, false);
        int n = Math.max(points.size(), 1);
        float slot = plotW / n;
        float barW = Math.min(slot * 0.6f, 40f);
        for (int k = 0; k < points.size(); k++) {
            Point p = points.get(k);
            float x = LEFT + slot * k + (slot - barW) / 2;
            if (p.value() != null) {
                float h = (float) (plotH * clamp(p.value()) / 100.0);
                cb.setColorFill(p.value() >= objective ? BAR : LINE);
                cb.rectangle(x, BOTTOM, barW, h);
                cb.fill();
                text(cb, format(p.value()), x + barW / 2, BOTTOM + h + 2, 6.5f, PdfFonts.TEXT, 0);
            }
            label(cb, p.label(), x + barW / 2, slot);
        }
        float y = (float) (BOTTOM + plotH * clamp(objective) / 100.0);
        cb.setColorStroke(OBJECTIVE);
        cb.setLineWidth(1f);
        cb.setLineDash(4f, 2f, 0f);
        cb.moveTo(LEFT, y);
        cb.lineTo(LEFT + plotW, y);
        cb.stroke();
        // the legend under the labels: the dashed line is the objective, red bars are below it
        cb.moveTo(LEFT, 4f);
        cb.lineTo(LEFT + 14, 4f);
        cb.stroke();
        cb.setLineDash(0f);
        text(cb, objectiveLabel, LEFT + 18, 2f, 6.5f, OBJECTIVE, -1);
    }

    /** A Pareto: counts as bars, largest first, and their running share as a line on a 0–100 % axis. */
    static void pareto(PdfContentByte cb, float width, float height, List<Point> counts, List<Double> cumulative) {
        float plotW = width - LEFT - RIGHT;
        float plotH = height - BOTTOM - TOP;
        axes(cb, width, height, true);
        double max = counts.stream()
                .map(Point::value)
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(1);
        int n = Math.max(counts.size(), 1);
        float slot = plotW / n;
        float barW = Math.min(slot * 0.7f, 46f);
        float previousX = -1;
        float previousY = -1;
        for (int k = 0; k < counts.size(); k++) {
            Point p = counts.get(k);
            float x = LEFT + slot * k + (slot - barW) / 2;
            float h = (float) (plotH * (p.value() == null ? 0 : p.value()) / max);
            cb.setColorFill(BAR);
            cb.rectangle(x, BOTTOM, barW, h);
            cb.fill();
            text(cb, format0(p.value()), x + barW / 2, BOTTOM + h + 2, 6.5f, PdfFonts.TEXT, 0);
            label(cb, p.label(), x + barW / 2, slot);
            float cx = x + barW / 2;
            float cy = (float) (BOTTOM + plotH * clamp(cumulative.get(k)) / 100.0);
            cb.setColorStroke(LINE);
            cb.setLineWidth(1.2f);
            if (previousX >= 0) {
                cb.moveTo(previousX, previousY);
                cb.lineTo(cx, cy);
                cb.stroke();
            }
            cb.setColorFill(LINE);
            cb.circle(cx, cy, 1.8f);
            cb.fill();
            previousX = cx;
            previousY = cy;
        }
        text(cb, "0", LEFT - 3, BOTTOM - 2, 6f, PdfFonts.MUTED, 1);
        text(cb, format0(max), LEFT - 3, BOTTOM + plotH - 2, 6f, PdfFonts.MUTED, 1);
    }

    private static void axes(PdfContentByte cb, float width, float height, boolean shareOnRight) {
        float plotW = width - LEFT - RIGHT;
        float plotH = height - BOTTOM - TOP;
        cb.setLineWidth(0.4f);
        for (int pct = 0; pct <= 100; pct += 25) {
            float y = BOTTOM + plotH * pct / 100f;
            cb.setColorStroke(GRID);
            cb.moveTo(LEFT, y);
            cb.lineTo(LEFT + plotW, y);
            cb.stroke();
            if (shareOnRight) {
                text(cb, pct + " %", LEFT + plotW + 3, y - 2, 6f, PdfFonts.MUTED, -1);
            } else {
                text(cb, pct + " %", LEFT - 3, y - 2, 6f, PdfFonts.MUTED, 1);
            }
        }
        cb.setColorStroke(PdfFonts.MUTED);
        cb.setLineWidth(0.6f);
        cb.moveTo(LEFT, BOTTOM);
        cb.lineTo(LEFT + plotW, BOTTOM);
        cb.stroke();
    }

    /** A label under its bar, shortened to what fits two lines of the slot. */
    private static void label(PdfContentByte cb, String label, float centre, float slot) {
        if (label == null) {
            return;
        }
        float size = 6.5f;
        float room = slot - 4;
        String first = fit(label, room, size);
        text(cb, first, centre, BOTTOM - 9, size, PdfFonts.TEXT, 0);
        if (first.length() < label.length()) {
            String rest = label.substring(first.length()).strip();
            String second = fit(rest, room, size);
            if (second.length() < rest.length() && second.length() > 1) {
                second = second.substring(0, second.length() - 1) + "…";
            }
            text(cb, second, centre, BOTTOM - 17, size, PdfFonts.TEXT, 0);
        }
    }

    private static String fit(String text, float room, float size) {
        int end = text.length();
        while (end > 1 && PdfFonts.base().getWidthPoint(text.substring(0, end), size) > room) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Text at a point: align 0 centred, 1 ending there, -1 starting there. */
    private static void text(PdfContentByte cb, String text, float x, float y, float size, Color color, int align) {
        cb.beginText();
        cb.setFontAndSize(PdfFonts.base(), size);
        cb.setColorFill(color);
        int alignment = align == 0 ? Element.ALIGN_CENTER : align > 0 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
        cb.showTextAligned(alignment, text, x, y, 0);
        cb.endText();
    }

    private static double clamp(double percent) {
        return Math.max(0, Math.min(100, percent));
    }

    private static String format(Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private static String format0(Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.0f", value);
    }
}
