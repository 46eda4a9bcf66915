package com.qualitydesk.figures;

import java.util.Objects;

/** The place of a value on a sheet (CS-09): the figure, and its product family or characteristic ("" for none). */
public record FigureKey(SheetFigure figure, String productFamily, String characteristic) {

    public FigureKey {
        Objects.requireNonNull(figure, "figure");
        productFamily = productFamily == null ? "" : productFamily.strip();
        characteristic = characteristic == null ? "" : characteristic.strip();
    }

    public static FigureKey of(SheetFigure figure) {
        return new FigureKey(figure, "", "");
    }

    public static FigureKey ofFamily(SheetFigure figure, String productFamily) {
        return new FigureKey(figure, productFamily, "");
    }
}
