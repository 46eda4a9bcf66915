package com.qualitydesk.web.figures;

import com.qualitydesk.customer.ImportProblem;
import com.qualitydesk.figures.CapabilityStatus;
import com.qualitydesk.figures.Characteristic;
import com.qualitydesk.figures.Characteristics;
import com.qualitydesk.figures.ChartKind;
import com.qualitydesk.figures.ChartPoint;
import com.qualitydesk.figures.ControlLimits;
import com.qualitydesk.figures.MeasurementImport;
import com.qualitydesk.figures.ProcessCapability;
import com.qualitydesk.web.customer.ImportTexts;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.primefaces.event.FileUploadEvent;

/**
 * CS-09, Figures → Process capability: a characteristic's control chart, Cp/Cpk and Pp/Ppk over a
 * period, its points as a table, the import of its gauge's file and the creation of a
 * characteristic. "?characteristic=id" opens one.
 */
@Named
@ViewScoped
public class CapabilityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String GREEN = "#2e7d32";
    private static final String AMBER = "#e0a100";
    private static final String RED = "#c62828";
    private static final String BLUE = "#1f5fa8";

    @Inject
    Characteristics characteristics;

    @Inject
    MeasurementImport measurements;

    @Inject
    ProcessCapability capability;

    @Inject
    UserMessages messages;

    @Inject
    UserSession user;

    @Inject
    ExternalContext external;

    @Inject
    Clock clock;

    private Long characteristicId;
    private LocalDate from;
    private LocalDate to;
    private transient ProcessCapability.Capability shown;
    private List<ImportProblem> problems = List.of();
    private Characteristic editing;
    // the view asks for the list several times a request; it changes only when one is created here
    private List<Characteristic> all;

    @PostConstruct
    void init() {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        from = last.minusMonths(2).atDay(1);
        to = last.atEndOfMonth();
        String id = external.getRequestParameterMap().get("characteristic");
        if (id != null && id.matches("\\d{1,18}")) {
            characteristicId = Long.parseLong(id);
        } else {
            characteristicId =
                    getAll().stream().findFirst().map(Characteristic::getId).orElse(null);
        }
        show();
    }

    /** Reads the capability of the chosen characteristic over the chosen period. */
    public void show() {
        shown = null;
        if (characteristicId != null) {
            messages.attempt(() -> shown = capability.of(characteristicId, from, to), null);
        }
    }

    public void upload(FileUploadEvent event) {
        problems = List.of();
        if (characteristicId == null) {
            return;
        }
        var file = event.getFile();
        messages.attempt(
                () -> {
                    var report = measurements.importFile(characteristicId, file.getContent());
                    if (report.imported()) {
                        messages.info("measurements.stored", report.values(), report.subgroups(), file.getFileName());
                    } else {
                        problems = report.problems();
                        messages.error(
                                "measurements.refused",
                                report.problems().size(),
                                report.problems().stream()
                                        .mapToInt(ImportProblem::line)
                                        .distinct()
                                        .count());
                    }
                },
                null);
        show();
    }

    public String describe(ImportProblem problem) {
        return ImportTexts.describe(user.getLocale(), problem);
    }

    public void startNew() {
        editing = new Characteristic();
        editing.setSubgroupSize(5);
    }

    public void saveNew() {
        if (messages.attempt(() -> editing = characteristics.save(editing), "characteristic.saved")) {
            characteristicId = editing.getId();
            all = null;
            editing = null;
            org.primefaces.PrimeFaces.current().executeScript("PF('characteristicDialog').hide()");
            show();
        }
    }

    public List<Characteristic> getAll() {
        if (all == null) {
            all = characteristics.all();
        }
        return all;
    }

    public ProcessCapability.Capability getShown() {
        return shown;
    }

    public String statusClass() {
        return shown == null ? "" : "qd-capability-" + shown.status().name().toLowerCase(Locale.ROOT);
    }

    /** A number as the figures show it: four significant places without trailing zeros, "—" for none. */
    public String number(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "—";
        }
        var rounded = Math.abs(value) >= 100
                ? java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP)
                : new java.math.BigDecimal(value, new java.math.MathContext(4));
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** The chart of the subgroup means (or individuals) with its centre line and control limits. */
    public String getLocationChartJson() {
        if (shown == null || shown.study().points().isEmpty()) {
            return "";
        }
        var study = shown.study();
        var colours = Json.createArrayBuilder();
        for (ChartPoint p : study.points()) {
            colours.add(p.isOutOfControl() ? RED : BLUE);
        }
        String label = study.kind() == ChartKind.INDIVIDUALS_MOVING_RANGE
                ? messages.text("capability.chart.individuals")
                : messages.text("capability.chart.means");
        var datasets = Json.createArrayBuilder()
                .add(series(label, study.points(), ChartPoint::value, BLUE)
                        .add("pointBackgroundColor", colours)
                        .add("pointBorderColor", colours)
                        .add("pointRadius", 3));
        limits(datasets, study.location(), study.points().size());
        spec(datasets, study.points().size());
        return chart(datasets, label);
    }

    /** The chart of the ranges, standard deviations or moving ranges with its limits. */
    public String getSpreadChartJson() {
        if (shown == null || shown.study().points().isEmpty()) {
            return "";
        }
        var study = shown.study();
        String label = messages.text("capability.chart.spread." + study.kind().name());
        var datasets = Json.createArrayBuilder()
                .add(series(label, study.points(), p -> p.spread() == null ? Double.NaN : p.spread(), "#5b6b7f")
                        .add("pointRadius", 2));
        limits(datasets, study.spread(), study.points().size());
        return chart(datasets, label);
    }

    private String chart(JsonArrayBuilder datasets, String title) {
        var labels = Json.createArrayBuilder();
        for (ChartPoint p : shown.study().points()) {
            labels.add(p.subgroup());
        }
        return LineChart.json(title, labels, datasets);
    }

    private static JsonObjectBuilder series(
            String label, List<ChartPoint> points, ToDoubleFunction<ChartPoint> value, String colour) {
        var data = Json.createArrayBuilder();
        for (ChartPoint p : points) {
            double v = value.applyAsDouble(p);
            if (Double.isNaN(v)) {
                data.addNull();
            } else {
                data.add(v);
            }
        }
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("borderWidth", 1.5)
                .add("fill", false);
    }

    private void limits(JsonArrayBuilder datasets, ControlLimits limits, int points) {
        if (limits == null) {
            return;
        }
        datasets.add(line(messages.text("capability.ucl"), limits.upper(), points, RED, true));
        datasets.add(line(messages.text("capability.cl"), limits.center(), points, GREEN, false));
        datasets.add(line(messages.text("capability.lcl"), limits.lower(), points, RED, true));
    }

    private void spec(JsonArrayBuilder datasets, int points) {
        Characteristic c = shown.characteristic();
        if (c.getUpperLimit() != null) {
            datasets.add(line(messages.text("capability.usl"), c.getUpperLimit(), points, AMBER, false));
        }
        if (c.getLowerLimit() != null) {
            datasets.add(line(messages.text("capability.lsl"), c.getLowerLimit(), points, AMBER, false));
        }
    }

    private static JsonObjectBuilder line(String label, double value, int points, String colour, boolean dashed) {
        var data = Json.createArrayBuilder();
        for (int i = 0; i < points; i++) {
            data.add(value);
        }
        var line = Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("borderWidth", 1)
                .add("pointRadius", 0)
                .add("fill", false);
        if (dashed) {
            line.add("borderDash", Json.createArrayBuilder().add(6).add(4));
        }
        return line;
    }

    public String rules(ChartPoint point) {
        return point.brokenRules().isEmpty()
                ? ""
                : point.brokenRules().stream()
                        .sorted()
                        .map(String::valueOf)
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("");
    }

    public CapabilityStatus[] getStatuses() {
        return CapabilityStatus.values();
    }

    public Long getCharacteristicId() {
        return characteristicId;
    }

    public void setCharacteristicId(Long characteristicId) {
        this.characteristicId = characteristicId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }

    /** The browser refuses a larger file before sending it; the import refuses it anyway. */
    public int getMaxBytes() {
        return MeasurementImport.MAX_BYTES;
    }

    public Characteristic getEditing() {
        return editing;
    }
}
