package com.qualitydesk.figures;

import com.qualitydesk.figures.QualityObjective.Comparison;
import com.qualitydesk.figures.QualityObjective.Measure;

/**
 * A quality objective with the target that applies to a period and the margin within which a
 * missed target shows amber rather than red (IM-04). A share is amber up to {@link
 * #PERCENT_MARGIN} points below its target; a Cpk down to the procedure's lower threshold
 * (CS09_CPK_FAIR_HUNDREDTHS); a cost up to {@link #COST_MARGIN} above its ceiling. The cost
 * ceiling is monthly, so a quarter or a year has the ceiling of its months.
 */
public record ObjectiveTarget(QualityObjective objective, double target, double margin) {

    public static final double PERCENT_MARGIN = 5.0;
    public static final double COST_MARGIN = 0.10;

    /**
     * @param settingValue the target's procedure setting as stored (a Cpk in hundredths)
     * @param fairCpkHundredths the lower Cpk threshold, used by the process-capability objective
     * @param months how many months the period has
     */
    public static ObjectiveTarget of(QualityObjective objective, int settingValue, int fairCpkHundredths, int months) {
        double target = objective.targetOf(settingValue);
        return switch (objective.measure()) {
            case PERCENT -> new ObjectiveTarget(objective, target, PERCENT_MARGIN);
            case INDEX -> new ObjectiveTarget(objective, target, Math.max(0, target - fairCpkHundredths / 100.0));
            case AMOUNT -> new ObjectiveTarget(objective, target * months, target * months * COST_MARGIN);
        };
    }

    /** The light of a measured figure; {@code null} or not a number is "no data". */
    public IndicatorStatus judge(Double measured) {
        if (measured == null || measured.isNaN() || measured.isInfinite()) {
            return IndicatorStatus.NO_DATA;
        }
        double value = measured;
        boolean met =
                switch (objective.comparison()) {
                    case AT_LEAST -> value >= target;
                    case ABOVE -> value > target;
                    case AT_MOST -> value <= target;
                };
        if (met) {
            return IndicatorStatus.MET;
        }
        boolean near =
                objective.comparison() == Comparison.AT_MOST ? value <= target + margin : value >= target - margin;
        return near ? IndicatorStatus.NEAR : IndicatorStatus.MISSED;
    }

    /** Whether the target is a share in percent (shown with "%"). */
    public boolean isPercent() {
        return objective.measure() == Measure.PERCENT;
    }
}
