package com.qualitydesk.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of a figure over a month's stored values (CS-09), for the company or one product
 * family: counts and amounts add up over the families, a capability index is the lowest of the
 * characteristics (the weakest important process), a rate is its two counts' share in percent.
 * Whatever has nothing to count has no value ("no data"): a pass rate of no inspected lot is empty,
 * never NaN, never an exception, never 0 %.
 */
public final class FigureTotals {

    private FigureTotals() {}

    /**
     * @param family a product family, or null for the whole company (all families summed)
     */
    public static Optional<BigDecimal> valueOf(SheetFigure figure, Collection<FigureValue> values, String family) {
        if (figure.isRate()) {
            Optional<BigDecimal> whole = valueOf(figure.denominator(), values, family);
            Optional<BigDecimal> part = valueOf(figure.numerator(), values, family);
            if (whole.isEmpty() || part.isEmpty() || whole.get().signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(percent(part.get(), whole.get()));
        }
        var matching = values.stream()
                .filter(v -> v.figure() == figure)
                .filter(v -> family == null || v.productFamily().equals(family.strip()))
                .map(FigureValue::value)
                .filter(Objects::nonNull);
        return figure.breakdown() == SheetFigure.Breakdown.CHARACTERISTIC
                ? matching.min(BigDecimal::compareTo)
                : matching.reduce(BigDecimal::add);
    }

    /** part of whole in percent, two decimals. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
