package com.qualitydesk.figures;

import com.qualitydesk.shared.RuleViolation;

/** The control chart a characteristic's subgroup size calls for (CS-09). */
public enum ChartKind {
    /** Individuals and moving ranges: one value per subgroup. */
    INDIVIDUALS_MOVING_RANGE,
    /** Subgroup means and ranges: subgroups of 2 to 10. */
    MEAN_RANGE,
    /** Subgroup means and standard deviations: subgroups above 10, where the range wastes data. */
    MEAN_STANDARD_DEVIATION;

    public static final int LARGEST_RANGE_SUBGROUP = 10;

    public static ChartKind forSubgroupSize(int n) {
        if (n < 1 || n > SpcConstants.MAX_SUBGROUP) {
            throw new RuleViolation("figures.subgroupSize.range", SpcConstants.MAX_SUBGROUP);
        }
        if (n == 1) {
            return INDIVIDUALS_MOVING_RANGE;
        }
        return n <= LARGEST_RANGE_SUBGROUP ? MEAN_RANGE : MEAN_STANDARD_DEVIATION;
    }
}
