package com.qualitydesk.figures;

import com.qualitydesk.shared.RuleViolation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every figure of the monthly operating sheets (CS-09), with the department that reports it, its
 * unit, where it comes from and how it is broken down. The sheets, their screens, the PDF, the
 * import file, the REST API and the indicators all name a figure by this key.
 *
 * <p>A figure is either counted from the system's own records (deliveries, call-backs, service
 * records, feedback, returns, the quality-cost ledger, the gauges' measurements), entered by the
 * department (on screen or by file), or a rate of two others (never stored: computed from the
 * stored counts, so that it cannot disagree with them).
 */
public enum SheetFigure {
    /** Lots shipped in the month, per product family. */
    SALES_DELIVERIES(SheetDepartment.SALES, Unit.COUNT, Origin.RECORDS, Breakdown.PRODUCT_FAMILY),
    /** Of those, shipped by the promised date (a lot without a promised date cannot be late: {@code Delivery.isLate}). */
    SALES_DELIVERIES_ON_TIME(SheetDepartment.SALES, Unit.COUNT, Origin.RECORDS, Breakdown.PRODUCT_FAMILY),
    /** On-time delivery share. */
    SALES_ON_TIME_SHARE(SheetDepartment.SALES, Unit.PERCENT, Origin.RATE, Breakdown.PRODUCT_FAMILY),
    /** Services of the month with a service record (AS-03, AS-04), each service once (a correction is not a second one). */
    SALES_SERVICE_RECORDS(SheetDepartment.SALES, Unit.COUNT, Origin.RECORDS, Breakdown.NONE),
    /** Of those, done within their target: by the request's planned date, or at once when nothing was planned. */
    SALES_SERVICE_RECORDS_ON_TARGET(SheetDepartment.SALES, Unit.COUNT, Origin.RECORDS, Breakdown.NONE),
    /** Service quality level: services done within target. */
    SALES_SERVICE_LEVEL(SheetDepartment.SALES, Unit.PERCENT, Origin.RATE, Breakdown.NONE),
    /** Call-backs (AS-05) due in the month. */
    SALES_CALL_BACKS_DUE(SheetDepartment.SALES, Unit.COUNT, Origin.RECORDS, Breakdown.NONE),
    /** Of those, made (the customer was called, whatever they said). */
    SALES_CALL_BACKS_DONE(SheetDepartment.SALES, Unit.COUNT, Origin.RECORDS, Breakdown.NONE),
    /** Share of the due call-backs that were made. */
    SALES_CALL_BACK_SHARE(SheetDepartment.SALES, Unit.PERCENT, Origin.RATE, Breakdown.NONE),
    /** Customer notifications: feedback received in the month (CF-01), whoever received it. */
    SALES_FEEDBACK_RECEIVED(SheetDepartment.SALES, Unit.COUNT, Origin.RECORDS, Breakdown.NONE),
    /** Production interruptions at customers caused by our products, as SALES learnt of them. */
    SALES_PRODUCTION_INTERRUPTIONS(SheetDepartment.SALES, Unit.COUNT, Origin.ENTERED, Breakdown.NONE),
    /** Returns and replacements (AS-07) whose goods came back in the month, per product family. */
    SALES_RETURNS(SheetDepartment.SALES, Unit.COUNT, Origin.RECORDS, Breakdown.PRODUCT_FAMILY),
    /** Lots inspected by QUALITY, per product family. */
    QUALITY_LOTS_INSPECTED(SheetDepartment.QUALITY, Unit.COUNT, Origin.ENTERED, Breakdown.PRODUCT_FAMILY),
    /** Of those, passed. */
    QUALITY_LOTS_PASSED(SheetDepartment.QUALITY, Unit.COUNT, Origin.ENTERED, Breakdown.PRODUCT_FAMILY),
    /**
     * Lots that failed inspection, by their main defect: what the Pareto of failed lots shows.
     * Optional (a month without failures has none); the lots named cannot outnumber those that
     * failed (inspected less passed).
     */
    QUALITY_FAILED_LOTS(SheetDepartment.QUALITY, Unit.COUNT, Origin.ENTERED, Breakdown.DEFECT),
    /** Product quality level: lots passed of lots inspected, against CS09_PASS_RATE_OBJECTIVE. */
    QUALITY_PASS_RATE(SheetDepartment.QUALITY, Unit.PERCENT, Origin.RATE, Breakdown.PRODUCT_FAMILY),
    /** Cp of each characteristic of an important process in the month (ProcessCapability). */
    PRODUCTION_CP(SheetDepartment.PRODUCTION, Unit.INDEX, Origin.RECORDS, Breakdown.CHARACTERISTIC),
    /** Cpk of each characteristic of an important process in the month (ProcessCapability). */
    PRODUCTION_CPK(SheetDepartment.PRODUCTION, Unit.INDEX, Origin.RECORDS, Breakdown.CHARACTERISTIC),
    /** Actual operating cost. */
    FINANCE_OPERATING_COST(SheetDepartment.FINANCE, Unit.CNY, Origin.ENTERED, Breakdown.NONE),
    /** Freight beyond the normal: express shipments, second deliveries. */
    FINANCE_EXCESS_FREIGHT(SheetDepartment.FINANCE, Unit.CNY, Origin.ENTERED, Breakdown.NONE),
    /** Profit of the month; a loss is negative. */
    FINANCE_PROFIT(SheetDepartment.FINANCE, Unit.CNY, Origin.ENTERED, Breakdown.NONE),
    /** The quality cost the CF-13 ledger holds for the month (its rows in CNY). */
    FINANCE_QUALITY_COST(SheetDepartment.FINANCE, Unit.CNY, Origin.RECORDS, Breakdown.NONE);

    /** The company's currency: FINANCE's books and the quality-cost ledger's default. */
    public static final String CURRENCY = "CNY";

    /** Larger than any company's month: a typo, not a figure. */
    static final BigDecimal LARGEST = new BigDecimal("9999999999999.99");

    public enum Unit {
        COUNT,
        PERCENT,
        /** a capability index (Cp, Cpk), without unit */
        INDEX,
        /** an amount in {@link #CURRENCY} */
        CNY
    }

    public enum Origin {
        /** Counted from the system's records when the sheet is filled; frozen at submission. */
        RECORDS,
        /** Entered or imported by the department. */
        ENTERED,
        /** The share of two other figures, computed, never stored. */
        RATE
    }

    public enum Breakdown {
        /** One value for the company. */
        NONE,
        /** One value per product family; the company's is their sum. */
        PRODUCT_FAMILY,
        /** One value per characteristic of an important process; the company's is the lowest. */
        CHARACTERISTIC,
        /** One value per main defect; the company's is their sum. */
        DEFECT
    }

    private final SheetDepartment department;
    private final Unit unit;
    private final Origin origin;
    private final Breakdown breakdown;

    SheetFigure(SheetDepartment department, Unit unit, Origin origin, Breakdown breakdown) {
        this.department = department;
        this.unit = unit;
        this.origin = origin;
        this.breakdown = breakdown;
    }

    public SheetDepartment department() {
        return department;
    }

    public Unit unit() {
        return unit;
    }

    public Origin origin() {
        return origin;
    }

    public Breakdown breakdown() {
        return breakdown;
    }

    public boolean isEntered() {
        return origin == Origin.ENTERED;
    }

    public boolean isRate() {
        return origin == Origin.RATE;
    }

    public boolean isFromRecords() {
        return origin == Origin.RECORDS;
    }

    /** The counted part of a rate (on time, passed, done); null for a figure that is no rate. */
    public SheetFigure numerator() {
        return switch (this) {
            case SALES_ON_TIME_SHARE -> SALES_DELIVERIES_ON_TIME;
            case SALES_SERVICE_LEVEL -> SALES_SERVICE_RECORDS_ON_TARGET;
            case SALES_CALL_BACK_SHARE -> SALES_CALL_BACKS_DONE;
            case QUALITY_PASS_RATE -> QUALITY_LOTS_PASSED;
            default -> null;
        };
    }

    /** The whole of a rate (delivered, recorded, due, inspected); null for a figure that is no rate. */
    public SheetFigure denominator() {
        return switch (this) {
            case SALES_ON_TIME_SHARE -> SALES_DELIVERIES;
            case SALES_SERVICE_LEVEL -> SALES_SERVICE_RECORDS;
            case SALES_CALL_BACK_SHARE -> SALES_CALL_BACKS_DUE;
            case QUALITY_PASS_RATE -> QUALITY_LOTS_INSPECTED;
            default -> null;
        };
    }

    /** A loss is a negative profit; every other figure is a count or an amount of nothing or more. */
    public boolean allowsNegative() {
        return this == FINANCE_PROFIT;
    }

    /**
     * The figure's column in an import file: its key without the department,
     * "lots_inspected" for {@link #QUALITY_LOTS_INSPECTED}.
     */
    public String column() {
        return name().substring(department.name().length() + 1).toLowerCase(Locale.ROOT);
    }

    /** The department's figures, in the order of the sheet. */
    public static List<SheetFigure> of(SheetDepartment department) {
        return Arrays.stream(values()).filter(f -> f.department == department).toList();
    }

    /** The department must enter it before submitting; failed lots by defect only where lots failed. */
    public boolean isRequired() {
        return isEntered() && breakdown != Breakdown.DEFECT;
    }

    /** The figures the department enters (on screen or by file), in the order of the sheet. */
    public static List<SheetFigure> enteredBy(SheetDepartment department) {
        return of(department).stream().filter(SheetFigure::isEntered).toList();
    }

    /**
     * The entered figures that have a column of their own in a file: the failed lots by defect
     * have none, a line's failed lots go to the defect it names.
     */
    public static List<SheetFigure> enteredInColumns(SheetDepartment department) {
        return enteredBy(department).stream()
                .filter(f -> f.breakdown() != Breakdown.DEFECT)
                .toList();
    }

    /** CS-09: whether the department names the main defect of its failed lots (QUALITY). */
    public static boolean entersDefects(SheetDepartment department) {
        return enteredBy(department).stream().anyMatch(f -> f.breakdown() == Breakdown.DEFECT);
    }

    /**
     * CS-09: refuses a value the figure cannot have: below zero (but a loss), a count that is not
     * whole, an amount in fractions of a fen, or a number no month reaches.
     */
    public void check(BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 && !allowsNegative()) {
            throw new RuleViolation("monthlySheet.value.negative", value.toPlainString());
        }
        if (value.abs().compareTo(LARGEST) > 0) {
            throw new RuleViolation("monthlySheet.value.tooLarge", value.toPlainString());
        }
        int scale = value.stripTrailingZeros().scale();
        if (unit == Unit.COUNT && scale > 0) {
            throw new RuleViolation("monthlySheet.value.whole", value.toPlainString());
        }
        if (unit == Unit.CNY && scale > 2) {
            throw new RuleViolation("monthlySheet.value.cents", value.toPlainString());
        }
    }
}
