package com.qualitydesk.figures;

import com.qualitydesk.shared.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * A characteristic's process capability over a period (CS-09): its control chart (X̄-R, X̄-S or
 * I-MR by subgroup size) with the Western Electric rules marked, Cp/Cpk/CPU/CPL from the
 * within-subgroup sigma (R̄/d₂, S̄/c₄ or MR̄/d₂(2)) and Pp/Ppk from the overall sample standard
 * deviation. Fewer subgroups than the procedure's minimum still give the figures, flagged as too
 * few data rather than hidden.
 *
 * @param mean the grand mean, null without data
 * @param sigmaWithin null without data or spread
 * @param sigmaOverall null with fewer than two values
 */
public record CapabilityStudy(
        ChartKind kind,
        int values,
        int subgroups,
        Double mean,
        Double sigmaWithin,
        Double sigmaOverall,
        CapabilityIndices within,
        CapabilityIndices overall,
        ControlLimits location,
        ControlLimits spread,
        List<ChartPoint> points,
        boolean tooFewData) {

    /**
     * @param subgroups the measurements in time order, each of exactly {@code subgroupSize} values
     * @param minimumSubgroups below this many subgroups the study is flagged as too few data
     */
    public static CapabilityStudy of(
            Specification spec, int subgroupSize, List<double[]> subgroups, int minimumSubgroups) {
        ChartKind kind = ChartKind.forSubgroupSize(subgroupSize);
        for (int i = 0; i < subgroups.size(); i++) {
            if (subgroups.get(i).length != subgroupSize) {
                throw new RuleViolation("figures.subgroup.size", i + 1, subgroups.get(i).length, subgroupSize);
            }
        }
        boolean tooFew = subgroups.size() < minimumSubgroups;
        double[] all =
                subgroups.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
        if (all.length == 0) {
            return new CapabilityStudy(
                    kind,
                    0,
                    0,
                    null,
                    null,
                    null,
                    CapabilityIndices.NONE,
                    CapabilityIndices.NONE,
                    null,
                    null,
                    List.of(),
                    tooFew);
        }
        double mean = StatUtils.mean(all);
        Double overall = all.length < 2 ? null : new StandardDeviation(true).evaluate(all);

        double[] location = new double[subgroups.size()];
        Double[] spreads = new Double[subgroups.size()];
        double sigmaWithin;
        ControlLimits spreadLimits;
        if (kind == ChartKind.INDIVIDUALS_MOVING_RANGE) {
            for (int i = 0; i < all.length; i++) {
                location[i] = all[i];
                spreads[i] = i == 0 ? null : Math.abs(all[i] - all[i - 1]);
            }
            double averageRange = average(spreads);
            sigmaWithin = averageRange / SpcConstants.d2(2);
            spreadLimits = new ControlLimits(0, averageRange, SpcConstants.rangeUpper(2) * averageRange);
        } else {
            for (int i = 0; i < subgroups.size(); i++) {
                double[] group = subgroups.get(i);
                location[i] = StatUtils.mean(group);
                spreads[i] = kind == ChartKind.MEAN_RANGE
                        ? StatUtils.max(group) - StatUtils.min(group)
                        : new StandardDeviation(true).evaluate(group);
            }
            double average = average(spreads);
            if (kind == ChartKind.MEAN_RANGE) {
                sigmaWithin = average / SpcConstants.d2(subgroupSize);
                spreadLimits = new ControlLimits(
                        SpcConstants.rangeLower(subgroupSize) * average,
                        average,
                        SpcConstants.rangeUpper(subgroupSize) * average);
            } else {
                sigmaWithin = average / SpcConstants.c4(subgroupSize);
                spreadLimits = new ControlLimits(
                        SpcConstants.b3(subgroupSize) * average, average, SpcConstants.b4(subgroupSize) * average);
            }
        }
        Double within = Double.isNaN(sigmaWithin) ? null : sigmaWithin;
        // the location chart's limits are three sigmas of the plotted statistic: σ for individuals, σ/√n for means
        double plotted = within == null ? 0 : within / Math.sqrt(subgroupSize);
        var locationLimits = new ControlLimits(mean - 3 * plotted, mean, mean + 3 * plotted);

        var marks = WesternElectricRules.marks(location, locationLimits);
        var points = new ArrayList<ChartPoint>();
        for (int i = 0; i < location.length; i++) {
            points.add(new ChartPoint(i + 1, location[i], spreads[i], marks.get(i)));
        }
        return new CapabilityStudy(
                kind,
                all.length,
                subgroups.size(),
                mean,
                within,
                overall,
                CapabilityIndices.of(spec, mean, within),
                CapabilityIndices.of(spec, mean, overall),
                locationLimits,
                spreadLimits,
                List.copyOf(points),
                tooFew);
    }

    /** The mean of the spreads there are; NaN when there are none (a single individual). */
    private static double average(Double[] spreads) {
        double sum = 0;
        int n = 0;
        for (Double s : spreads) {
            if (s != null) {
                sum += s;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
