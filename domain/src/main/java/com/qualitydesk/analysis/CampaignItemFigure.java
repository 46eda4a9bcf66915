package com.qualitydesk.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** CS-08: one questionnaire item's figures of a closed campaign, kept with {@link CampaignFigures}. */
@Embeddable
public class CampaignItemFigure {
    @Column(name = "item_position", nullable = false)
    private int position;

    @Column(name = "text_en", length = 500)
    private String textEn;

    @Column(name = "text_zh", length = 500)
    private String textZh;

    @Column(length = 32)
    private String category;

    @Column(nullable = false)
    private int answers;

    private Double mean;

    @Column(name = "satisfied_percent")
    private Double satisfiedPercent;

    protected CampaignItemFigure() {}

    public CampaignItemFigure(
            int position,
            String textEn,
            String textZh,
            String category,
            int answers,
            Double mean,
            Double satisfiedPercent) {
        this.position = position;
        this.textEn = textEn;
        this.textZh = textZh;
        this.category = category;
        this.answers = answers;
        this.mean = mean;
        this.satisfiedPercent = satisfiedPercent;
    }

    public int getPosition() {
        return position;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getTextZh() {
        return textZh;
    }

    public String getCategory() {
        return category;
    }

    public int getAnswers() {
        return answers;
    }

    public Double getMean() {
        return mean;
    }

    public Double getSatisfiedPercent() {
        return satisfiedPercent;
    }
}
