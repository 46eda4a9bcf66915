package com.qualitydesk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A Pareto of counts by cause, largest first, each with its share of the whole and the running
 * share up to it, so that the reader sees the few causes behind most of the trouble (CS-09 failed
 * lots by defect, CS-10 main aspects of dissatisfaction). What no named bar holds is one bar of its
 * own, label "", always last: the causes beyond the bars kept, and the part of the whole that no
 * cause was named for. Shares are of the whole, so the bars add up to 100 %.
 */
public record Pareto(BigDecimal total, List<Bar> bars) {

    /** A cause and how often it occurred. */
    public record Count(String label, BigDecimal count) {}

    /** A cause's count, its share of the whole and the running share up to it, in percent. */
    public record Bar(String label, BigDecimal count, BigDecimal share, BigDecimal cumulative) {

        /** The "other" bar: causes not kept, or not named. */
        public boolean isOther() {
            return label.isEmpty();
        }
    }

    public static final Pareto NONE = new Pareto(BigDecimal.ZERO, List.of());

    /**
     * @param counts the named causes; zero and negative counts are left out
     * @param total the whole the shares are of; at least the sum of the counts
     * @param kept how many named causes get a bar of their own; the rest go to the "other" bar
     */
    public static Pareto of(Collection<Count> counts, BigDecimal total, int kept) {
        BigDecimal named = counts.stream()
                .map(Count::count)
                .filter(c -> c != null && c.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal whole = total == null ? named : total.max(named);
        if (whole.signum() <= 0) {
            return NONE;
        }
        var sorted = counts.stream()
                .filter(c -> c.count() != null && c.count().signum() > 0)
                .sorted(Comparator.comparing(Count::count).reversed().thenComparing(Count::label))
                .toList();
        var bars = new ArrayList<Bar>();
        BigDecimal running = BigDecimal.ZERO;
        for (Count c : sorted.subList(0, Math.min(Math.max(kept, 0), sorted.size()))) {
            running = running.add(c.count());
            bars.add(bar(c.label(), c.count(), running, whole));
        }
        BigDecimal rest = whole.subtract(running);
        if (rest.signum() > 0) {
            bars.add(bar("", rest, whole, whole));
        }
        return new Pareto(whole, List.copyOf(bars));
    }

    /** The counts alone are the whole. */
    public static Pareto of(Collection<Count> counts, int kept) {
        return of(counts, null, kept);
    }

    private static Bar bar(String label, BigDecimal count, BigDecimal running, BigDecimal whole) {
        return new Bar(label, count, percent(count, whole), percent(running, whole));
    }

    /** A share in percent with two decimals, half up, as the figures print shares. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}
