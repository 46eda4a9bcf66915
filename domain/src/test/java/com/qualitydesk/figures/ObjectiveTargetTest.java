package com.qualitydesk.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** IM-04: how a measured figure is judged against its objective, and the periods it is measured over. */
class ObjectiveTargetTest {

    @Test
    void passRateAtTheObjectiveIsMetAJustMissedOneAmberAndNothingInspectedNoData_CS09() {
        var target = ObjectiveTarget.of(QualityObjective.PASS_RATE, 98, 100, 1);
        assertEquals(IndicatorStatus.MET, target.judge(98.0));
        assertEquals(IndicatorStatus.NEAR, target.judge(97.9));
        assertEquals(IndicatorStatus.NEAR, target.judge(93.0));
        assertEquals(IndicatorStatus.MISSED, target.judge(92.9));
        assertEquals(IndicatorStatus.NO_DATA, target.judge(null));
        assertEquals(IndicatorStatus.NO_DATA, target.judge(Double.NaN));
    }

    @Test
    void satisfactionMustBeAboveNinetyNotAtIt_CS11() {
        var target = ObjectiveTarget.of(QualityObjective.SATISFACTION, 90, 100, 3);
        assertEquals(IndicatorStatus.NEAR, target.judge(90.0), "seed 004: more than 90 %");
        assertEquals(IndicatorStatus.MET, target.judge(90.1));
    }

    @Test
    void aCpkBetweenTheTwoThresholdsIsAmberAndANegativeOneRed_CS09() {
        var target = ObjectiveTarget.of(QualityObjective.PROCESS_CAPABILITY, 133, 100, 1);
        assertEquals(1.33, target.target(), 1e-12);
        assertEquals(IndicatorStatus.MET, target.judge(1.33));
        assertEquals(IndicatorStatus.NEAR, target.judge(1.0));
        assertEquals(IndicatorStatus.MISSED, target.judge(0.99));
        assertEquals(IndicatorStatus.MISSED, target.judge(-0.4));
    }

    @Test
    void theQualityCostCeilingIsMonthlyAndAQuarterHasThreeOfThem_IM04() {
        var month = ObjectiveTarget.of(QualityObjective.QUALITY_COST, 50000, 100, 1);
        assertEquals(IndicatorStatus.MET, month.judge(50000.0));
        assertEquals(IndicatorStatus.NEAR, month.judge(55000.0));
        assertEquals(IndicatorStatus.MISSED, month.judge(55000.01));
        assertEquals(IndicatorStatus.MET, month.judge(0.0), "no cost at all meets a ceiling");
        var quarter = ObjectiveTarget.of(QualityObjective.QUALITY_COST, 50000, 100, 3);
        assertEquals(150000.0, quarter.target(), 1e-9);
        assertEquals(IndicatorStatus.MET, quarter.judge(60000.0));
    }

    @Test
    void theQuarterAndTheYearRunUpToTheChosenMonth_IM04() {
        YearMonth november = YearMonth.of(2026, 11);
        assertEquals(new MonthRange(YearMonth.of(2026, 10), november), MonthRange.quarterTo(november));
        assertEquals(new MonthRange(YearMonth.of(2026, 1), november), MonthRange.yearTo(november));
        assertEquals(11, MonthRange.yearTo(november).months());
        assertEquals(new MonthRange(YearMonth.of(2026, 10), YearMonth.of(2026, 12)), MonthRange.quarterOf(november));
        assertEquals("2026-Q4", MonthRange.quarterOf(november).quarterLabel());
        assertEquals(1, MonthRange.quarterTo(YearMonth.of(2026, 1)).months());
        assertThrows(IllegalArgumentException.class, () -> new MonthRange(november, YearMonth.of(2026, 10)));
    }

    @Test
    void everyObjectiveNamesItsRuleItsSettingAndTheDepartmentThatImprovesIt_IM02() {
        for (QualityObjective o : QualityObjective.values()) {
            assertEquals(true, o.ruleId().matches("[A-Z]{2}-\\d{2}"), o.name());
        }
        assertEquals(com.qualitydesk.security.Department.PRODUCTION, QualityObjective.PROCESS_CAPABILITY.owner());
        assertEquals(com.qualitydesk.security.Department.QUALITY, QualityObjective.PASS_RATE.owner());
        assertEquals(com.qualitydesk.security.Department.FINANCE, QualityObjective.QUALITY_COST.owner());
    }
}
