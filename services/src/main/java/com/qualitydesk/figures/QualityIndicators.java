package com.qualitydesk.figures;

import com.qualitydesk.aftersales.CallBackMonth;
import com.qualitydesk.aftersales.CallBacks;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.feedback.QualityCosts;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.survey.CampaignStatus;
import com.qualitydesk.survey.SurveyCampaigns;
import com.qualitydesk.survey.SurveyStatistics;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CS-11, IM-04: every quality objective against the figure measured from the records, for a month,
 * its quarter and its year up to it, and the trend of the last 12 months (or 8 quarters). Each
 * figure is counted from the records of its own procedure; nothing here is typed in except the
 * inspected and passed lots of the monthly QUALITY sheet (CS-09). A figure with nothing to count
 * is "no data", never 0 % and never NaN.
 */
@Stateless
@RolesAllowed({
    Role.SALES,
    Role.QUALITY,
    Role.TECHNICAL,
    Role.PRODUCTION,
    Role.FINANCE,
    Role.OFFICE,
    Role.GENERAL_MANAGER,
    Role.ADMIN
})
public class QualityIndicators {

    /** The company's currency: the quality-cost ceiling is kept in it. */
    static final String CURRENCY = "CNY";

    static final int TREND_MONTHS = 12;
    static final int TREND_QUARTERS = 8;

    /** One measured value with its light; {@code value} is null when there was nothing to count. */
    public record Reading(MonthRange range, Double value, ObjectiveTarget target, IndicatorStatus status) {}

    /** An objective for a month: the month, its quarter to date and its year to date. */
    public record Indicator(QualityObjective objective, Reading month, Reading quarter, Reading year) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcedureSettings settings;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    @Inject
    SheetFigures sheets;

    @Inject
    CallBacks callBacks;

    @Inject
    QualityCosts costs;

    @Inject
    SurveyStatistics surveys;

    @Inject
    SurveyCampaigns campaigns;

    @Inject
    Characteristics characteristics;

    @Inject
    ProcessCapability capability;

    /** Every objective for the month, its quarter to date and its year to date. */
    public List<Indicator> of(YearMonth month) {
        var indicators = new ArrayList<Indicator>();
        for (QualityObjective o : QualityObjective.values()) {
            indicators.add(new Indicator(
                    o,
                    read(o, MonthRange.month(month)),
                    read(o, MonthRange.quarterTo(month)),
                    read(o, MonthRange.yearTo(month))));
        }
        return indicators;
    }

    /**
     * The month's figures of the objectives these departments improve (IM-02), for their home
     * page; the general manager and the administrator answer for all of them.
     */
    public List<Reading> monthFor(YearMonth month, Set<Department> departments) {
        boolean all = departments.contains(Department.GENERAL_MANAGER) || departments.contains(Department.ADMIN);
        var readings = new ArrayList<Reading>();
        for (QualityObjective o : QualityObjective.values()) {
            if (all || departments.contains(o.owner())) {
                readings.add(read(o, MonthRange.month(month)));
            }
        }
        return readings;
    }

    /** The last 12 months up to this one, or the last 8 quarters for the per-campaign figures. */
    public List<Reading> trend(QualityObjective objective, YearMonth month) {
        var points = new ArrayList<Reading>();
        if (objective.byQuarter()) {
            MonthRange last = MonthRange.quarterOf(month);
            for (int k = TREND_QUARTERS - 1; k >= 0; k--) {
                points.add(read(objective, MonthRange.quarterOf(last.first().minusMonths(3L * k))));
            }
        } else {
            for (int k = TREND_MONTHS - 1; k >= 0; k--) {
                points.add(read(objective, MonthRange.month(month.minusMonths(k))));
            }
        }
        return points;
    }

    /** The figure of one objective over a range, with its target and light. */
    public Reading read(QualityObjective objective, MonthRange range) {
        var target = ObjectiveTarget.of(
                objective,
                settings.value(objective.target()),
                settings.value(ProcedureParameter.CS09_CPK_FAIR_HUNDREDTHS),
                range.months());
        Double value =
                switch (objective) {
                    case PASS_RATE -> passRate(range);
                    case SATISFACTION -> satisfaction(range);
                    case REPLIED_ON_TIME -> repliedOnTime(range);
                    case FEEDBACK_ANSWERED -> answered(range);
                    case SURVEY_COVERAGE -> coverage(range);
                    case CALL_BACK_SHARE -> callBackShare(range);
                    case PROCESS_CAPABILITY -> lowestCpk(range);
                    case QUALITY_COST -> qualityCost(range);
                };
        return new Reading(range, value, target, target.judge(value));
    }

    /** CS-09: lots passed of lots inspected, from the QUALITY sheets of the range's months. */
    private Double passRate(MonthRange range) {
        BigDecimal inspected = BigDecimal.ZERO;
        BigDecimal passed = BigDecimal.ZERO;
        for (YearMonth m : range.each()) {
            inspected = inspected.add(
                    sheets.valueOf(SheetFigure.QUALITY_LOTS_INSPECTED, m).orElse(BigDecimal.ZERO));
            passed = passed.add(
                    sheets.valueOf(SheetFigure.QUALITY_LOTS_PASSED, m).orElse(BigDecimal.ZERO));
        }
        return share(passed.doubleValue(), inspected.doubleValue());
    }

    /**
     * CS-11: the mean satisfaction index of the campaigns of the quarters the range touches. A
     * campaign belongs to the quarter in which the period it surveys ends.
     */
    private Double satisfaction(MonthRange range) {
        double sum = 0;
        int counted = 0;
        for (long campaign : campaignsOf(range)) {
            double index = surveys.satisfactionIndex(campaign);
            if (!Double.isNaN(index)) {
                sum += index;
                counted++;
            }
        }
        return counted == 0 ? null : sum / counted;
    }

    /** CS-02: customers covered of customers to cover, over the campaigns of the range's quarters. */
    private Double coverage(MonthRange range) {
        long eligible = 0;
        long covered = 0;
        for (long campaign : campaignsOf(range)) {
            var c = campaigns.coverage(campaign);
            eligible += c.eligible();
            covered += c.covered();
        }
        return share(covered, eligible);
    }

    private List<Long> campaignsOf(MonthRange range) {
        return em.createQuery(
                        "select c.id from SurveyCampaign c where c.status <> :planned"
                                + " and c.periodEnd between :from and :to order by c.periodEnd",
                        Long.class)
                .setParameter("planned", CampaignStatus.PLANNED)
                .setParameter("from", MonthRange.quarterOf(range.first()).firstDay())
                .setParameter("to", MonthRange.quarterOf(range.last()).lastDay())
                .getResultList();
    }

    /**
     * CF-05: of the written replies due in the range (up to now), those sent by their deadline's
     * day. A reply still unsent after its deadline counts as late.
     */
    private Double repliedOnTime(MonthRange range) {
        ZoneId zone = calendars.current().zone();
        Instant now = clock.instant();
        Instant from = range.firstDay().atStartOfDay(zone).toInstant();
        Instant to = range.lastDay().plusDays(1).atStartOfDay(zone).toInstant();
        long due = 0;
        long onTime = 0;
        for (Object[] row : em.createQuery(
                        "select f.replyDueAt, f.reply.sentOn from Feedback f where f.replyDueAt >= :from"
                                + " and f.replyDueAt < :to and f.replyDueAt <= :now",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("now", now)
                .getResultList()) {
            due++;
            LocalDate deadline = ((Instant) row[0]).atZone(zone).toLocalDate();
            if (row[1] != null && !((LocalDate) row[1]).isAfter(deadline)) {
                onTime++;
            }
        }
        return share(onTime, due);
    }

    /**
     * CF-12, seed 004 "100 % processing": of the registered feedback received in the range, the
     * share whose reply was sent; an item whose reply is not due yet is left out until it is.
     */
    private Double answered(MonthRange range) {
        ZoneId zone = calendars.current().zone();
        Object[] counts = em.createQuery(
                        "select count(f), count(f.reply.sentOn) from Feedback f where f.registeredAt is not null"
                                + " and f.receivedAt >= :from and f.receivedAt < :to"
                                + " and (f.reply.sentOn is not null or f.replyDueAt <= :now)",
                        Object[].class)
                .setParameter("from", range.firstDay().atStartOfDay(zone).toInstant())
                .setParameter(
                        "to", range.lastDay().plusDays(1).atStartOfDay(zone).toInstant())
                .setParameter("now", clock.instant())
                .getSingleResult();
        return share(((Number) counts[1]).longValue(), ((Number) counts[0]).longValue());
    }

    /** AS-05: call-backs done of the call-backs due in the range's months. */
    private Double callBackShare(MonthRange range) {
        long total = 0;
        long done = 0;
        for (YearMonth m : range.each()) {
            CallBackMonth month = callBacks.month(m);
            total += month.total();
            done += month.done();
        }
        return share(done, total);
    }

    /** CS-09: the lowest Cpk of the characteristics measured in the range; the weakest process counts. */
    private Double lowestCpk(MonthRange range) {
        Double lowest = null;
        for (Characteristic c : characteristics.all()) {
            Double cpk = capability
                    .of(c.getId(), range.firstDay(), range.lastDay())
                    .study()
                    .within()
                    .actual();
            if (cpk != null && !cpk.isNaN() && !cpk.isInfinite() && (lowest == null || cpk < lowest)) {
                lowest = cpk;
            }
        }
        return lowest;
    }

    /** CF-13: the quality cost booked in the range, in the company's currency. */
    private Double qualityCost(MonthRange range) {
        BigDecimal total = BigDecimal.ZERO;
        for (YearMonth m : range.each()) {
            total = total.add(costs.totalOf(m).getOrDefault(CURRENCY, BigDecimal.ZERO));
        }
        return total.doubleValue();
    }

    /**
     * A record behind a figure, for the click-through from the indicators page: what it is (a
     * FEEDBACK case, a survey CAMPAIGN, a CHARACTERISTIC, a quality COST of a case or a return),
     * its id, how people name it and the figure it brings.
     */
    public record RecordBehind(String kind, long id, String reference, String text, String figure) {}

    static final int RECORDS_BEHIND = 200;

    /**
     * The records behind an objective's figure of the month, the ones that pull it down first:
     * the replies sent late or not at all, the campaigns, each characteristic's Cpk, the cost
     * rows. The pass rate and the call-backs are read on their own screens.
     */
    public List<RecordBehind> behind(QualityObjective objective, YearMonth month) {
        MonthRange range = MonthRange.month(month);
        ZoneId zone = calendars.current().zone();
        Instant from = range.firstDay().atStartOfDay(zone).toInstant();
        Instant to = range.lastDay().plusDays(1).atStartOfDay(zone).toInstant();
        var rows = new ArrayList<RecordBehind>();
        switch (objective) {
            case REPLIED_ON_TIME -> {
                for (Object[] r : em.createQuery(
                                "select f.id, f.number, f.replyDueAt, f.reply.sentOn from Feedback f"
                                        + " where f.replyDueAt >= :from and f.replyDueAt < :to and f.replyDueAt <= :now"
                                        + " order by f.replyDueAt",
                                Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setParameter("now", clock.instant())
                        .getResultList()) {
                    LocalDate due = ((Instant) r[2]).atZone(zone).toLocalDate();
                    LocalDate sent = (LocalDate) r[3];
                    if ((sent == null || sent.isAfter(due)) && rows.size() < RECORDS_BEHIND) {
                        rows.add(new RecordBehind(
                                "FEEDBACK",
                                (Long) r[0],
                                (String) r[1],
                                due.toString(),
                                sent == null ? "" : sent.toString()));
                    }
                }
            }
            case FEEDBACK_ANSWERED ->
                em.createQuery(
                                "select f.id, f.number, f.receivedAt, f.replyDueAt from Feedback f"
                                        + " where f.registeredAt is not null and f.receivedAt >= :from and f.receivedAt < :to"
                                        + " and f.reply.sentOn is null and f.replyDueAt <= :now order by f.receivedAt",
                                Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setParameter("now", clock.instant())
                        .setMaxResults(RECORDS_BEHIND)
                        .getResultStream()
                        .forEach(r -> rows.add(new RecordBehind(
                                "FEEDBACK",
                                (Long) r[0],
                                (String) r[1],
                                ((Instant) r[2]).atZone(zone).toLocalDate().toString(),
                                ((Instant) r[3]).atZone(zone).toLocalDate().toString())));
            case SATISFACTION, SURVEY_COVERAGE -> {
                for (long id : campaignsOf(range)) {
                    String name = em.createQuery("select c.name from SurveyCampaign c where c.id = :id", String.class)
                            .setParameter("id", id)
                            .getSingleResult();
                    var coverage = campaigns.coverage(id);
                    rows.add(new RecordBehind(
                            "CAMPAIGN",
                            id,
                            name,
                            coverage.covered() + " / " + coverage.eligible(),
                            percent(
                                    objective == QualityObjective.SATISFACTION
                                            ? surveys.satisfactionIndex(id)
                                            : coverage.percent())));
                }
            }
            case PROCESS_CAPABILITY -> {
                for (Characteristic c : characteristics.all()) {
                    var study = capability
                            .of(c.getId(), range.firstDay(), range.lastDay())
                            .study();
                    Double cpk = study.within().actual();
                    if (study.values() > 0) {
                        rows.add(new RecordBehind(
                                "CHARACTERISTIC",
                                c.getId(),
                                c.label(),
                                String.valueOf(study.subgroups()),
                                cpk == null || cpk.isNaN() ? "" : String.format(java.util.Locale.ROOT, "%.2f", cpk)));
                    }
                }
                // the weakest process first; one without a Cpk (no spread) last
                rows.sort(java.util.Comparator.comparingDouble(
                        r -> r.figure().isEmpty() ? Double.MAX_VALUE : Double.parseDouble(r.figure())));
            }
            case QUALITY_COST ->
                em.createQuery(
                                "select c from QualityCost c where c.incurredOn between :from and :to"
                                        + " order by c.amount desc, c.id",
                                com.qualitydesk.feedback.QualityCost.class)
                        .setParameter("from", range.firstDay())
                        .setParameter("to", range.lastDay())
                        .setMaxResults(RECORDS_BEHIND)
                        .getResultStream()
                        .forEach(c -> rows.add(new RecordBehind(
                                c.getFeedbackId() != null ? "FEEDBACK" : "RETURN",
                                c.getFeedbackId() != null ? c.getFeedbackId() : c.getReturnId(),
                                c.getKind().name(),
                                c.getIncurredOn() + (c.getNote() == null ? "" : " · " + c.getNote()),
                                c.getAmount().setScale(2, java.math.RoundingMode.HALF_UP) + " " + c.getCurrency())));
            default -> {
                // PASS_RATE and CALL_BACK_SHARE: their own screens list the lots and the call-backs
            }
        }
        return rows;
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "" : String.format(java.util.Locale.ROOT, "%.1f %%", value);
    }

    private static Double share(double part, double whole) {
        return whole <= 0 ? null : part * 100.0 / whole;
    }
}
