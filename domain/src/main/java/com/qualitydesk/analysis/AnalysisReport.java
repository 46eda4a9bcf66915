package com.qualitydesk.analysis;

import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CS-10: the customer satisfaction statistical analysis report of a campaign (a quarter). SALES
 * drafts it: the system takes the figures (a snapshot, taken anew on request while a draft) and
 * SALES writes the conclusions. Issuing freezes it for good, with the SHA-256 of what was issued;
 * a correction is a new version, a draft copy with the next number and a reason, and the issued
 * version stays as it was. The report refuses every change once issued, whoever asks.
 */
@Entity
@Table(name = "analysis_report")
public class AnalysisReport extends EditableEntity {

    public static final int REASON_MAX = 1000;
    public static final int CONCLUSIONS_MAX = 8000;
    public static final int FIGURES_MAX = 1_000_000;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "campaign_name", nullable = false, length = 128)
    private String campaignName;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "report_version", nullable = false)
    private int reportVersion;

    /** The year of the quarter, for the list's filter. */
    @Column(name = "report_year", nullable = false)
    private int reportYear;

    /** Why a version after the first was made. */
    @Column(length = REASON_MAX)
    private String reason;

    /** The version this one corrects. */
    @Column(name = "previous_id")
    private Long previousId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportStatus status = ReportStatus.DRAFT;

    /** The campaign id while this is its draft: unique, so a campaign has one draft at a time. */
    @Column(name = "open_draft")
    private Long openDraft;

    /** The figures as the system took them, as JSON: what the report prints. */
    @Column(nullable = false, length = FIGURES_MAX)
    private String figures;

    @Column(name = "figures_taken_at", nullable = false)
    private Instant figuresTakenAt;

    @Column(length = CONCLUSIONS_MAX)
    private String conclusions;

    @Column(name = "drafted_by", nullable = false, length = 64)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "issued_by", length = 64)
    private String issuedBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    /** SHA-256 of the issued content (figures, conclusions, version, issue), in hex. */
    @Column(length = 64)
    private String sha256;

    protected AnalysisReport() {}

    private AnalysisReport(
            long campaignId, String campaignName, LocalDate periodStart, LocalDate periodEnd, int reportVersion) {
        this.campaignId = campaignId;
        this.campaignName = campaignName;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.reportVersion = reportVersion;
        this.reportYear = periodEnd.getYear();
        this.openDraft = campaignId;
    }

    /** The first version of a campaign's report, with the figures the system took. */
    public static AnalysisReport draft(
            long campaignId,
            String campaignName,
            LocalDate periodStart,
            LocalDate periodEnd,
            String figures,
            String by,
            Instant at) {
        var report = new AnalysisReport(campaignId, campaignName, periodStart, periodEnd, 1);
        report.draftedBy = by;
        report.draftedAt = at;
        report.takeFigures(figures, at);
        return report;
    }

    /**
     * A correction of this issued report: a draft with the next version number, the same
     * conclusions to start from and the figures taken now; this version stays issued as it was.
     */
    public AnalysisReport nextVersion(String why, String figures, String by, Instant at) {
        if (status != ReportStatus.ISSUED) {
            throw new RuleViolation("analysis.report.notIssued");
        }
        if (why == null || why.isBlank()) {
            throw new RuleViolation("analysis.report.reason.required");
        }
        if (why.strip().length() > REASON_MAX) {
            throw new RuleViolation("analysis.report.reason.tooLong", REASON_MAX);
        }
        var next = new AnalysisReport(campaignId, campaignName, periodStart, periodEnd, reportVersion + 1);
        next.reason = why.strip();
        next.previousId = getId();
        next.conclusions = conclusions;
        next.draftedBy = by;
        next.draftedAt = at;
        next.takeFigures(figures, at);
        return next;
    }

    /** The system's figures, taken anew while a draft. */
    public void takeFigures(String json, Instant at) {
        requireDraft();
        if (json == null || json.length() > FIGURES_MAX) {
            throw new RuleViolation("analysis.report.figures.tooLarge");
        }
        this.figures = json;
        this.figuresTakenAt = at;
    }

    /** SALES's conclusions, while a draft. */
    public void writeConclusions(String text) {
        requireDraft();
        String t = text == null || text.isBlank() ? null : text.strip();
        if (t != null && t.length() > CONCLUSIONS_MAX) {
            throw new RuleViolation("analysis.report.conclusions.tooLong", CONCLUSIONS_MAX);
        }
        this.conclusions = t;
    }

    /** Issued with SALES's conclusions: frozen from now on, with the fingerprint of what was issued. */
    public void issue(String by, Instant at) {
        requireDraft();
        if (conclusions == null) {
            throw new RuleViolation("analysis.report.conclusions.required");
        }
        status = ReportStatus.ISSUED;
        issuedBy = by;
        // as precise as every database keeps it, so the fingerprint holds after a round trip
        issuedAt = at.truncatedTo(ChronoUnit.MILLIS);
        openDraft = null;
        sha256 = fingerprint();
    }

    /** Refuses any change of an issued report, to whoever asks: a correction is a new version. */
    public void requireDraft() {
        if (status != ReportStatus.DRAFT) {
            throw new RuleViolation("analysis.report.issued", reportVersion);
        }
    }

    /** SHA-256 of the content: still the one stored at issue when nothing was changed since. */
    public String fingerprint() {
        String content = String.join(
                "\n",
                String.valueOf(campaignId),
                String.valueOf(reportVersion),
                String.valueOf(reason),
                figures,
                String.valueOf(conclusions),
                String.valueOf(issuedBy),
                String.valueOf(issuedAt));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isIssued() {
        return status == ReportStatus.ISSUED;
    }

    /** "2026-Q3 v2": how the report is named in the inbox, the action register and its files. */
    public String reference() {
        int quarter = (periodEnd.getMonthValue() - 1) / 3 + 1;
        return periodEnd.getYear() + "-Q" + quarter + " v" + reportVersion;
    }

    public int getYear() {
        return reportYear;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getCampaignName() {
        return campaignName;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public int getReportVersion() {
        return reportVersion;
    }

    public String getReason() {
        return reason;
    }

    public Long getPreviousId() {
        return previousId;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getFigures() {
        return figures;
    }

    public Instant getFiguresTakenAt() {
        return figuresTakenAt;
    }

    public String getConclusions() {
        return conclusions;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getSha256() {
        return sha256;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("campaign", campaignName);
        m.put("version", reportVersion);
        m.put("status", status);
        m.put("reason", reason);
        m.put("figuresTakenAt", figuresTakenAt);
        m.put("conclusions", conclusions);
        m.put("issuedBy", issuedBy);
        m.put("issuedAt", issuedAt);
        m.put("sha256", sha256);
        return m;
    }
}
