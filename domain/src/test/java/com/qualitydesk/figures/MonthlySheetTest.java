package com.qualitydesk.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.security.Department;
import com.qualitydesk.shared.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** CS-09: a monthly sheet's states, its checks and its arithmetic. */
class MonthlySheetTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Instant DUE = Instant.parse("2026-04-07T09:30:00Z");
    private static final LocalDate APRIL_2 = LocalDate.of(2026, 4, 2);

    private static MonthlySheet quality() {
        return new MonthlySheet(SheetDepartment.QUALITY, MARCH, DUE);
    }

    private static Map<FigureKey, BigDecimal> lots(String family, int inspected, int passed) {
        var m = new LinkedHashMap<FigureKey, BigDecimal>();
        m.put(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_INSPECTED, family), BigDecimal.valueOf(inspected));
        m.put(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_PASSED, family), BigDecimal.valueOf(passed));
        return m;
    }

    private static String refusal(Executable call) {
        return assertThrows(RuleViolation.class, call).getMessageKey();
    }

    @Test
    void thePassRateIsPassedOfInspectedOverTheFamiliesAndPerFamily_CS09() {
        var sheet = quality();
        sheet.enter(lots("Valves", 200, 196), FigureSource.ENTERED);
        sheet.enter(lots("Pumps", 50, 45), FigureSource.ENTERED);
        assertEquals(SheetStatus.DRAFT, sheet.getStatus());
        assertEquals(
                new BigDecimal("250"),
                sheet.valueOf(SheetFigure.QUALITY_LOTS_INSPECTED).orElseThrow());
        // 241 of 250
        assertEquals(
                new BigDecimal("96.40"),
                sheet.valueOf(SheetFigure.QUALITY_PASS_RATE).orElseThrow());
        assertEquals(
                new BigDecimal("98.00"),
                sheet.valueOf(SheetFigure.QUALITY_PASS_RATE, "Valves").orElseThrow());
        assertEquals(List.of("Pumps", "Valves"), sheet.families());
    }

    @Test
    void noLotInspectedIsNoDataNotAnErrorAndNotZero_CS09() {
        var sheet = quality();
        assertEquals(Optional.empty(), sheet.valueOf(SheetFigure.QUALITY_PASS_RATE));
        sheet.enter(lots("Seals", 0, 0), FigureSource.ENTERED);
        assertEquals(Optional.empty(), sheet.valueOf(SheetFigure.QUALITY_PASS_RATE));
        assertEquals(Optional.empty(), sheet.valueOf(SheetFigure.QUALITY_PASS_RATE, "Seals"));
    }

    @Test
    void moreLotsPassedThanInspectedANegativeCountOrAFractionOfALotAreRefused_CS09() {
        var sheet = quality();
        assertEquals(
                "monthlySheet.passedAboveInspected",
                refusal(() -> sheet.enter(lots("Valves", 10, 11), FigureSource.ENTERED)));
        assertEquals(
                "monthlySheet.value.negative", refusal(() -> sheet.enter(lots("Valves", -1, 0), FigureSource.ENTERED)));
        var half = Map.of(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_INSPECTED, "Valves"), new BigDecimal("10.5"));
        assertEquals("monthlySheet.value.whole", refusal(() -> sheet.enter(half, FigureSource.ENTERED)));
        var noFamily = Map.of(FigureKey.of(SheetFigure.QUALITY_LOTS_INSPECTED), BigDecimal.TEN);
        assertEquals("monthlySheet.family.required", refusal(() -> sheet.enter(noFamily, FigureSource.ENTERED)));
        assertTrue(sheet.getValues().isEmpty(), "nothing of a refused entry is kept");
        assertEquals(SheetStatus.NOT_STARTED, sheet.getStatus());
    }

    @Test
    void theFailedLotsByDefectAreAParetoLargestFirstWithTheUnnamedRestLast_CS09() {
        var sheet = quality();
        var entered = lots("Valves", 200, 180);
        entered.putAll(lots("Pumps", 50, 40));
        // 30 lots failed: 12 porosity, 9 burrs, 5 dimension, 4 named by nobody
        entered.put(FigureKey.ofDefect("Burrs"), BigDecimal.valueOf(9));
        entered.put(FigureKey.ofDefect("Porosity"), BigDecimal.valueOf(12));
        entered.put(FigureKey.ofDefect("Dimension"), BigDecimal.valueOf(5));
        sheet.enter(entered, FigureSource.ENTERED);

        DefectPareto pareto = sheet.defects();
        assertEquals(new BigDecimal("30"), pareto.failed());
        assertEquals(
                List.of("Porosity", "Burrs", "Dimension", ""),
                pareto.bars().stream().map(DefectPareto.Bar::defect).toList());
        assertEquals(new BigDecimal("40.00"), pareto.bars().get(0).share());
        assertEquals(new BigDecimal("70.00"), pareto.bars().get(1).cumulative());
        assertEquals(new BigDecimal("4"), pareto.bars().get(3).lots());
        assertTrue(pareto.bars().get(3).isNotNamed());
        assertEquals(new BigDecimal("100.00"), pareto.bars().get(3).cumulative());
        // a defect of no lot is no bar; its lots are among the unnamed now
        sheet.enter(Map.of(FigureKey.ofDefect("Burrs"), BigDecimal.ZERO), FigureSource.ENTERED);
        assertEquals(
                new BigDecimal("17"),
                sheet.valueOf(SheetFigure.QUALITY_FAILED_LOTS).orElseThrow());
        assertEquals(
                List.of("Porosity", "Dimension", ""),
                sheet.defects().bars().stream().map(DefectPareto.Bar::defect).toList());
        assertEquals(new BigDecimal("13"), sheet.defects().bars().get(2).lots());
    }

    @Test
    void moreLotsNamedByDefectThanFailedOrADefectWithoutNameAreRefused_CS09() {
        var sheet = quality();
        var entered = lots("Valves", 100, 97);
        entered.put(FigureKey.ofDefect("Porosity"), BigDecimal.valueOf(2));
        entered.put(FigureKey.ofDefect("Burrs"), BigDecimal.valueOf(2));
        assertEquals("monthlySheet.failedAboveFailing", refusal(() -> sheet.enter(entered, FigureSource.ENTERED)));
        assertEquals(Optional.empty(), sheet.valueOf(SheetFigure.QUALITY_LOTS_INSPECTED), "nothing stored");
        assertEquals(
                "monthlySheet.defect.required",
                refusal(() -> sheet.enter(Map.of(FigureKey.ofDefect(" "), BigDecimal.ONE), FigureSource.ENTERED)));
        assertEquals(
                "monthlySheet.defect.tooLong",
                refusal(() -> sheet.enter(
                        Map.of(FigureKey.ofDefect("x".repeat(101)), BigDecimal.ONE), FigureSource.ENTERED)));
        // no lot failed: no Pareto, and no division by zero
        sheet.enter(lots("Valves", 10, 10), FigureSource.ENTERED);
        assertTrue(sheet.defects().isEmpty());
    }

    @Test
    void aDepartmentEntersOnlyItsOwnFiguresAndNeverThoseFromRecords_CS09() {
        var sheet = quality();
        var finance = Map.of(FigureKey.of(SheetFigure.FINANCE_PROFIT), BigDecimal.ONE);
        assertEquals("monthlySheet.figure.otherDepartment", refusal(() -> sheet.enter(finance, FigureSource.ENTERED)));
        var sales = new MonthlySheet(SheetDepartment.SALES, MARCH, DUE);
        var deliveries = Map.of(FigureKey.ofFamily(SheetFigure.SALES_DELIVERIES, "Valves"), BigDecimal.ONE);
        assertEquals("monthlySheet.figure.notEntered", refusal(() -> sales.enter(deliveries, FigureSource.ENTERED)));
    }

    @Test
    void aLossIsANegativeProfitAndAmountsHaveAtMostTwoDecimals_CS09() {
        var sheet = new MonthlySheet(SheetDepartment.FINANCE, MARCH, DUE);
        sheet.enter(
                Map.of(FigureKey.of(SheetFigure.FINANCE_PROFIT), new BigDecimal("-12000.50")), FigureSource.ENTERED);
        assertEquals(
                new BigDecimal("-12000.50"),
                sheet.valueOf(SheetFigure.FINANCE_PROFIT).orElseThrow());
        var fraction = Map.of(FigureKey.of(SheetFigure.FINANCE_OPERATING_COST), new BigDecimal("1.005"));
        assertEquals("monthlySheet.value.cents", refusal(() -> sheet.enter(fraction, FigureSource.ENTERED)));
        var negative = Map.of(FigureKey.of(SheetFigure.FINANCE_EXCESS_FREIGHT), new BigDecimal("-1"));
        assertEquals("monthlySheet.value.negative", refusal(() -> sheet.enter(negative, FigureSource.ENTERED)));
    }

    @Test
    void aSheetIsSubmittedOnlyOnceTheMonthIsOverAndComplete_CS09() {
        var sheet = quality();
        sheet.enter(lots("Valves", 200, 196), FigureSource.ENTERED);
        assertEquals(
                "monthlySheet.submit.monthNotOver", refusal(() -> sheet.submit(DUE, MARCH.atEndOfMonth(), "quality")));
        sheet.enter(
                Map.of(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_INSPECTED, "Pumps"), BigDecimal.TEN),
                FigureSource.ENTERED);
        assertEquals(
                "monthlySheet.submit.missing.QUALITY_LOTS_PASSED",
                refusal(() -> sheet.submit(DUE, APRIL_2, "quality")));
        var empty = new MonthlySheet(SheetDepartment.FINANCE, MARCH, DUE);
        assertEquals(
                "monthlySheet.submit.missing.FINANCE_OPERATING_COST",
                refusal(() -> empty.submit(DUE, APRIL_2, "finance")));
    }

    @Test
    void submissionFreezesTheFiguresAndRecordsWhetherItWasLate_CS09() {
        var sheet = quality();
        sheet.enter(lots("Valves", 200, 196), FigureSource.ENTERED);
        sheet.submit(DUE.minusSeconds(60), APRIL_2, "quality");
        assertEquals(SheetStatus.SUBMITTED, sheet.getStatus());
        assertFalse(sheet.isSubmittedLate());
        assertEquals(
                "monthlySheet.frozen.submitted",
                refusal(() -> sheet.enter(lots("Valves", 200, 190), FigureSource.ENTERED)));
        assertEquals("monthlySheet.frozen.submitted", refusal(() -> sheet.fillFromRecords(List.of())));

        var late = quality();
        late.enter(lots("Valves", 1, 1), FigureSource.ENTERED);
        late.submit(DUE.plusSeconds(1), APRIL_2, "quality");
        assertTrue(late.isSubmittedLate());
    }

    @Test
    void onlyASubmittedSheetIsAcceptedAndOnlyOnce_CS09() {
        var sheet = quality();
        assertEquals("monthlySheet.accept.notSubmitted", refusal(() -> sheet.accept(DUE, "sales")));
        sheet.enter(lots("Valves", 200, 196), FigureSource.ENTERED);
        sheet.submit(DUE, APRIL_2, "quality");
        sheet.accept(DUE.plusSeconds(3600), "sales");
        assertEquals(SheetStatus.ACCEPTED, sheet.getStatus());
        assertEquals("sales", sheet.getAcceptedBy());
        assertEquals("monthlySheet.accept.already", refusal(() -> sheet.accept(DUE, "sales")));
        assertEquals("monthlySheet.frozen.accepted", refusal(() -> sheet.changeRemark("late")));
    }

    @Test
    void anAcceptedSheetChangesOnlyByACorrectionWithAReason_CS09() {
        var sheet = quality();
        sheet.enter(lots("Valves", 200, 196), FigureSource.ENTERED);
        sheet.submit(DUE, APRIL_2, "quality");
        sheet.accept(DUE, "sales");
        var passed = FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_PASSED, "Valves");
        assertEquals(
                "monthlySheet.correct.reason.required",
                refusal(() -> sheet.correct(passed, BigDecimal.valueOf(190), " ")));
        assertEquals(
                "monthlySheet.passedAboveInspected",
                refusal(() -> sheet.correct(passed, BigDecimal.valueOf(201), "two lots recounted")));
        assertEquals(
                "monthlySheet.correct.unchanged",
                refusal(() -> sheet.correct(passed, BigDecimal.valueOf(196), "same")));
        var before = sheet.auditSnapshot();
        sheet.correct(passed, BigDecimal.valueOf(190), "six lots failed the re-inspection");
        assertEquals("Valves: 196", before.get("QUALITY_LOTS_PASSED"));
        assertEquals("Valves: 190", sheet.auditSnapshot().get("QUALITY_LOTS_PASSED"));
        assertEquals(FigureSource.CORRECTED, sheet.value(passed).orElseThrow().getSource());
        assertEquals(SheetStatus.ACCEPTED, sheet.getStatus(), "a correction keeps the sheet accepted");
        assertEquals(
                new BigDecimal("95.00"),
                sheet.valueOf(SheetFigure.QUALITY_PASS_RATE).orElseThrow());

        var draft = quality();
        assertEquals("monthlySheet.correct.notFrozen", refusal(() -> draft.correct(passed, BigDecimal.ONE, "why")));
    }

    @Test
    void figuresFromRecordsAreCountedAnewUntilSubmissionAndKeepTheEnteredOnes_CS09() {
        var sheet = new MonthlySheet(SheetDepartment.SALES, MARCH, DUE);
        sheet.fillFromRecords(List.of(
                FigureValue.ofFamily(SheetFigure.SALES_DELIVERIES, "Valves", BigDecimal.valueOf(4)),
                FigureValue.ofFamily(SheetFigure.SALES_DELIVERIES_ON_TIME, "Valves", BigDecimal.valueOf(3))));
        sheet.enter(
                Map.of(FigureKey.of(SheetFigure.SALES_PRODUCTION_INTERRUPTIONS), BigDecimal.ONE), FigureSource.ENTERED);
        sheet.fillFromRecords(List.of(
                FigureValue.ofFamily(SheetFigure.SALES_DELIVERIES, "Valves", BigDecimal.valueOf(5)),
                FigureValue.ofFamily(SheetFigure.SALES_DELIVERIES_ON_TIME, "Valves", BigDecimal.valueOf(5))));
        assertEquals(
                new BigDecimal("100.00"),
                sheet.valueOf(SheetFigure.SALES_ON_TIME_SHARE).orElseThrow());
        assertEquals(
                BigDecimal.ONE,
                sheet.valueOf(SheetFigure.SALES_PRODUCTION_INTERRUPTIONS).orElseThrow());
        assertEquals(3, sheet.getValues().size());
        assertEquals(
                "monthlySheet.figure.notFromRecords",
                refusal(() -> sheet.fillFromRecords(
                        List.of(FigureValue.of(SheetFigure.SALES_PRODUCTION_INTERRUPTIONS, BigDecimal.TEN)))));
    }

    @Test
    void aDepartmentKeepsOnlyItsOwnSheetAndAdminAny_CS09() {
        assertTrue(SheetDepartment.FINANCE.isKeptBy(EnumSet.of(Department.FINANCE)));
        assertTrue(SheetDepartment.FINANCE.isKeptBy(EnumSet.of(Department.ADMIN)));
        assertFalse(SheetDepartment.FINANCE.isKeptBy(EnumSet.of(Department.PRODUCTION)));
        assertEquals(
                "monthlySheet.otherDepartment",
                refusal(() -> FiguresStep.requireKeeper(SheetDepartment.FINANCE, EnumSet.of(Department.PRODUCTION))));
        assertEquals(
                "figures.step.otherDepartment",
                refusal(() -> FiguresStep.requireKeeper(SheetDepartment.FINANCE, EnumSet.of(Department.SERVICE))));
    }

    @Test
    void theLowestCpkIsTheCompanysAndAMonthWithoutMeasurementsHasNone_CS09() {
        var values = List.of(
                new FigureValue(SheetFigure.PRODUCTION_CPK, "", "W1 · Boring · Bore", new BigDecimal("1.71")),
                new FigureValue(SheetFigure.PRODUCTION_CPK, "", "W1 · Hardening · Hardness", new BigDecimal("0.82")),
                new FigureValue(SheetFigure.PRODUCTION_CPK, "", "W2 · Assembly · Torque", null));
        assertEquals(
                new BigDecimal("0.82"),
                FigureTotals.valueOf(SheetFigure.PRODUCTION_CPK, values, null).orElseThrow());
        assertEquals(Optional.empty(), FigureTotals.valueOf(SheetFigure.PRODUCTION_CPK, List.of(values.get(2)), null));
    }
}
