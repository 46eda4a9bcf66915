package com.qualitydesk.web.analysis;

import com.qualitydesk.analysis.AnalysisReport;
import com.qualitydesk.analysis.AnalysisReports;
import com.qualitydesk.analysis.AnalysisStep;
import com.qualitydesk.analysis.ReportAction;
import com.qualitydesk.analysis.ReportFigures;
import com.qualitydesk.security.Department;
import com.qualitydesk.web.figures.LineChart;
import com.qualitydesk.web.figures.ParetoChart;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * analysis/report.xhtml (CS-10, IM-01): one version of the analysis report. SALES sees the figures
 * the system took, takes them anew while a draft, writes the conclusions, opens improvement actions
 * at the responsible departments, issues it and makes a new version of an issued one; everyone
 * who receives it reads it and downloads the PDF (English, Chinese) and the workbook. Opening an
 * issued report finishes the reader's inbox item. The rules are the services'.
 */
@Named
@ViewScoped
public class AnalysisReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "analysis.report.conclusions.tooLong", "reportForm:conclusions",
            "analysis.report.reason.required", "versionForm:reason",
            "analysis.report.reason.tooLong", "versionForm:reason",
            "analysis.action.description.required", "actionForm:description",
            "analysis.action.department.required", "actionForm:department",
            "action.due.past", "actionForm:due");

    @Inject
    AnalysisReports reports;

    @Inject
    UserSession user;

    @Inject
    UserMessages messages;

    @Inject
    ExternalContext external;

    private Long id;
    private transient AnalysisReport report;
    private transient ReportFigures figures;
    private transient List<ReportFigures.ActionState> actions;
    private transient List<AnalysisReport> versions;

    private String conclusions;
    private String reason;
    private String actionDescription;
    private Department actionDepartment;
    private LocalDate actionDue;

    @PostConstruct
    void init() {
        String parameter = external.getRequestParameterMap().get("id");
        try {
            id = parameter == null ? null : Long.valueOf(parameter.strip());
        } catch (NumberFormatException e) {
            id = null;
        }
        load();
        if (report != null) {
            conclusions = report.getConclusions();
            if (report.isIssued()) {
                messages.attempt(() -> reports.acknowledge(id), null);
            }
        }
    }

    private void load() {
        report = null;
        if (id == null) {
            return;
        }
        messages.attempt(
                () -> {
                    report = reports.find(id);
                    figures = ReportFigures.fromJson(report.getFigures());
                    actions = reports.actions(id);
                    versions = reports.versions(report.getCampaignId());
                },
                null);
    }

    // ---- the steps of SALES

    public void saveConclusions() {
        if (messages.attempt(
                () -> reports.writeConclusions(id, report.getVersion(), conclusions),
                "analysis.conclusions.saved",
                FIELDS::get)) {
            load();
        }
    }

    public void refresh() {
        if (messages.attempt(() -> reports.refresh(id, report.getVersion()), "analysis.refreshed")) {
            load();
        }
    }

    /**
     * Issues with the conclusions as typed: they are saved first, then the report is frozen. Read
     * again either way: the conclusions may be saved although the issue was refused.
     */
    public void issue() {
        messages.attempt(
                () -> {
                    var written = reports.writeConclusions(id, report.getVersion(), conclusions);
                    reports.issue(id, written.getVersion());
                },
                "analysis.issued.done",
                FIELDS::get);
        load();
    }

    public void newVersion() throws IOException {
        AnalysisReport[] next = new AnalysisReport[1];
        if (messages.attempt(() -> next[0] = reports.newVersion(id, reason), null, FIELDS::get)) {
            external.getFlash().setKeepMessages(true);
            messages.info("analysis.newVersion.made", next[0].getReportVersion());
            external.redirect(external.getRequestContextPath() + "/analysis/report.xhtml?id=" + next[0].getId());
        }
    }

    /** Prepares the dialog for an aspect of the Pareto: its name and the department IM-02 names. */
    public void prepareAction(ReportFigures.Aspect aspect) {
        actionDescription = aspect == null ? null : aspectText(aspect);
        actionDepartment =
                aspect == null || aspect.department() == null ? null : Department.valueOf(aspect.department());
        actionDue = null;
    }

    public void openAction() {
        if (messages.attempt(
                () -> reports.openAction(id, new ReportAction(actionDescription, actionDepartment, actionDue)),
                "analysis.action.opened",
                FIELDS::get)) {
            actionDescription = null;
            actionDepartment = null;
            actionDue = null;
            load();
        }
    }

    // ---- what the page shows

    public AnalysisReport getReport() {
        return report;
    }

    public ReportFigures getFigures() {
        return figures;
    }

    public List<ReportFigures.ActionState> getActions() {
        return actions;
    }

    public List<AnalysisReport> getVersions() {
        return versions;
    }

    public boolean isMayWrite() {
        return report != null && !report.isIssued() && AnalysisStep.WRITE.allows(user.departments());
    }

    public boolean isMayOpenAction() {
        return report != null && AnalysisStep.WRITE.allows(user.departments());
    }

    public boolean isMayMakeVersion() {
        return report != null
                && report.isIssued()
                && AnalysisStep.WRITE.allows(user.departments())
                && versions.get(versions.size() - 1).getId().equals(report.getId());
    }

    public List<Department> getDepartments() {
        return List.of(
                Department.SALES,
                Department.QUALITY,
                Department.TECHNICAL,
                Department.PRODUCTION,
                Department.FINANCE,
                Department.OFFICE);
    }

    /** An aspect's name in the reader's language. */
    public String aspectText(ReportFigures.Aspect a) {
        return switch (a.source()) {
            case "COMPLAINT" -> messages.text("feedback.category." + a.labelEn());
            case "OTHER" -> messages.text("analysis.aspect.other");
            default -> a.label(user.getLanguage());
        };
    }

    public String itemText(ReportFigures.Item i) {
        return i.text(user.getLanguage());
    }

    /** The item's satisfied share in the quarter before, if surveyed then. */
    public Double previous(ReportFigures.Item i) {
        return i.trend().size() > 1 ? i.trend().get(i.trend().size() - 2) : null;
    }

    public String percent(Double value) {
        return value == null ? "—" : String.format(user.getLocale(), "%.1f %%", value);
    }

    /** The satisfaction index of the eight quarters as a line, with the objective dashed across. */
    public String getTrendChartJson() {
        var labels = Json.createArrayBuilder();
        var values = Json.createArrayBuilder();
        var objective = Json.createArrayBuilder();
        for (var q : figures.trend()) {
            labels.add(q.quarter());
            if (q.index() == null) {
                values.addNull();
            } else {
                values.add(Math.round(q.index() * 10) / 10.0);
            }
            objective.add(figures.objective());
        }
        var datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", messages.text("analysis.trend.index"))
                        .add("data", values)
                        .add("borderColor", "#1f5fa8")
                        .add("pointRadius", 4)
                        .add("spanGaps", true)
                        .add("fill", false))
                .add(Json.createObjectBuilder()
                        .add("label", messages.text("analysis.trend.objective"))
                        .add("data", objective)
                        .add("borderColor", "#2e7d32")
                        .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                        .add("borderWidth", 1.5)
                        .add("pointRadius", 0)
                        .add("fill", false));
        return LineChart.json(messages.text("analysis.trend.title"), labels, datasets);
    }

    /** The main aspects of dissatisfaction as a Pareto. */
    public String getParetoChartJson() {
        var labels = Json.createArrayBuilder();
        var counts = Json.createArrayBuilder();
        var cumulative = Json.createArrayBuilder();
        for (var a : figures.dissatisfaction()) {
            String text = aspectText(a);
            labels.add(text.length() > 24 ? text.substring(0, 23) + "…" : text);
            counts.add(a.count());
            cumulative.add(a.cumulative());
        }
        return ParetoChart.json(
                messages.text("analysis.pareto.title"),
                labels,
                messages.text("analysis.pareto.count"),
                counts,
                messages.text("analysis.pareto.cumulative"),
                cumulative);
    }

    // ---- the files

    public StreamedContent getPdfEnglish() {
        return pdf("en");
    }

    public StreamedContent getPdfChinese() {
        return pdf("zh_CN");
    }

    private StreamedContent pdf(String language) {
        String name = "analysis-report-" + report.reference().replace(' ', '-') + "-" + language + ".pdf";
        long reportId = id;
        return DefaultStreamedContent.builder().name(name).contentType("application/pdf").stream(
                        () -> new ByteArrayInputStream(reports.pdf(reportId, language)))
                .build();
    }

    public StreamedContent getExcel() {
        String name = "analysis-report-" + report.reference().replace(' ', '-') + ".xlsx";
        long reportId = id;
        String language = user.getLanguage();
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(reports.excel(reportId, language)))
                .build();
    }

    // ---- form fields

    public String getConclusions() {
        return conclusions;
    }

    public void setConclusions(String conclusions) {
        this.conclusions = conclusions;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public Department getActionDepartment() {
        return actionDepartment;
    }

    public void setActionDepartment(Department actionDepartment) {
        this.actionDepartment = actionDepartment;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }
}
