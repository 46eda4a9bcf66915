package com.qualitydesk.web.analysis;

import com.qualitydesk.analysis.AnalysisReport;
import com.qualitydesk.analysis.AnalysisReports;
import com.qualitydesk.analysis.AnalysisStep;
import com.qualitydesk.analysis.ReportStatus;
import com.qualitydesk.survey.SurveyCampaign;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * analysis/reports.xhtml (CS-10): the analysis reports, a page at a time, filtered by year and
 * state; SALES drafts the report of a closed campaign from here. Everyone else who receives the
 * reports reads them.
 */
@Named
@ViewScoped
public class AnalysisReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AnalysisReports reports;

    @Inject
    UserSession user;

    @Inject
    UserMessages messages;

    @Inject
    ExternalContext external;

    private EntityLazyModel<AnalysisReport> model;
    private Integer year;
    private ReportStatus status;
    private Long campaignId;
    private transient List<SurveyCampaign> campaigns;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(request -> reports.page(year, status, request));
    }

    public EntityLazyModel<AnalysisReport> getModel() {
        return model;
    }

    public List<Integer> getYears() {
        return reports.years();
    }

    public ReportStatus[] getStatuses() {
        return ReportStatus.values();
    }

    public boolean isMayWrite() {
        return AnalysisStep.WRITE.allows(user.departments());
    }

    /** The closed campaigns without a report, for SALES to draft one. */
    public List<SurveyCampaign> getCampaigns() {
        if (!isMayWrite()) {
            return List.of();
        }
        if (campaigns == null) {
            campaigns = reports.campaignsWithoutReport();
        }
        return campaigns;
    }

    /** Drafts the chosen campaign's report and opens it. */
    public void draft() throws IOException {
        if (campaignId == null) {
            messages.error("analysis.draft.campaign.required");
            return;
        }
        long chosen = campaignId;
        AnalysisReport[] drafted = new AnalysisReport[1];
        if (messages.attempt(() -> drafted[0] = reports.draft(chosen), null)) {
            external.getFlash().setKeepMessages(true);
            messages.info("analysis.drafted");
            external.redirect(external.getRequestContextPath() + "/analysis/report.xhtml?id=" + drafted[0].getId());
        }
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public void setStatus(ReportStatus status) {
        this.status = status;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }
}
