package com.qualitydesk.figures;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo company's monthly operating sheets of the last two years (CS-09), so that the grid,
 * the sheets and the indicators mean something at the first start. The months before last are
 * accepted, as they were submitted then (the demo's records start only weeks ago, so their figures
 * are the company's history, not recounted; PRODUCTION's capability is computed from the demo
 * gauges wherever they measured). Four months ago QUALITY's pass rate fell below the 98 %
 * objective (new pump housings failed the pressure test); FINANCE sent one month late. Of the
 * month before last FINANCE's sheet is submitted, late, and not yet accepted; of last month SALES
 * has a draft, PRODUCTION submitted on time, QUALITY and FINANCE have not started, and their steps
 * wait in their inboxes. So the grid shows every state.
 */
@Stateless
@PermitAll
public class MonthlySheetsDemo {

    static final int MONTHS = 24;

    /** The demo products' families and their usual monthly lots: delivered, inspected. */
    private static final Map<String, int[]> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put("Pumps", new int[] {9, 22});
        FAMILIES.put("Seals", new int[] {25, 60});
        FAMILIES.put("Structural parts", new int[] {14, 30});
        FAMILIES.put("Valves", new int[] {18, 42});
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    SheetRecords sheetRecords;

    @Inject
    SubmissionSteps steps;

    @Inject
    ProcedureSettings settings;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    public void load() {
        var random = new Random(2024);
        ZoneId zone = calendars.current().zone();
        Instant now = clock.instant();
        YearMonth current = YearMonth.from(now.atZone(zone));
        var deadline = steps.deadline();
        List<Characteristic> characteristics = em.createQuery(
                        "select c from Characteristic c order by c.workshop, c.process, c.name", Characteristic.class)
                .getResultList();

        for (int back = MONTHS; back >= 2; back--) {
            YearMonth month = current.minusMonths(back);
            Instant due = deadline.of(month);
            // most sheets come a day or three before the deadline, in the afternoon; FINANCE was late seven months ago
            Instant onTime = due.minus(Duration.ofDays(1 + random.nextInt(3)))
                    .minus(Duration.ofMinutes(30 + random.nextInt(240)));
            Instant late = due.plus(Duration.ofHours(20));
            Instant accepted = due.plus(Duration.ofDays(2));

            var sales = new MonthlySheet(SheetDepartment.SALES, month, due);
            sales.fillFromRecords(salesHistory(random));
            sales.enter(
                    Map.of(
                            FigureKey.of(SheetFigure.SALES_PRODUCTION_INTERRUPTIONS),
                            count(random.nextInt(3) == 0 ? 1 : 0)),
                    FigureSource.ENTERED);
            close(sales, onTime, "sales", accepted);

            var quality = new MonthlySheet(SheetDepartment.QUALITY, month, due);
            quality.enter(lots(random, back == 4), FigureSource.ENTERED);
            if (back == 4) {
                quality.changeRemark("泵壳新铸件供应商试压不合格 6 批，已开 8D 并暂停该供应商。"
                        + " Six lots of pump housings from the new foundry failed the pressure test; 8D opened,"
                        + " the foundry suspended.");
            }
            close(quality, onTime.plus(Duration.ofMinutes(20)), "quality", accepted);

            var production = new MonthlySheet(SheetDepartment.PRODUCTION, month, due);
            production.fillFromRecords(capability(characteristics, month, random));
            close(production, onTime.minus(Duration.ofMinutes(40)), "production", accepted);

            var finance = new MonthlySheet(SheetDepartment.FINANCE, month, due);
            finance.fillFromRecords(
                    List.of(FigureValue.of(SheetFigure.FINANCE_QUALITY_COST, amount(15_000 + random.nextInt(25_000)))));
            finance.enter(finance(random), FigureSource.ENTERED);
            boolean financeLate = back == 7 || back == 2;
            close(finance, financeLate ? late : onTime, "finance", back == 2 ? null : accepted);
        }

        // last month: SALES's draft counted from the demo's own records, PRODUCTION's sheet submitted on time
        YearMonth last = current.minusMonths(1);
        Instant due = deadline.of(last);
        var sales = new MonthlySheet(SheetDepartment.SALES, last, due);
        sales.fillFromRecords(sheetRecords.of(SheetDepartment.SALES, last));
        sales.enter(Map.of(FigureKey.of(SheetFigure.SALES_PRODUCTION_INTERRUPTIONS), count(1)), FigureSource.ENTERED);
        records.create(sales);
        var production = new MonthlySheet(SheetDepartment.PRODUCTION, last, due);
        production.fillFromRecords(capability(characteristics, last, random));
        production.changeRemark("淬火炉温控漂移，硬度偏上限；已安排校准。 The hardening furnace drifts towards the upper"
                + " hardness limit; its calibration is planned.");
        Instant submitted = earlier(
                now.minus(Duration.ofMinutes(5)),
                last.plusMonths(1).atDay(1).atTime(10, 0).atZone(zone).toInstant());
        production.submit(submitted, LocalDate.ofInstant(now, zone), "production");
        records.create(production);
        steps.openDue(now);
        em.flush();
    }

    private void close(MonthlySheet sheet, Instant submitted, String by, Instant accepted) {
        sheet.submit(
                submitted, LocalDate.ofInstant(submitted, calendars.current().zone()), by);
        if (accepted != null) {
            sheet.accept(accepted, "sales");
        }
        records.create(sheet);
    }

    /** SALES's counts as they were: lots per family mostly on time, services, call-backs, a few complaints. */
    private static List<FigureValue> salesHistory(Random random) {
        var values = new ArrayList<FigureValue>();
        int lots = 0;
        for (var family : FAMILIES.entrySet()) {
            int delivered = family.getValue()[0] + random.nextInt(5) - 2;
            int late = random.nextInt(10) < 7 ? random.nextInt(2) : random.nextInt(3);
            lots += delivered;
            values.add(FigureValue.ofFamily(SheetFigure.SALES_DELIVERIES, family.getKey(), count(delivered)));
            values.add(FigureValue.ofFamily(
                    SheetFigure.SALES_DELIVERIES_ON_TIME, family.getKey(), count(delivered - late)));
            if (random.nextInt(4) == 0) {
                values.add(FigureValue.ofFamily(SheetFigure.SALES_RETURNS, family.getKey(), count(1)));
            }
        }
        int services = 6 + random.nextInt(7);
        values.add(FigureValue.of(SheetFigure.SALES_SERVICE_RECORDS, count(services)));
        values.add(FigureValue.of(SheetFigure.SALES_SERVICE_RECORDS_ON_TARGET, count(services - random.nextInt(2))));
        values.add(FigureValue.of(SheetFigure.SALES_CALL_BACKS_DUE, count(lots)));
        values.add(FigureValue.of(SheetFigure.SALES_CALL_BACKS_DONE, count(lots - random.nextInt(4))));
        values.add(FigureValue.of(SheetFigure.SALES_FEEDBACK_RECEIVED, count(3 + random.nextInt(7))));
        return values;
    }

    /** The main defects QUALITY names most, the first the pump housings' of the bad month. */
    private static final List<String> DEFECTS =
            List.of("试压渗漏 Pressure leak", "尺寸超差 Out of tolerance", "气孔 Porosity", "表面损伤 Surface damage");

    /**
     * QUALITY's lots per family and the failed lots by main defect (the Pareto); in the bad month
     * six pump lots (five leaking in the pressure test) and two others failed, one of them unnamed.
     */
    private static Map<FigureKey, BigDecimal> lots(Random random, boolean badMonth) {
        var values = new LinkedHashMap<FigureKey, BigDecimal>();
        int failedAll = 0;
        for (var family : FAMILIES.entrySet()) {
            int inspected = family.getValue()[1] + random.nextInt(7) - 3;
            int failed = badMonth ? (family.getKey().equals("Pumps") ? 6 : 1) : (random.nextInt(3) == 0 ? 1 : 0);
            failedAll += failed;
            values.put(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_INSPECTED, family.getKey()), count(inspected));
            values.put(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_PASSED, family.getKey()), count(inspected - failed));
        }
        if (badMonth) {
            values.put(FigureKey.ofDefect(DEFECTS.get(0)), count(5));
            values.put(FigureKey.ofDefect(DEFECTS.get(2)), count(2));
            values.put(FigureKey.ofDefect(DEFECTS.get(1)), count(Math.max(0, failedAll - 8)));
        } else {
            var named = new LinkedHashMap<FigureKey, BigDecimal>();
            for (int i = 0; i < failedAll; i++) {
                named.merge(
                        FigureKey.ofDefect(DEFECTS.get(1 + random.nextInt(DEFECTS.size() - 1))),
                        BigDecimal.ONE,
                        BigDecimal::add);
            }
            values.putAll(named);
        }
        return values;
    }

    /** A small manufacturer's month: 3.2 to 3.8 million CNY of cost, some express freight, a profit. */
    private static Map<FigureKey, BigDecimal> finance(Random random) {
        return Map.of(
                FigureKey.of(SheetFigure.FINANCE_OPERATING_COST), amount(3_200_000 + random.nextInt(600_000)),
                FigureKey.of(SheetFigure.FINANCE_EXCESS_FREIGHT), amount(8_000 + random.nextInt(17_000)),
                FigureKey.of(SheetFigure.FINANCE_PROFIT), amount(250_000 + random.nextInt(350_000)));
    }

    /**
     * Cp and Cpk of each characteristic in the month: computed from the demo gauges' measurements
     * where they measured (the hardness drifts in the last months), the company's history before.
     */
    private List<FigureValue> capability(List<Characteristic> characteristics, YearMonth month, Random random) {
        int minSubgroups = settings.value(ProcedureParameter.CS09_MIN_SUBGROUPS);
        double capable = settings.value(ProcedureParameter.CS09_CPK_GOOD_HUNDREDTHS) / 100.0;
        double marginal = settings.value(ProcedureParameter.CS09_CPK_FAIR_HUNDREDTHS) / 100.0;
        var values = new ArrayList<FigureValue>();
        for (Characteristic c : characteristics) {
            var study = ProcessCapability.study(
                            em, c, month.atDay(1), month.atEndOfMonth(), minSubgroups, capable, marginal)
                    .study();
            BigDecimal cp = SheetRecords.index(study.within().potential());
            BigDecimal cpk = SheetRecords.index(study.within().actual());
            if (study.values() == 0) {
                double history = 1.45 + random.nextGaussian() * 0.12;
                cp = BigDecimal.valueOf(history + 0.08).setScale(2, RoundingMode.HALF_UP);
                cpk = BigDecimal.valueOf(history).setScale(2, RoundingMode.HALF_UP);
            }
            values.add(new FigureValue(SheetFigure.PRODUCTION_CP, "", c.label(), cp));
            values.add(new FigureValue(SheetFigure.PRODUCTION_CPK, "", c.label(), cpk));
        }
        return values;
    }

    private static BigDecimal count(int n) {
        return BigDecimal.valueOf(Math.max(0, n));
    }

    private static BigDecimal amount(long yuan) {
        return BigDecimal.valueOf(yuan).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
