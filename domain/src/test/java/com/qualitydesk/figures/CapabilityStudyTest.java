package com.qualitydesk.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.shared.RuleViolation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** CS-09 process capability, against data sets worked out by hand (each expected value's sum is written out). */
class CapabilityStudyTest {

    private static final double E = 1e-4;

    @Test
    void theNistHandbookExample_CS09() {
        // NIST/SEMATECH e-Handbook §6.1.6: USL 20, LSL 8, mean 16, sigma 2 → Cp 1, Cpk 0.6667
        var indices = CapabilityIndices.of(new Specification(8.0, 20.0, null), 16, 2.0);
        assertEquals(1.0, indices.potential(), E);
        assertEquals(0.6667, indices.upper(), E);
        assertEquals(1.3333, indices.lower(), E);
        assertEquals(0.6667, indices.actual(), E);
    }

    @Test
    void individualsAndMovingRanges_CS09() {
        var study = CapabilityStudy.of(new Specification(8.0, 16.0, 12.0), 1, individuals(10, 12, 11, 13, 12), 25);
        assertEquals(ChartKind.INDIVIDUALS_MOVING_RANGE, study.kind());
        assertEquals(11.6, study.mean(), E); // 58 / 5
        double sigmaWithin = 1.5 / 1.1284; // moving ranges 2, 1, 2, 1
        assertEquals(sigmaWithin, study.sigmaWithin(), E);
        assertEquals(8 / (6 * sigmaWithin), study.within().potential(), E); // Cp 1.0027
        assertEquals(3.6 / (3 * sigmaWithin), study.within().actual(), E); // Cpk = CPL 0.9024
        double overall = Math.sqrt(5.2 / 4); // squared deviations 2.56 + .16 + .36 + 1.96 + .16
        assertEquals(overall, study.sigmaOverall(), E);
        assertEquals(8 / (6 * overall), study.overall().potential(), E); // Pp 1.1694
        assertEquals(3.6 / (3 * overall), study.overall().actual(), E); // Ppk 1.0525
        assertEquals(11.6 + 3 * sigmaWithin, study.location().upper(), E);
        assertEquals(11.6 - 3 * sigmaWithin, study.location().lower(), E);
        assertEquals(1.5, study.spread().center(), E);
        assertEquals(3.267 * 1.5, study.spread().upper(), 0.005);
        assertNull(study.points().get(0).spread(), "the first individual has no moving range");
        assertEquals(2.0, study.points().get(1).spread(), E);
        assertTrue(study.tooFewData(), "5 subgroups, 25 wanted: shown, and flagged");
    }

    @Test
    void meansAndRanges_CS09() {
        var study = CapabilityStudy.of(new Specification(7.0, 13.0, 10.0), 5, xbarR(), 3);
        assertEquals(ChartKind.MEAN_RANGE, study.kind());
        assertEquals(15, study.values());
        assertEquals(3, study.subgroups());
        assertEquals(10.0, study.mean(), E);
        double sigmaWithin = 2 / 2.3259; // R̄ = 2
        assertEquals(sigmaWithin, study.sigmaWithin(), E);
        assertEquals(10 + 0.577 * 2, study.location().upper(), 0.002);
        assertEquals(10 - 0.577 * 2, study.location().lower(), 0.002);
        assertEquals(2.114 * 2, study.spread().upper(), 0.003);
        assertEquals(0, study.spread().lower(), 0);
        assertEquals(6 / (6 * sigmaWithin), study.within().potential(), E); // Cp 1.1630
        assertEquals(study.within().potential(), study.within().actual(), E, "centred: Cpk = Cp");
        assertFalse(study.tooFewData());
        assertEquals(
                List.of(10.0, 11.0, 9.0),
                study.points().stream().map(ChartPoint::value).toList());
    }

    @Test
    void aMeanOutsideTheLimitsGivesANegativeCpk_CS09() {
        var study = CapabilityStudy.of(new Specification(12.0, 20.0, null), 5, xbarR(), 3);
        double sigmaWithin = 2 / 2.3259;
        assertEquals((10 - 12) / (3 * sigmaWithin), study.within().actual(), E); // −0.7753
        assertTrue(study.within().actual() < 0);
    }

    @Test
    void aOneSidedLimitGivesOnlyItsIndex_CS09() {
        var study = CapabilityStudy.of(new Specification(null, 13.0, null), 5, xbarR(), 3);
        assertNull(study.within().potential(), "no Cp without two limits");
        assertNull(study.within().lower(), "no CPL without a lower limit");
        assertEquals(3 / (3 * (2 / 2.3259)), study.within().upper(), E);
        assertEquals(study.within().upper(), study.within().actual(), E);
    }

    @Test
    void meansAndStandardDeviationsAboveTen_CS09() {
        double[] first = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        double[] second = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        var study = CapabilityStudy.of(new Specification(-10.0, 20.0, null), 11, List.of(first, second), 2);
        assertEquals(ChartKind.MEAN_STANDARD_DEVIATION, study.kind());
        double sBar = Math.sqrt(11); // the sample variance of 11 consecutive integers is 11·12/12
        assertEquals(sBar / 0.9754, study.sigmaWithin(), 0.001);
        assertEquals(sBar, study.spread().center(), E);
        assertEquals(1.679 * sBar, study.spread().upper(), 0.005);
        assertEquals(0.321 * sBar, study.spread().lower(), 0.005);
    }

    @Test
    void noSpreadIsNoDataNeverNaN_CS09() {
        var study = CapabilityStudy.of(
                new Specification(9.0, 11.0, null), 2, List.of(new double[] {10, 10}, new double[] {10, 10}), 2);
        assertNull(study.within().potential());
        assertNull(study.within().actual());
        assertNull(study.overall().actual());
        assertTrue(study.points().stream().noneMatch(ChartPoint::isOutOfControl));
        var empty = CapabilityStudy.of(new Specification(9.0, 11.0, null), 5, List.of(), 25);
        assertEquals(0, empty.values());
        assertNull(empty.mean());
        assertNull(empty.within().actual());
        assertTrue(empty.tooFewData());
    }

    @Test
    void aSubgroupOfTheWrongSizeIsRefusedWithItsNumber_CS09() {
        var refused = assertThrows(
                RuleViolation.class,
                () -> CapabilityStudy.of(
                        new Specification(0.0, 1.0, null), 3, List.of(new double[] {1, 2, 3}, new double[] {1, 2}), 2));
        assertEquals("figures.subgroup.size", refused.getMessageKey());
        assertEquals(2, refused.getArguments()[0]);
    }

    @Test
    void limitsInTheWrongOrderAreRefused_CS09() {
        assertEquals(
                "figures.spec.order",
                assertThrows(RuleViolation.class, () -> new Specification(5.0, 5.0, null))
                        .getMessageKey());
        assertEquals(
                "figures.spec.noLimit",
                assertThrows(RuleViolation.class, () -> new Specification(null, null, 1.0))
                        .getMessageKey());
    }

    @Test
    void westernElectricRulesMarkThePointThatCompletesEachPattern_CS09() {
        var limits = new ControlLimits(-3, 0, 3); // sigma 1
        assertEquals(Set.of(1), marks(limits, 3.5).get(0));
        var two = marks(limits, 2.5, 0, -2.5, 2.5, 0, 2.5);
        assertEquals(Set.of(), two.get(2), "beyond two sigma, but on opposite sides");
        assertEquals(Set.of(), two.get(3), "one of three above");
        assertEquals(Set.of(2), two.get(5), "two of three beyond two sigma above");
        var four = marks(limits, -1.5, -1.5, 0, -1.5, -1.5);
        assertEquals(Set.of(3), four.get(4));
        assertEquals(Set.of(), four.get(3), "only three so far");
        var eight = marks(limits, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5);
        assertEquals(Set.of(), eight.get(6));
        assertEquals(Set.of(4), eight.get(7));
        assertEquals(
                Set.of(), marks(limits, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, -0.5).get(7));
    }

    private static List<Set<Integer>> marks(ControlLimits limits, double... values) {
        return WesternElectricRules.marks(values, limits);
    }

    private static List<double[]> individuals(double... values) {
        return java.util.Arrays.stream(values).mapToObj(v -> new double[] {v}).toList();
    }

    private static List<double[]> xbarR() {
        return List.of(
                new double[] {9, 10, 11, 10, 10}, new double[] {10, 12, 11, 11, 11}, new double[] {8, 9, 10, 9, 9});
    }
}
