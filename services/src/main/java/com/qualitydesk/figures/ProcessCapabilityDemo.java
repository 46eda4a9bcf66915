package com.qualitydesk.figures;

import com.qualitydesk.audit.AuditedRecords;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Random;

/**
 * The demo company's important processes (CS-09): two years of measurements of three
 * characteristics, as long as the demo's monthly sheets go back, so that the capability page, the
 * sheets and the objectives mean something at the first start. The bore is capable throughout; the hardness drifts up over the last months until it is no longer capable;
 * the tightening torque is measured one value at a time (individuals and moving ranges).
 */
@Stateless
@PermitAll
public class ProcessCapabilityDemo {

    static final int MONTHS = 24;
    static final int SUBGROUPS_PER_MONTH = 25;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    Clock clock;

    public void load() {
        var random = new Random(2026);
        YearMonth first = YearMonth.now(clock).minusMonths(MONTHS);

        var bore = characteristic("一车间 Workshop 1", "精镗 Fine boring", "孔径 Bore diameter", "mm", 24.95, 25.05, 25.0, 5);
        var hardness = characteristic("一车间 Workshop 1", "淬火 Hardening", "硬度 Hardness", "HRC", 58.0, 62.0, 60.0, 5);
        var torque =
                characteristic("二车间 Workshop 2", "装配 Assembly", "拧紧扭矩 Tightening torque", "N·m", 45.0, 55.0, 50.0, 1);

        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = first.plusMonths(m);
            // the hardening furnace drifts in the last four months: the mean climbs towards the upper limit
            double drift = Math.max(0, m - (MONTHS - 5)) * 0.45;
            for (int s = 0; s < SUBGROUPS_PER_MONTH; s++) {
                LocalDateTime at = month.atDay(1 + s).atTime(8 + s % 8, 15);
                int subgroup = m * SUBGROUPS_PER_MONTH + s + 1;
                for (int i = 0; i < 5; i++) {
                    em.persist(new Measurement(
                            bore.getId(), at, subgroup, round(25.0 + random.nextGaussian() * 0.009, 4)));
                    em.persist(new Measurement(
                            hardness.getId(), at, subgroup, round(60.0 + drift + random.nextGaussian() * 0.45, 2)));
                }
                em.persist(new Measurement(torque.getId(), at, subgroup, round(50.2 + random.nextGaussian() * 1.1, 1)));
            }
        }
        em.flush();
    }

    private Characteristic characteristic(
            String workshop,
            String process,
            String name,
            String unit,
            double lower,
            double upper,
            double target,
            int n) {
        var c = new Characteristic(workshop, process, name, n);
        c.setUnit(unit);
        c.setLowerLimit(lower);
        c.setUpperLimit(upper);
        c.setTarget(target);
        return records.create(c);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** The first day of the demo's measurements, for tests that read them. */
    static LocalDate firstDay(Clock clock) {
        return YearMonth.now(clock).minusMonths(MONTHS).atDay(1);
    }
}
