package com.qualitydesk.analysis;

import com.qualitydesk.action.ActionKind;
import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.action.CorrectiveActions;
import com.qualitydesk.action.NewAction;
import com.qualitydesk.analysis.document.AnalysisReportDocument;
import com.qualitydesk.analysis.document.AnalysisReportWorkbook;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.survey.SurveyCampaign;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * CS-10, IM-01: the customer satisfaction statistical analysis report. SALES drafts a closed
 * campaign's report (the system takes the figures), writes the conclusions, opens improvement
 * actions at the responsible departments from it and issues it: issued, it is frozen, every
 * department gets it in its inbox, and a correction is a new version. The departments and the
 * general manager read it. Every change is audited in its transaction.
 */
@Stateless
@RolesAllowed({
    Role.SALES,
    Role.QUALITY,
    Role.TECHNICAL,
    Role.PRODUCTION,
    Role.FINANCE,
    Role.OFFICE,
    Role.GENERAL_MANAGER,
    Role.ADMIN
})
public class AnalysisReports {

    /** The departments an issued report goes to: everyone who improves something (IM-02) and the general manager. */
    public static final Set<Department> RECIPIENTS = EnumSet.of(
            Department.SALES,
            Department.QUALITY,
            Department.TECHNICAL,
            Department.PRODUCTION,
            Department.FINANCE,
            Department.OFFICE,
            Department.GENERAL_MANAGER);

    /** Time a department gets for an improvement from the report unless SALES says otherwise. */
    static final int ACTION_DAYS = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    ClosedCampaigns closed;

    @Inject
    ReportDrafting drafting;

    @Inject
    CorrectiveActions actions;

    @Inject
    Tasks tasks;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    /** The reports, a page at a time, filtered by year and state, latest quarter first. */
    public Page<AnalysisReport> page(Integer year, ReportStatus status, @NotNull PageRequest request) {
        return FilteredQuery.of(em, AnalysisReport.class)
                .where((cb, root) -> year == null ? cb.conjunction() : cb.equal(root.get("reportYear"), year))
                .where((cb, root) -> status == null ? cb.conjunction() : cb.equal(root.get("status"), status))
                .defaultSort("periodEnd")
                .page(
                        request.sortField() == null
                                ? new PageRequest(
                                        request.first(), request.size(), "periodEnd", false, request.filters())
                                : request);
    }

    /** The years that have a report, latest first, for the list's filter. */
    public List<Integer> years() {
        return em.createQuery(
                        "select distinct r.reportYear from AnalysisReport r order by r.reportYear desc", Integer.class)
                .getResultList();
    }

    public AnalysisReport find(long id) {
        AnalysisReport report = em.find(AnalysisReport.class, id);
        if (report == null) {
            throw new RuleViolation("analysis.report.unknown");
        }
        return report;
    }

    /** The figures the report shows, as the system took them. */
    public ReportFigures figures(long id) {
        return ReportFigures.fromJson(find(id).getFigures());
    }

    /** Every version of the campaign's report, the first first. */
    public List<AnalysisReport> versions(long campaignId) {
        return em.createQuery(
                        "select r from AnalysisReport r where r.campaignId = :c order by r.reportVersion",
                        AnalysisReport.class)
                .setParameter("c", campaignId)
                .getResultList();
    }

    /** IM-01: the actions opened from the campaign's report (any version), as they stand now. */
    public List<ReportFigures.ActionState> actions(long id) {
        return drafting.actionsOf(find(id).getCampaignId());
    }

    /** The closed quarterly campaigns that have no report yet: what SALES may draft. */
    @RolesAllowed(Role.SALES)
    public List<SurveyCampaign> campaignsWithoutReport() {
        return closed.all().stream().filter(c -> versions(c.getId()).isEmpty()).toList();
    }

    /** SALES drafts the report of a closed campaign; the system takes the figures now. */
    @RolesAllowed(Role.SALES)
    public AnalysisReport draft(long campaignId) {
        SurveyCampaign campaign = em.find(SurveyCampaign.class, campaignId);
        if (campaign == null) {
            throw new RuleViolation("survey.campaign.unknown");
        }
        if (closed.figuresOf(campaign).isEmpty()) {
            throw new RuleViolation("analysis.report.campaignNotClosed", campaign.getName());
        }
        if (!versions(campaignId).isEmpty()) {
            // a correction of an issued report is its next version, a draft is continued
            throw new RuleViolation("analysis.report.exists", campaign.getName());
        }
        Instant now = clock.instant();
        var report = AnalysisReport.draft(
                campaign.getId(),
                campaign.getName(),
                campaign.getPeriodStart(),
                campaign.getPeriodEnd(),
                drafting.figures(campaign, zone()).toJson(),
                user.name(),
                now);
        em.persist(report);
        em.flush();
        audit.created(report);
        return report;
    }

    /** The figures taken anew while a draft: replies entered late, master data corrected. */
    @RolesAllowed(Role.SALES)
    public AnalysisReport refresh(long id, long version) {
        AnalysisReport report = current(id, version);
        report.requireDraft();
        var before = report.auditSnapshot();
        SurveyCampaign campaign = em.find(SurveyCampaign.class, report.getCampaignId());
        report.takeFigures(drafting.figures(campaign, zone()).toJson(), clock.instant());
        em.flush();
        audit.changed(report, before);
        return report;
    }

    /** SALES's conclusions, while a draft; an issued report refuses them. */
    @RolesAllowed(Role.SALES)
    public AnalysisReport writeConclusions(long id, long version, String conclusions) {
        AnalysisReport report = current(id, version);
        var before = report.auditSnapshot();
        report.writeConclusions(conclusions);
        em.flush();
        audit.changed(report, before);
        return report;
    }

    /**
     * Issues the draft: frozen from now on, with the actions opened from it as they stand, and an
     * inbox item for each department, which is done when the department has opened it.
     */
    @RolesAllowed(Role.SALES)
    public AnalysisReport issue(long id, long version) {
        AnalysisReport report = current(id, version);
        report.requireDraft();
        var before = report.auditSnapshot();
        Instant now = clock.instant();
        report.takeFigures(
                ReportFigures.fromJson(report.getFigures())
                        .withActions(drafting.actionsOf(report.getCampaignId()))
                        .toJson(),
                report.getFiguresTakenAt());
        report.issue(user.name(), now);
        em.flush();
        audit.changed(report, before);
        for (Department department : RECIPIENTS) {
            var task = new Task(
                    TaskKind.ANALYSIS_REPORT,
                    department,
                    null,
                    null,
                    null,
                    report.reference(),
                    report.getCampaignName(),
                    now,
                    null);
            task.setRecordId(report.getId());
            tasks.open(task);
        }
        return report;
    }

    /**
     * A correction of an issued report: its next version, a draft with the figures taken now and
     * the reason; the issued version stays issued and unchanged.
     */
    @RolesAllowed(Role.SALES)
    public AnalysisReport newVersion(long id, String reason) {
        AnalysisReport issued = find(id);
        List<AnalysisReport> all = versions(issued.getCampaignId());
        AnalysisReport latest = all.get(all.size() - 1);
        if (!latest.isIssued()) {
            throw new RuleViolation("analysis.report.draftExists", latest.getReportVersion());
        }
        if (latest.getReportVersion() != issued.getReportVersion()) {
            throw new RuleViolation("analysis.report.notLatest", latest.getReportVersion());
        }
        SurveyCampaign campaign = em.find(SurveyCampaign.class, issued.getCampaignId());
        var next =
                issued.nextVersion(reason, drafting.figures(campaign, zone()).toJson(), user.name(), clock.instant());
        em.persist(next);
        em.flush();
        audit.created(next);
        audit.event(issued, "NEW_VERSION", next.reference() + ": " + next.getReason());
        return next;
    }

    /**
     * IM-01: SALES opens an improvement at the responsible department from the report, in the one
     * action register; the department completes it on the action's page and QUALITY verifies it.
     */
    @RolesAllowed(Role.SALES)
    public CorrectiveAction openAction(long id, @NotNull ReportAction order) {
        AnalysisReport report = find(id);
        if (order.description() == null || order.description().isBlank()) {
            throw new RuleViolation("analysis.action.description.required");
        }
        if (order.department() == null) {
            throw new RuleViolation("analysis.action.department.required");
        }
        String text = order.description().strip();
        CorrectiveAction action = actions.open(new NewAction(
                ActionSource.ANALYSIS_REPORT,
                report.getId(),
                "CS-10 " + report.reference(),
                ActionKind.IMPROVEMENT,
                text.length() > 1990 ? text.substring(0, 1990) : text,
                order.department(),
                null,
                order.dueDate() == null ? LocalDate.now(clock).plusDays(ACTION_DAYS) : order.dueDate()));
        audit.event(
                report,
                "ACTION_OPENED",
                "#" + action.getId() + " " + order.department().name());
        return action;
    }

    /** The caller's departments have opened the issued report: their inbox items are done. */
    public void acknowledge(long id) {
        Set<Department> mine = user.departments();
        if (mine.isEmpty()) {
            return;
        }
        em.createQuery(
                        "select t from Task t where t.kind = :kind and t.recordId = :id and t.doneAt is null"
                                + " and t.department in :deps",
                        Task.class)
                .setParameter("kind", TaskKind.ANALYSIS_REPORT)
                .setParameter("id", id)
                .setParameter("deps", mine)
                .getResultList()
                .forEach(t -> {
                    t.setDoneAt(clock.instant());
                    t.setDoneBy(user.name());
                });
    }

    /** The inbox items an issued report sent. */
    public List<Task> tasksOf(long id) {
        return em.createQuery(
                        "select t from Task t where t.kind = :kind and t.recordId = :id order by t.department",
                        Task.class)
                .setParameter("kind", TaskKind.ANALYSIS_REPORT)
                .setParameter("id", id)
                .getResultList();
    }

    /** The report as a PDF in English or Chinese, rendered from what it keeps, charts included. */
    public byte[] pdf(long id, String language) {
        AnalysisReport report = find(id);
        return AnalysisReportDocument.render(report, ReportFigures.fromJson(report.getFigures()), language, zone());
    }

    /** The report's figures as an Excel workbook, one sheet per part. */
    public byte[] excel(long id, String language) {
        AnalysisReport report = find(id);
        return AnalysisReportWorkbook.render(report, ReportFigures.fromJson(report.getFigures()), language, zone());
    }

    private AnalysisReport current(long id, long version) {
        AnalysisReport report = find(id);
        if (report.getVersion() != version) {
            throw new OptimisticLockException(report);
        }
        return report;
    }

    private ZoneId zone() {
        return calendars.current().zone();
    }
}
