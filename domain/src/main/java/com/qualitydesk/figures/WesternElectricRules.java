package com.qualitydesk.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Western Electric rules 1–4 (Western Electric, <i>Statistical Quality Control Handbook</i>,
 * 1956; NIST/SEMATECH e-Handbook §6.3.2), read on the location chart (CS-09). A point is marked
 * with each rule whose pattern it completes:
 *
 * <ol>
 *   <li>one point beyond three sigma;
 *   <li>two of three consecutive points beyond two sigma, on the same side;
 *   <li>four of five consecutive points beyond one sigma, on the same side;
 *   <li>eight consecutive points on the same side of the centre line.
 * </ol>
 *
 * Without spread (sigma zero) no rule can be judged, and none is marked.
 */
public final class WesternElectricRules {

    private WesternElectricRules() {}

    public static List<Set<Integer>> marks(double[] values, ControlLimits limits) {
        var marks = new ArrayList<Set<Integer>>();
        double sigma = limits.sigma();
        for (int i = 0; i < values.length; i++) {
            var broken = new TreeSet<Integer>();
            if (sigma > 0) {
                if (Math.abs(values[i] - limits.center()) > 3 * sigma) {
                    broken.add(1);
                }
                if (beyond(values, i, 3, 2, 2 * sigma, limits.center())) {
                    broken.add(2);
                }
                if (beyond(values, i, 5, 4, sigma, limits.center())) {
                    broken.add(3);
                }
                if (beyond(values, i, 8, 8, 0, limits.center())) {
                    broken.add(4);
                }
            }
            marks.add(Set.copyOf(broken));
        }
        return marks;
    }

    /**
     * Whether, in the window of {@code window} points ending at {@code last}, at least {@code
     * needed} lie more than {@code distance} from the centre on the side of the last point, the
     * last among them.
     */
    private static boolean beyond(double[] values, int last, int window, int needed, double distance, double center) {
        if (last + 1 < window) {
            return false;
        }
        double side = Math.signum(values[last] - center);
        if (side == 0 || Math.abs(values[last] - center) <= distance) {
            return false;
        }
        int count = 0;
        for (int i = last - window + 1; i <= last; i++) {
            double offset = values[i] - center;
            if (Math.signum(offset) == side && Math.abs(offset) > distance) {
                count++;
            }
        }
        return count >= needed;
    }
}
