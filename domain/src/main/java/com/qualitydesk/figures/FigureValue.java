package com.qualitydesk.figures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of a figure for a month (CS-09): for the company, a product family or a
 * characteristic of an important process. An empty family or characteristic means "the company";
 * a value of null means "no data" (a Cpk without measurements), never zero.
 */
public record FigureValue(SheetFigure figure, String productFamily, String characteristic, BigDecimal value) {

    public FigureValue {
        Objects.requireNonNull(figure, "figure");
        productFamily = productFamily == null ? "" : productFamily.strip();
        characteristic = characteristic == null ? "" : characteristic.strip();
    }

    public static FigureValue of(SheetFigure figure, BigDecimal value) {
        return new FigureValue(figure, "", "", value);
    }

    public static FigureValue ofFamily(SheetFigure figure, String productFamily, BigDecimal value) {
        return new FigureValue(figure, productFamily, "", value);
    }

    /** Where on the sheet the value stands: the figure and its family or characteristic. */
    public FigureKey key() {
        return new FigureKey(figure, productFamily, characteristic);
    }
}
