package com.qualitydesk.web.figures;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * A Chart.js line chart as p:chart takes it: the figures' pages draw their control charts and
 * trends alike, without animation (a page redrawn by AJAX would replay it) and filling the height
 * the page gives the chart.
 */
public final class LineChart {

    private LineChart() {}

    public static String json(String title, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options(title))
                .build()
                .toString();
    }

    /** What every chart of the figures' pages shares: no animation, the page's height, a title. */
    public static JsonObjectBuilder options(String title) {
        return Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add(
                                        "title",
                                        Json.createObjectBuilder()
                                                .add("display", true)
                                                .add("text", title)));
    }
}
