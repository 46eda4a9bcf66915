package com.qualitydesk.figures;

import com.qualitydesk.shared.Pareto;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * CS-09: the Pareto of a month's failed lots by their main defect, largest first, each with its
 * share of the failed lots and the running share, so that QUALITY sees the few defects behind
 * most failures. The lots that failed without a named defect are one bar of their own (defect
 * ""), always last: they are what is not known, not a defect. Shares are of every failed lot
 * (inspected less passed), so the bars add up to 100 %. Ordered as every {@link Pareto} is.
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
                .map(v -> new Pareto.Count(v.defect(), v.value()))
                .toList();
        // every named defect keeps its bar: a month has a handful
        Pareto pareto = Pareto.of(named, failed, Integer.MAX_VALUE);
        return new DefectPareto(
                pareto.total(),
                pareto.bars().stream()
                        .map(b -> new Bar(b.label(), b.count(), b.share(), b.cumulative()))
                        .toList());
    }

    /** The month's failed lots: inspected less passed over the families; zero where nothing is known. */
    public static BigDecimal failed(Collection<FigureValue> values) {
        BigDecimal inspected = FigureTotals.valueOf(SheetFigure.QUALITY_LOTS_INSPECTED, values, null)
                .orElse(BigDecimal.ZERO);
        BigDecimal passed = FigureTotals.valueOf(SheetFigure.QUALITY_LOTS_PASSED, values, null)
                .orElse(BigDecimal.ZERO);
        return inspected.subtract(passed).max(BigDecimal.ZERO);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}
