package com.qualitydesk.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * CS-09: the Pareto of a month's failed lots by their main defect, largest first, each with its
 * share of the failed lots and the running share, so that QUALITY sees the few defects behind
 * most failures. The lots that failed without a named defect are one bar of their own (defect
 * ""), always last: they are what is not known, not a defect. Shares are of every failed lot
 * (inspected less passed), so the bars add up to 100 %.
 */
public record DefectPareto(BigDecimal failed, List<Bar> bars) {

    /** A defect's lots, its share of the failed lots and the running share up to it, in percent. */
    public record Bar(String defect, BigDecimal lots, BigDecimal share, BigDecimal cumulative) {

        public boolean isNotNamed() {
            return defect.isEmpty();
        }
    }

    public static final DefectPareto NONE = new DefectPareto(BigDecimal.ZERO, List.of());

    public static DefectPareto of(Collection<FigureValue> values) {
        BigDecimal failed = failed(values);
        if (failed.signum() <= 0) {
            return NONE;
        }
        var named = values.stream()
                .filter(v -> v.figure() == SheetFigure.QUALITY_FAILED_LOTS && v.value() != null)
                .filter(v -> v.value().signum() > 0)
                .sorted(Comparator.comparing(FigureValue::value).reversed().thenComparing(FigureValue::defect))
                .toList();
        var bars = new ArrayList<Bar>();
        BigDecimal running = BigDecimal.ZERO;
        for (FigureValue v : named) {
            running = running.add(v.value());
            bars.add(bar(v.defect(), v.value(), running, failed));
        }
        BigDecimal rest = failed.subtract(running);
        if (rest.signum() > 0) {
            bars.add(bar("", rest, failed, failed));
        }
        return new DefectPareto(failed, List.copyOf(bars));
    }

    /** The month's failed lots: inspected less passed over the families; zero where nothing is known. */
    public static BigDecimal failed(Collection<FigureValue> values) {
        BigDecimal inspected = FigureTotals.valueOf(SheetFigure.QUALITY_LOTS_INSPECTED, values, null)
                .orElse(BigDecimal.ZERO);
        BigDecimal passed = FigureTotals.valueOf(SheetFigure.QUALITY_LOTS_PASSED, values, null)
                .orElse(BigDecimal.ZERO);
        return inspected.subtract(passed).max(BigDecimal.ZERO);
    }

    private static Bar bar(String defect, BigDecimal lots, BigDecimal running, BigDecimal failed) {
        return new Bar(defect, lots, FigureTotals.percent(lots, failed), FigureTotals.percent(running, failed));
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}
