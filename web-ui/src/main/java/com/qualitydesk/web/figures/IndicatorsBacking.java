package com.qualitydesk.web.figures;

import com.qualitydesk.figures.IndicatorStatus;
import com.qualitydesk.figures.MonthlySheets;
import com.qualitydesk.figures.ObjectiveTarget;
import com.qualitydesk.figures.PolicyStatement;
import com.qualitydesk.figures.QualityIndicators;
import com.qualitydesk.figures.QualityIndicators.Indicator;
import com.qualitydesk.figures.QualityIndicators.Reading;
import com.qualitydesk.figures.QualityIndicators.RecordBehind;
import com.qualitydesk.figures.QualityObjective;
import com.qualitydesk.figures.QualityPolicy;
import com.qualitydesk.security.Department;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * CS-11, IM-04, Figures → Quality objectives: the policy, every objective against its figure for
 * the month, the quarter and the year with its light, the chosen objective's trend with the
 * objective line (and as a table), and the records behind the month's figure.
 * "?month=2026-10&objective=PASS_RATE" opens one.
 */
@Named
@ViewScoped
public class IndicatorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QualityIndicators indicators;

    @Inject
    PolicyStatement policies;

    @Inject
    MonthlySheets sheets;

    @Inject
    IndicatorTexts texts;

    @Inject
    UserMessages messages;

    @Inject
    UserSession user;

    @Inject
    ExternalContext external;

    @Inject
    Clock clock;

    private String monthText;
    private QualityObjective objective = QualityObjective.PASS_RATE;
    private transient List<Indicator> rows;
    private transient List<Reading> trend;
    private transient List<RecordBehind> behind;
    private String policyEn;
    private String policyZh;
    private long policyVersion;

    @PostConstruct
    void init() {
        monthText = YearMonth.now(clock).minusMonths(1).toString();
        var params = external.getRequestParameterMap();
        String month = params.get("month");
        if (month != null && getMonths().contains(month)) {
            monthText = month;
        }
        String chosen = params.get("objective");
        if (chosen != null) {
            for (QualityObjective o : QualityObjective.values()) {
                if (o.name().equals(chosen)) {
                    objective = o;
                }
            }
        }
        load();
    }

    /** Reads the month's figures and the chosen objective's trend and records. */
    public void load() {
        YearMonth month = getMonth();
        rows = indicators.of(month);
        trend = indicators.trend(objective, month);
        behind = indicators.behind(objective, month);
    }

    public void choose(QualityObjective chosen) {
        objective = chosen;
        YearMonth month = getMonth();
        trend = indicators.trend(objective, month);
        behind = indicators.behind(objective, month);
    }

    public YearMonth getMonth() {
        try {
            return YearMonth.parse(monthText);
        } catch (DateTimeParseException e) {
            return YearMonth.now(clock).minusMonths(1);
        }
    }

    public List<String> getMonths() {
        YearMonth now = YearMonth.now(clock);
        return IntStream.rangeClosed(0, 35)
                .mapToObj(i -> now.minusMonths(i).toString())
                .toList();
    }

    public String getMonthText() {
        return monthText;
    }

    public void setMonthText(String monthText) {
        this.monthText = monthText;
    }

    public List<Indicator> getRows() {
        return rows;
    }

    public List<Reading> getTrend() {
        return trend;
    }

    public List<RecordBehind> getBehind() {
        return behind;
    }

    public QualityObjective getObjective() {
        return objective;
    }

    public String value(Reading reading) {
        return texts.value(reading.target().objective(), reading.value());
    }

    public String target(ObjectiveTarget target) {
        return texts.target(target);
    }

    public String statusClass(IndicatorStatus status) {
        return IndicatorTexts.statusClass(status);
    }

    public String period(Reading reading) {
        return texts.period(reading);
    }

    /** Where a record behind a figure opens. */
    public String link(RecordBehind row) {
        String root = external.getRequestContextPath();
        return switch (row.kind()) {
            case "FEEDBACK" -> root + "/feedback/case.xhtml?id=" + row.id();
            case "CAMPAIGN" -> root + "/survey/campaign.xhtml?id=" + row.id();
            case "CHARACTERISTIC" -> root + "/figures/capability.xhtml?characteristic=" + row.id();
            case "RETURN" -> root + "/aftersales/returns.xhtml?id=" + row.id();
            default -> root + "/figures/indicators.xhtml";
        };
    }

    /** The screen that lists what the pass rate and the call-back share are counted from. */
    public String sourceScreen() {
        String root = external.getRequestContextPath();
        return switch (objective) {
            case PASS_RATE -> root + "/figures/sheets.xhtml?department=QUALITY&month=" + monthText;
            case CALL_BACK_SHARE -> root + "/aftersales/call-backs.xhtml";
            default -> null;
        };
    }

    /** The trend as a Chart.js line: the figure and the objective's line. */
    public String getTrendChartJson() {
        var labels = Json.createArrayBuilder();
        var values = Json.createArrayBuilder();
        var targets = Json.createArrayBuilder();
        var colours = Json.createArrayBuilder();
        for (Reading r : trend) {
            labels.add(texts.period(r));
            if (r.value() == null) {
                values.addNull();
            } else {
                values.add(Math.round(r.value() * 100) / 100.0);
            }
            targets.add(r.target().target());
            colours.add(IndicatorTexts.colour(r.status()));
        }
        var datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", messages.text("objective." + objective.name()))
                        .add("data", values)
                        .add("borderColor", "#1f5fa8")
                        .add("pointBackgroundColor", colours)
                        .add("pointBorderColor", colours)
                        .add("pointRadius", 5)
                        .add("spanGaps", true)
                        .add("fill", false))
                .add(Json.createObjectBuilder()
                        .add("label", messages.text("indicators.objectiveLine"))
                        .add("data", targets)
                        .add("borderColor", "#c62828")
                        .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                        .add("borderWidth", 1.5)
                        .add("pointRadius", 0)
                        .add("fill", false));
        return LineChart.json(
                messages.text(objective.byQuarter() ? "indicators.trend.quarters" : "indicators.trend.months"),
                labels,
                datasets);
    }

    // the policy

    public String getPolicyText() {
        return policies.current().text(user.getLanguage());
    }

    public boolean isMayReword() {
        return user.departments().contains(Department.GENERAL_MANAGER)
                || user.departments().contains(Department.ADMIN);
    }

    public void startReword() {
        QualityPolicy p = policies.current();
        policyEn = p.getTextEn();
        policyZh = p.getTextZh();
        policyVersion = p.getVersion();
    }

    public void reword() {
        messages.attempt(() -> policies.reword(policyEn, policyZh, policyVersion), "qualityPolicy.saved");
    }

    public String getPolicyEn() {
        return policyEn;
    }

    public void setPolicyEn(String policyEn) {
        this.policyEn = policyEn;
    }

    public String getPolicyZh() {
        return policyZh;
    }

    public void setPolicyZh(String policyZh) {
        this.policyZh = policyZh;
    }

    // ---- the company's monthly figures

    public StreamedContent getCompanyPdfEnglish() {
        return companyPdf("en");
    }

    public StreamedContent getCompanyPdfChinese() {
        return companyPdf("zh_CN");
    }

    private StreamedContent companyPdf(String language) {
        YearMonth month = getMonth();
        return DefaultStreamedContent.builder()
                .name("monthly-figures-" + month + "-" + language + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new java.io.ByteArrayInputStream(sheets.companyPdf(month, language)))
                .build();
    }
}
