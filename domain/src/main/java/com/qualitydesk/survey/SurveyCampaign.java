package com.qualitydesk.survey;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One survey cycle (CS-01): a quarter or the year-end letter, the questionnaire version it sends,
 * the dispatch date, the reply deadline and the coverage target of CS-02.
 */
@Entity
@Table(name = "survey_campaign")
public class SurveyCampaign extends EditableEntity {

    @NotBlank(message = "{survey.campaign.name.required}")
    @Size(max = 100, message = "{field.tooLong}")
    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @NotNull(message = "{survey.campaign.questionnaire.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "questionnaire_id", nullable = false)
    private Questionnaire questionnaire;

    @NotNull(message = "{survey.campaign.period.required}")
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @NotNull(message = "{survey.campaign.period.required}")
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @NotNull(message = "{survey.campaign.dispatch.required}")
    @Column(name = "dispatch_date", nullable = false)
    private LocalDate dispatchDate;

    @NotNull(message = "{survey.campaign.deadline.required}")
    @Column(nullable = false)
    private LocalDate deadline;

    @Min(0)
    @Max(100)
    @Column(name = "coverage_target", nullable = false)
    private int coverageTarget = 90;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CampaignStatus status = CampaignStatus.PLANNED;

    /** A cycle's survey or the year-end letter: which letter the customers receive (CS-01). */
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CampaignKind kind = CampaignKind.CYCLE;

    /** The batch execution that dispatches (or dispatched) this campaign. */
    @Column(name = "dispatch_execution")
    private Long dispatchExecution;

    /** When SALES and the general manager were told that coverage is below target (CS-02). */
    @Column(name = "below_target_flagged_at")
    private Instant belowTargetFlaggedAt;

    public SurveyCampaign() {}

    public SurveyCampaign(String name, Questionnaire questionnaire, LocalDate periodStart, LocalDate periodEnd) {
        this.name = name;
        this.questionnaire = questionnaire;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
    }

    @AssertTrue(message = "{survey.campaign.period.invalid}")
    public boolean isPeriodValid() {
        return periodStart == null || periodEnd == null || !periodEnd.isBefore(periodStart);
    }

    @AssertTrue(message = "{survey.campaign.deadline.invalid}")
    public boolean isDeadlineValid() {
        return dispatchDate == null || deadline == null || deadline.isAfter(dispatchDate);
    }

    /** Questions may no longer change once the first invitation may exist. */
    public boolean isDispatchStarted() {
        return status != CampaignStatus.PLANNED;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public void setQuestionnaire(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public LocalDate getDispatchDate() {
        return dispatchDate;
    }

    public void setDispatchDate(LocalDate dispatchDate) {
        this.dispatchDate = dispatchDate;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public int getCoverageTarget() {
        return coverageTarget;
    }

    public void setCoverageTarget(int coverageTarget) {
        this.coverageTarget = coverageTarget;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public void setStatus(CampaignStatus status) {
        this.status = status;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public void setKind(CampaignKind kind) {
        this.kind = kind;
    }

    /** The year-end satisfaction letter of seed 002 rather than a cycle's survey (CS-01). */
    public boolean isYearEndLetter() {
        return kind == CampaignKind.YEAR_END_LETTER;
    }

    public Long getDispatchExecution() {
        return dispatchExecution;
    }

    public void setDispatchExecution(Long dispatchExecution) {
        this.dispatchExecution = dispatchExecution;
    }

    public Instant getBelowTargetFlaggedAt() {
        return belowTargetFlaggedAt;
    }

    public void setBelowTargetFlaggedAt(Instant belowTargetFlaggedAt) {
        this.belowTargetFlaggedAt = belowTargetFlaggedAt;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("name", name);
        m.put("kind", kind);
        m.put("questionnaire", questionnaire == null ? null : questionnaire.getLabel());
        m.put("periodStart", periodStart);
        m.put("periodEnd", periodEnd);
        m.put("dispatchDate", dispatchDate);
        m.put("deadline", deadline);
        m.put("coverageTarget", coverageTarget);
        m.put("status", status);
        return m;
    }
}
