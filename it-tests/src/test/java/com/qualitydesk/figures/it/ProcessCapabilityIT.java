package com.qualitydesk.figures.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.audit.AuditEntry;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.figures.CapabilityStatus;
import com.qualitydesk.figures.CapabilityStudy;
import com.qualitydesk.figures.Characteristic;
import com.qualitydesk.figures.Characteristics;
import com.qualitydesk.figures.MeasurementImport;
import com.qualitydesk.figures.ProcessCapability;
import com.qualitydesk.it.support.Departments;
import com.qualitydesk.it.support.RealWar;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CS-09 process capability in the real WAR: PRODUCTION keeps a characteristic, imports its
 * gauge's file (all or nothing, each subgroup once), and every department reads Cp/Cpk over a
 * period, with the light of the procedure's thresholds.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessCapabilityIT {

    /** A month of the past, whatever day the test runs. */
    private static final LocalDate MONTH = LocalDate.now().minusMonths(2).withDayOfMonth(1);

    @Deployment
    static WebArchive deployment() throws Exception {
        return RealWar.withTestsInside(Departments.class);
    }

    @Inject
    Departments as;

    @Inject
    Characteristics characteristics;

    @Inject
    MeasurementImport measurements;

    @Inject
    ProcessCapability capability;

    @Inject
    AuditTrail audit;

    private Characteristic bore;

    @BeforeEach
    void aBoreDiameterOfItsOwn() throws Exception {
        var c = new Characteristic(
                "Workshop " + UUID.randomUUID().toString().substring(0, 8), "Grinding", "Bore diameter", 5);
        c.setUnit("mm");
        c.setLowerLimit(9.95);
        c.setUpperLimit(10.05);
        c.setTarget(10.0);
        bore = as.production(() -> characteristics.save(c));
    }

    /** 30 subgroups of 5, one an hour from the first day of the month, drifting up by 0.001 each. */
    private static List<double[]> subgroups() {
        var random = new Random(42);
        var all = new ArrayList<double[]>();
        for (int s = 0; s < 30; s++) {
            double[] group = new double[5];
            for (int i = 0; i < 5; i++) {
                group[i] = Math.round((10.0 + 0.001 * s + random.nextGaussian() * 0.008) * 10000) / 10000.0;
            }
            all.add(group);
        }
        return all;
    }

    private static byte[] file(List<double[]> subgroups, int firstSubgroup, LocalDateTime start) {
        var csv = new StringBuilder("time,subgroup,value\n");
        for (int s = 0; s < subgroups.size(); s++) {
            for (double v : subgroups.get(s)) {
                csv.append(start.plusHours(s))
                        .append(',')
                        .append(firstSubgroup + s)
                        .append(',')
                        .append(v)
                        .append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void productionImportsAGaugesFileAndEveryoneReadsItsCapability_CS09() throws Exception {
        var data = subgroups();
        var report = as.production(() -> measurements.importFile(bore.getId(), file(data, 1, MONTH.atTime(6, 0))));
        assertTrue(report.imported(), () -> report.problems().toString());
        assertEquals(150, report.values());
        assertEquals(30, report.subgroups());

        var month = as.generalManager(
                () -> capability.of(bore.getId(), MONTH, MONTH.plusMonths(1).minusDays(1)));
        var expected = CapabilityStudy.of(bore.specification(), 5, data, 25);
        CapabilityStudy study = month.study();
        assertEquals(30, study.subgroups());
        assertEquals(150, study.values());
        assertEquals(expected.mean(), study.mean(), 1e-12);
        assertEquals(expected.sigmaWithin(), study.sigmaWithin(), 1e-12);
        assertEquals(expected.within().actual(), study.within().actual(), 1e-12, "Cpk");
        assertEquals(expected.overall().actual(), study.overall().actual(), 1e-12, "Ppk");
        assertFalse(study.tooFewData());
        assertEquals(
                CapabilityStatus.of(expected.within().actual(), 1.33, 1.0),
                month.status(),
                "the light of 1.33 and 1.00");
        assertNotNull(study.location());

        // the first day alone holds the first 18 hours' subgroups: too few data, shown, not hidden
        var firstDay = as.sales(() -> capability.of(bore.getId(), MONTH, MONTH));
        assertEquals(18, firstDay.study().subgroups());
        assertTrue(firstDay.study().tooFewData());
        var before = as.quality(() -> capability.of(bore.getId(), MONTH.minusMonths(1), MONTH.minusDays(1)));
        assertEquals(0, before.study().values());
        assertEquals(CapabilityStatus.NO_DATA, before.status());

        List<AuditEntry> history = as.production(
                        () -> audit.history("Characteristic", bore.getId(), PageRequest.of(0, 20)))
                .rows();
        assertTrue(
                history.stream()
                        .anyMatch(e -> "IMPORTED".equals(e.getAction())
                                && e.getNewValue() != null
                                && e.getNewValue().startsWith("150 values, 30 subgroups")),
                history.toString());
    }

    @Test
    void aFileIsTakenWholeOrNotAtAllAndEachSubgroupOnce_CS09() throws Exception {
        var data = subgroups().subList(0, 3);
        byte[] good = file(data, 1, MONTH.atTime(6, 0));
        assertTrue(
                as.production(() -> measurements.importFile(bore.getId(), good)).imported());

        // the same file again: its subgroups are stored already, nothing is added
        var again = as.production(() -> measurements.importFile(bore.getId(), good));
        assertFalse(again.imported());
        assertEquals(
                List.of(
                        "2 subgroup measurements.subgroup.stored",
                        "7 subgroup measurements.subgroup.stored",
                        "12 subgroup measurements.subgroup.stored"),
                again.problems().stream()
                        .map(p -> p.line() + " " + p.column() + " " + p.reason())
                        .toList());

        // a bad value among good ones: nothing of the file is stored
        String bad = new String(file(data, 4, MONTH.atTime(12, 0)), StandardCharsets.UTF_8)
                .replaceFirst("\n([^\n]*),[^,\n]*\n", "\n$1,ten\n");
        var refused = as.production(() -> measurements.importFile(bore.getId(), bad.getBytes(StandardCharsets.UTF_8)));
        assertFalse(refused.imported());
        assertEquals(
                "2 value measurements.value.invalid",
                refused.problems().get(0).line() + " "
                        + refused.problems().get(0).column() + " "
                        + refused.problems().get(0).reason());
        var stored = as.production(() -> capability.of(bore.getId(), MONTH, MONTH.plusDays(1)));
        assertEquals(3, stored.study().subgroups(), "only the first file's subgroups");
    }

    @Test
    void onlyProductionQualityAndAdminKeepCharacteristicsAndImport_CS09() throws Exception {
        var bySales = new Characteristic("Workshop 9", "Assembly", "Torque", 1);
        bySales.setUpperLimit(50.0);
        assertTrue(rootIs(
                assertThrows(Exception.class, () -> as.sales(() -> characteristics.save(bySales))),
                EJBAccessException.class));
        byte[] one =
                "time,subgroup,value\n2026-01-05T08:00,1,10\n2026-01-05T08:00,1,10\n2026-01-05T08:00,1,10\n2026-01-05T08:00,1,10\n2026-01-05T08:00,1,10\n"
                        .getBytes(StandardCharsets.UTF_8);
        assertTrue(rootIs(
                assertThrows(Exception.class, () -> as.finance(() -> measurements.importFile(bore.getId(), one))),
                EJBAccessException.class));
        assertNotNull(as.quality(() -> characteristics.find(bore.getId())).orElse(null));
    }

    @Test
    void limitsMustMakeASpecificationAndANameIsTakenOnce_CS09() throws Exception {
        var crossed = new Characteristic(bore.getWorkshop(), "Grinding", "Roundness", 5);
        crossed.setLowerLimit(2.0);
        crossed.setUpperLimit(1.0);
        assertEquals("figures.spec.order", refusal(() -> as.production(() -> characteristics.save(crossed))));
        var none = new Characteristic(bore.getWorkshop(), "Grinding", "Roughness", 5);
        assertEquals("figures.spec.noLimit", refusal(() -> as.production(() -> characteristics.save(none))));
        var twice = new Characteristic(bore.getWorkshop(), "Grinding", "Bore diameter", 5);
        twice.setUpperLimit(10.1);
        assertEquals("characteristic.duplicate", refusal(() -> as.quality(() -> characteristics.save(twice))));
        var oneSided = new Characteristic(bore.getWorkshop(), "Grinding", "Roughness Ra", 1);
        oneSided.setUpperLimit(0.8);
        assertNotNull(
                as.admin(() -> characteristics.save(oneSided)).getId(), "an upper limit alone is a specification");
    }

    private static String refusal(org.junit.jupiter.api.function.Executable call) {
        Throwable e = assertThrows(Throwable.class, call);
        while (e != null && !(e instanceof RuleViolation)) {
            e = e.getCause();
        }
        assertNotNull(e, "refused by a rule");
        return ((RuleViolation) e).getMessageKey();
    }

    private static boolean rootIs(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
