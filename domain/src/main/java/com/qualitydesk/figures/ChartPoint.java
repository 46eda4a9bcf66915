package com.qualitydesk.figures;

import java.util.Set;

/**
 * One plotted subgroup statistic (a mean or an individual value) and its spread (range, standard
 * deviation or moving range; null for the first individual), with the Western Electric rules whose
 * pattern this point completes.
 */
public record ChartPoint(int subgroup, double value, Double spread, Set<Integer> brokenRules) {

    public boolean isOutOfControl() {
        return !brokenRules.isEmpty();
    }
}
