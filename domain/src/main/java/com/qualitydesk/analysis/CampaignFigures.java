package com.qualitydesk.analysis;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * CS-08, CS-10: a closed campaign's figures, counted once from its replies and kept: a closed
 * campaign takes no reply any more, and the analysis report reads eight quarters of campaigns of
 * twenty thousand replies each, which it cannot count anew every time. The satisfaction index,
 * the share of satisfied answers, each item, each customer group (industry, product family) and
 * the coverage, as {@code SurveyStatistics} and {@code SurveyCampaigns} count them. A figure that
 * could not be computed (no scored answer) is null.
 */
@Entity
@Table(name = "campaign_figures")
public class CampaignFigures {

    public static final String INDUSTRY = "INDUSTRY";
    public static final String PRODUCT_FAMILY = "FAMILY";

    @Id
    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "campaign_name", nullable = false, length = 128)
    private String campaignName;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(nullable = false)
    private long replies;

    @Column(name = "satisfaction_index")
    private Double index;

    @Column(name = "satisfied_percent")
    private Double satisfiedPercent;

    @Column(nullable = false)
    private int eligible;

    @Column(nullable = false)
    private int covered;

    @Column(name = "coverage_target", nullable = false)
    private int coverageTarget;

    @Column(name = "counted_at", nullable = false)
    private Instant countedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_item_figure", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("position")
    private List<CampaignItemFigure> items = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_group_figure", joinColumns = @JoinColumn(name = "campaign_id"))
    private List<CampaignGroupFigure> groups = new ArrayList<>();

    protected CampaignFigures() {}

    public CampaignFigures(
            long campaignId,
            String campaignName,
            LocalDate periodStart,
            LocalDate periodEnd,
            long replies,
            Double index,
            Double satisfiedPercent,
            int eligible,
            int covered,
            int coverageTarget,
            Instant countedAt,
            List<CampaignItemFigure> items,
            List<CampaignGroupFigure> groups) {
        this.campaignId = campaignId;
        this.campaignName = campaignName;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.replies = replies;
        this.index = index;
        this.satisfiedPercent = satisfiedPercent;
        this.eligible = eligible;
        this.covered = covered;
        this.coverageTarget = coverageTarget;
        this.countedAt = countedAt;
        this.items = new ArrayList<>(items);
        this.groups = new ArrayList<>(groups);
    }

    /** A figure as stored: null where nothing could be computed. */
    public static Double stored(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }

    /** Coverage in percent, one decimal; nothing to cover counts as fully covered (CS-02). */
    public double coveragePercent() {
        return eligible == 0 ? 100.0 : Math.round(covered * 1000.0 / eligible) / 10.0;
    }

    public Long getCampaignId() {
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

    public long getReplies() {
        return replies;
    }

    public Double getIndex() {
        return index;
    }

    public Double getSatisfiedPercent() {
        return satisfiedPercent;
    }

    public int getEligible() {
        return eligible;
    }

    public int getCovered() {
        return covered;
    }

    public int getCoverageTarget() {
        return coverageTarget;
    }

    public Instant getCountedAt() {
        return countedAt;
    }

    public List<CampaignItemFigure> getItems() {
        return List.copyOf(items);
    }

    public List<CampaignGroupFigure> getGroups() {
        return List.copyOf(groups);
    }
}
