package com.qualitydesk.survey;

import java.io.Serializable;
import java.util.List;

/**
 * CS-08: the "customer satisfaction statistics" table of a campaign with the previous campaign's
 * figures beside it. The later analysis report (CS-10) reads this, not the screen.
 */
public record CampaignStatistics(
        String campaign,
        String previousCampaign,
        long replies,
        double index,
        double previousIndex,
        double satisfiedPercent,
        List<ItemRow> items,
        List<GroupRow> byIndustry,
        List<GroupRow> byProductFamily)
        implements Serializable {

    public record ItemRow(
            int position,
            String textEn,
            String textZh,
            String category,
            int weight,
            int answers,
            double mean,
            double satisfiedPercent,
            double previousMean,
            double previousSatisfiedPercent)
            implements Serializable {

        public double meanChange() {
            return mean - previousMean;
        }

        public double satisfiedChange() {
            return satisfiedPercent - previousSatisfiedPercent;
        }

        public String text(String language) {
            return "en".equals(language) ? textEn : textZh;
        }
    }

    public record GroupRow(String group, long replies, double index, double satisfiedPercent, double previousIndex)
            implements Serializable {
        public double change() {
            return index - previousIndex;
        }
    }

    public double indexChange() {
        return index - previousIndex;
    }
}
