package com.qualitydesk.analysis;

import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.feedback.CauseCategory;
import com.qualitydesk.figures.IndicatorFormat;
import com.qualitydesk.figures.MonthRange;
import com.qualitydesk.figures.MonthlySheet;
import com.qualitydesk.figures.QualityIndicators;
import com.qualitydesk.figures.QualityObjective;
import com.qualitydesk.security.Department;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.Pareto;
import com.qualitydesk.survey.SurveyCampaign;
import com.qualitydesk.survey.SurveyCategory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CS-10, CS-08: the system's part of the analysis report, drafted from the data: the satisfaction
 * trend of the last eight quarters against the objective, by item and by customer group; the main
 * aspects of dissatisfaction as a Pareto (items below the objective and the complaint causes of
 * the quarter); the quality objectives against their targets; the monthly sheets of the quarter;
 * and the improvement actions opened from the previous report, with how far they are (IM-01).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReportDrafting {

    /** Aspects named in the Pareto; the rest is one "other" bar, so the chart stays readable. */
    static final int ASPECTS = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    ClosedCampaigns closed;

    @Inject
    ProcedureSettings settings;

    @Inject
    QualityIndicators indicators;

    /**
     * The figures of the campaign's report as they stand now, the quality objectives included: the
     * caller runs as a department (a person of SALES, or the demo data as SALES).
     */
    public ReportFigures figures(SurveyCampaign campaign, ZoneId zone) {
        List<CampaignFigures> trend = closed.trendUpTo(campaign);
        CampaignFigures now = trend.get(trend.size() - 1);
        Optional<CampaignFigures> before =
                trend.size() > 1 ? Optional.of(trend.get(trend.size() - 2)) : Optional.empty();
        double objective = settings.value(ProcedureParameter.CS10_SATISFACTION_OBJECTIVE);

        var quarters = trend.stream()
                .map(f -> new ReportFigures.Quarter(
                        quarter(f.getPeriodEnd()),
                        f.getCampaignName(),
                        f.getReplies(),
                        f.getIndex(),
                        f.getSatisfiedPercent(),
                        f.coveragePercent()))
                .toList();
        var items = now.getItems().stream()
                .map(i -> new ReportFigures.Item(
                        i.getPosition(),
                        i.getTextEn(),
                        i.getTextZh(),
                        i.getCategory(),
                        i.getAnswers(),
                        i.getMean(),
                        i.getSatisfiedPercent(),
                        trend.stream()
                                .map(f -> f.getItems().stream()
                                        .filter(o -> o.getPosition() == i.getPosition())
                                        .map(CampaignItemFigure::getSatisfiedPercent)
                                        .findFirst()
                                        .orElse(null))
                                .toList()))
                .toList();
        Map<String, Double> previousIndex = new HashMap<>();
        before.ifPresent(
                b -> b.getGroups().forEach(g -> previousIndex.put(g.getGrouping() + "/" + g.getName(), g.getIndex())));
        var groups = now.getGroups().stream()
                .map(g -> new ReportFigures.Group(
                        g.getGrouping(),
                        g.getName(),
                        g.getReplies(),
                        g.getIndex(),
                        previousIndex.get(g.getGrouping() + "/" + g.getName())))
                .toList();
        return new ReportFigures(
                campaign.getName(),
                campaign.getPeriodStart(),
                campaign.getPeriodEnd(),
                objective,
                quarters,
                items,
                groups,
                dissatisfaction(now, objective, campaign, zone),
                indicators(campaign),
                operating(campaign),
                previousReport(campaign).map(AnalysisReport::reference).orElse(null),
                previousReport(campaign).map(r -> actionsOf(r.getCampaignId())).orElse(List.of()),
                List.of());
    }

    /** "2026-Q3": the quarter in which the surveyed period ends. */
    static String quarter(LocalDate periodEnd) {
        return periodEnd.getYear() + "-Q" + ((periodEnd.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * The Pareto of what customers were dissatisfied with: each item whose satisfied share is
     * below the objective counts its answers not satisfied; each cause category of the feedback
     * received in the quarter counts its cases. The cases with no cause found yet go to "other".
     */
    private List<ReportFigures.Aspect> dissatisfaction(
            CampaignFigures now, double objective, SurveyCampaign campaign, ZoneId zone) {
        var counts = new ArrayList<Pareto.Count>();
        var labels = new HashMap<String, String[]>();
        for (var item : now.getItems()) {
            if (item.getSatisfiedPercent() == null || item.getSatisfiedPercent() >= objective) {
                continue;
            }
            long notSatisfied = Math.round(item.getAnswers() * (100.0 - item.getSatisfiedPercent()) / 100.0);
            String key = "ITEM:" + item.getPosition();
            counts.add(new Pareto.Count(key, BigDecimal.valueOf(notSatisfied)));
            labels.put(key, new String[] {
                item.getTextEn(),
                item.getTextZh(),
                department(item.getCategory()).name()
            });
        }
        Instant from = campaign.getPeriodStart().atStartOfDay(zone).toInstant();
        Instant to = campaign.getPeriodEnd().plusDays(1).atStartOfDay(zone).toInstant();
        long cases = em.createQuery(
                        "select count(f) from Feedback f where f.receivedAt >= :from and f.receivedAt < :to",
                        Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        long named = 0;
        for (Object[] row : em.createQuery(
                        "select f.analysis.causeCategory, count(f) from Feedback f where f.receivedAt >= :from"
                                + " and f.receivedAt < :to and f.analysis.causeCategory is not null"
                                + " group by f.analysis.causeCategory",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()) {
            CauseCategory cause = (CauseCategory) row[0];
            long n = ((Number) row[1]).longValue();
            named += n;
            String key = "COMPLAINT:" + cause.name();
            counts.add(new Pareto.Count(key, BigDecimal.valueOf(n)));
            labels.put(key, new String[] {null, null, Department.QUALITY.name()});
        }
        BigDecimal total = counts.stream()
                .map(Pareto.Count::count)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(BigDecimal.valueOf(cases - named));
        var aspects = new ArrayList<ReportFigures.Aspect>();
        for (Pareto.Bar bar : Pareto.of(counts, total, ASPECTS).bars()) {
            if (bar.isOther()) {
                aspects.add(new ReportFigures.Aspect(
                        "OTHER", null, null, null, bar.count(), bar.share(), bar.cumulative()));
                continue;
            }
            String[] label = labels.get(bar.label());
            String source = bar.label().substring(0, bar.label().indexOf(':'));
            String en = source.equals("ITEM")
                    ? label[0]
                    : bar.label().substring(bar.label().indexOf(':') + 1);
            String zh = source.equals("ITEM") ? label[1] : en;
            aspects.add(new ReportFigures.Aspect(source, en, zh, label[2], bar.count(), bar.share(), bar.cumulative()));
        }
        return aspects;
    }

    /** IM-02: who improves what an item measures; SALES where the category is not known. */
    static Department department(String category) {
        try {
            return SurveyCategory.valueOf(category).responsible();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Department.SALES;
        }
    }

    /** IM-04: each quality objective over the quarter. */
    private List<ReportFigures.Indicator> indicators(SurveyCampaign campaign) {
        var range = MonthRange.quarterOf(YearMonth.from(campaign.getPeriodEnd()));
        var rows = new ArrayList<ReportFigures.Indicator>();
        for (QualityObjective o : QualityObjective.values()) {
            QualityIndicators.Reading r = indicators.read(o, range);
            rows.add(new ReportFigures.Indicator(
                    o.name(),
                    IndicatorFormat.target(r.target(), Locale.ENGLISH),
                    IndicatorFormat.target(r.target(), Locale.SIMPLIFIED_CHINESE),
                    r.value() == null ? null : IndicatorFormat.value(o, r.value(), Locale.ENGLISH),
                    r.value() == null ? null : IndicatorFormat.value(o, r.value(), Locale.SIMPLIFIED_CHINESE),
                    r.status().name()));
        }
        return rows;
    }

    /** CS-09: where each department's monthly sheet of the quarter's months stands. */
    private List<ReportFigures.SheetState> operating(SurveyCampaign campaign) {
        var range = MonthRange.quarterOf(YearMonth.from(campaign.getPeriodEnd()));
        return em
                .createQuery(
                        "select s from MonthlySheet s where s.monthStart >= :from and s.monthStart <= :to"
                                + " order by s.monthStart, s.department",
                        MonthlySheet.class)
                .setParameter("from", range.firstDay())
                .setParameter("to", range.last().atDay(1))
                .getResultList()
                .stream()
                .map(s -> new ReportFigures.SheetState(
                        s.getMonth().toString(),
                        s.getDepartment().name(),
                        s.getStatus().name(),
                        s.isSubmittedLate()))
                .toList();
    }

    /** The latest issued version of the report of the quarter before. */
    Optional<AnalysisReport> previousReport(SurveyCampaign campaign) {
        return em.createQuery(
                        "select r from AnalysisReport r where r.status = :issued and r.periodEnd < :start"
                                + " order by r.periodEnd desc, r.reportVersion desc",
                        AnalysisReport.class)
                .setParameter("issued", ReportStatus.ISSUED)
                .setParameter("start", campaign.getPeriodStart())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** IM-01: the actions opened from any version of a campaign's report, as they stand now. */
    public List<ReportFigures.ActionState> actionsOf(long campaignId) {
        return em
                .createQuery(
                        "select a from CorrectiveAction a where a.sourceType = :t and a.sourceId in"
                                + " (select r.id from AnalysisReport r where r.campaignId = :c) order by a.id",
                        CorrectiveAction.class)
                .setParameter("t", ActionSource.ANALYSIS_REPORT)
                .setParameter("c", campaignId)
                .getResultList()
                .stream()
                .map(a -> new ReportFigures.ActionState(
                        a.getId(),
                        a.getDescription(),
                        a.getOwnerDepartment().name(),
                        a.getDueDate(),
                        a.getStatus().name()))
                .toList();
    }
}
