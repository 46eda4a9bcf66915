package com.qualitydesk.web.figures;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * A Pareto chart as p:chart takes it (Chart.js): the counts as bars, largest first, and their
 * running share as a line on a 0–100 % axis of its own, without animation like the figures'
 * other charts.
 */
public final class ParetoChart {

    private ParetoChart() {}

    public static String json(
            String title,
            JsonArrayBuilder labels,
            String countLabel,
            JsonArrayBuilder counts,
            String cumulativeLabel,
            JsonArrayBuilder cumulative) {
        JsonObjectBuilder bars = Json.createObjectBuilder()
                .add("type", "bar")
                .add("label", countLabel)
                .add("data", counts)
                .add("backgroundColor", "#5b7db1")
                .add("yAxisID", "y")
                .add("order", 2);
        JsonObjectBuilder line = Json.createObjectBuilder()
                .add("type", "line")
                .add("label", cumulativeLabel)
                .add("data", cumulative)
                .add("borderColor", "#c62828")
                .add("backgroundColor", "#c62828")
                .add("yAxisID", "share")
                .add("order", 1);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder().add(bars).add(line)))
                .add(
                        "options",
                        LineChart.options(title)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))
                                                .add(
                                                        "share",
                                                        Json.createObjectBuilder()
                                                                .add("position", "right")
                                                                .add("min", 0)
                                                                .add("max", 100)
                                                                .add(
                                                                        "grid",
                                                                        Json.createObjectBuilder()
                                                                                .add("drawOnChartArea", false)))))
                .build()
                .toString();
    }
}
