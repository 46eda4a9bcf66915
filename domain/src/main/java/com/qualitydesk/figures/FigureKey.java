package com.qualitydesk.figures;

import java.util.Objects;

/**
 * The place of a value on a sheet (CS-09): the figure, and its product family, characteristic or
 * main defect ("" for none).
 */
public record FigureKey(SheetFigure figure, String productFamily, String characteristic, String defect) {

    public FigureKey {
        Objects.requireNonNull(figure, "figure");
        productFamily = productFamily == null ? "" : productFamily.strip();
        characteristic = characteristic == null ? "" : characteristic.strip();
        defect = defect == null ? "" : defect.strip();
    }

    public FigureKey(SheetFigure figure, String productFamily, String characteristic) {
        this(figure, productFamily, characteristic, "");
    }

    public static FigureKey of(SheetFigure figure) {
        return new FigureKey(figure, "", "");
    }

    public static FigureKey ofFamily(SheetFigure figure, String productFamily) {
        return new FigureKey(figure, productFamily, "");
    }

    /** QUALITY's failed lots of one main defect. */
    public static FigureKey ofDefect(String defect) {
        return new FigureKey(SheetFigure.QUALITY_FAILED_LOTS, "", "", defect);
    }
}
