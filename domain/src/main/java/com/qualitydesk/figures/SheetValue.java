package com.qualitydesk.figures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One stored value of a monthly sheet (CS-09). It changes only through its {@link MonthlySheet},
 * which audits what people entered and corrected.
 */
@Entity
@Table(name = "sheet_value")
public class SheetValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sheet_id", nullable = false)
    private MonthlySheet sheet;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private SheetFigure figure;

    /** "" for a figure of the whole company. */
    @Column(name = "product_family", nullable = false, length = 100)
    private String productFamily = "";

    /** "Workshop · process · characteristic" of a PRODUCTION figure, as it was named that month; "" otherwise. */
    @Column(nullable = false, length = 400)
    private String characteristic = "";

    /** The main defect of QUALITY's failed lots (CS-09, the Pareto of failed lots); "" otherwise. */
    @Column(nullable = false, length = 100)
    private String defect = "";

    /** Null: no data (a Cpk of a month without measurements). */
    @Column(name = "figure_value", precision = 19, scale = 4)
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FigureSource source;

    protected SheetValue() {}

    SheetValue(MonthlySheet sheet, FigureValue value, FigureSource source) {
        this.sheet = sheet;
        this.figure = value.figure();
        this.productFamily = value.productFamily();
        this.characteristic = value.characteristic();
        this.defect = value.defect();
        this.value = value.value();
        this.source = source;
    }

    public Long getId() {
        return id;
    }

    public MonthlySheet getSheet() {
        return sheet;
    }

    public SheetFigure getFigure() {
        return figure;
    }

    public String getProductFamily() {
        return productFamily;
    }

    public String getCharacteristic() {
        return characteristic;
    }

    public String getDefect() {
        return defect;
    }

    public BigDecimal getValue() {
        return value;
    }

    public FigureSource getSource() {
        return source;
    }

    public boolean isFromRecords() {
        return source == FigureSource.RECORDS;
    }

    public FigureKey key() {
        return new FigureKey(figure, productFamily, characteristic, defect);
    }

    public FigureValue toFigureValue() {
        return new FigureValue(figure, productFamily, characteristic, defect, value);
    }

    void change(BigDecimal newValue, FigureSource newSource) {
        this.value = newValue;
        this.source = newSource;
    }
}
