package com.qualitydesk.figures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of a figure for a month (CS-09): for the company, a product family, a characteristic
 * of an important process or a main defect of failed lots. An empty family, characteristic or
 * defect means "the company"; a value of null means "no data" (a Cpk without measurements), never
 * zero.
 */
public record FigureValue(
        SheetFigure figure, String productFamily, String characteristic, String defect, BigDecimal value) {

    public FigureValue {
        Objects.requireNonNull(figure, "figure");
        productFamily = productFamily == null ? "" : productFamily.strip();
        characteristic = characteristic == null ? "" : characteristic.strip();
        defect = defect == null ? "" : defect.strip();
    }

    public FigureValue(SheetFigure figure, String productFamily, String characteristic, BigDecimal value) {
        this(figure, productFamily, characteristic, "", value);
    }

    public static FigureValue of(SheetFigure figure, BigDecimal value) {
        return new FigureValue(figure, "", "", value);
    }

    public static FigureValue ofFamily(SheetFigure figure, String productFamily, BigDecimal value) {
        return new FigureValue(figure, productFamily, "", value);
    }

    /** Where on the sheet the value stands: the figure and its family, characteristic or defect. */
    public FigureKey key() {
        return new FigureKey(figure, productFamily, characteristic, defect);
    }
}
