package com.qualitydesk.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** CS-08: one customer group's figures (an industry or a product family) of a closed campaign. */
@Embeddable
public class CampaignGroupFigure {
    @Column(name = "group_kind", nullable = false, length = 16)
    private String grouping;

    @Column(name = "group_name", nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private long replies;

    @Column(name = "satisfaction_index")
    private Double index;

    @Column(name = "satisfied_percent")
    private Double satisfiedPercent;

    protected CampaignGroupFigure() {}

    public CampaignGroupFigure(String grouping, String name, long replies, Double index, Double satisfiedPercent) {
        this.grouping = grouping;
        this.name = name;
        this.replies = replies;
        this.index = index;
        this.satisfiedPercent = satisfiedPercent;
    }

    public String getGrouping() {
        return grouping;
    }

    public String getName() {
        return name;
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
}
