package com.qualitydesk.review;

import static com.qualitydesk.review.ReviewPack.label;
import static com.qualitydesk.review.ReviewPack.text;

import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.feedback.QualityCosts;
import com.qualitydesk.figures.Characteristic;
import com.qualitydesk.figures.Characteristics;
import com.qualitydesk.figures.IndicatorFormat;
import com.qualitydesk.figures.MonthRange;
import com.qualitydesk.figures.ProcessCapability;
import com.qualitydesk.figures.QualityIndicators;
import com.qualitydesk.figures.QualityObjective;
import com.qualitydesk.review.ReviewPack.Section;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.survey.CampaignStatus;
import com.qualitydesk.survey.RecentCampaignFigures;
import com.qualitydesk.survey.SurveyCampaign;
import com.qualitydesk.survey.SurveyStatistics;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * IM-03: gathers every input ISO 9001:2015 §9.3.2 names for the review of a year, from the figures
 * the other procedures already count (and cache): the quality objectives and their readings
 * (CS-11, IM-04), the pass rate and the process capability (CS-09), the satisfaction of each
 * campaign (CS-10), the quality-cost ledger (CF-13), the register of actions (IM-01). Feedback and
 * actions are counted by the database, grouped; no raw rows are loaded, so five years of history
 * assemble as fast as one.
 */
@Stateless
@RolesAllowed({Role.SALES, Role.GENERAL_MANAGER})
public class ReviewPackAssembly {

    /** The snapshot's numbers are written one way, whatever the reader's language. */
    private static final Locale NUMBERS = Locale.ENGLISH;

    private static final String CURRENCY = "CNY";

    @PersistenceContext
    EntityManager em;

    @Inject
    QualityIndicators indicators;

    @Inject
    ProcessCapability capability;

    @Inject
    Characteristics characteristics;

    @Inject
    SurveyStatistics surveys;

    @Inject
    QualityCosts costs;

    @Inject
    WorkingCalendars calendars;

    /** The pack of the review as its inputs stand now. */
    public ReviewPack assemble(ManagementReview review, List<ReviewSubmission> submissions) {
        int year = review.getYear();
        var sections = new ArrayList<Section>();
        sections.add(previousActions(year));
        sections.add(satisfaction(year, review));
        sections.add(objectives(year));
        sections.add(process(year));
        sections.add(nonconformities(year));
        sections.add(monitoring(year));
        for (ReviewInput input : ReviewInput.values()) {
            if (input.isManual()) {
                sections.add(manual(input, review.manualInput(input)));
            }
        }
        sections.add(qualityCost(year));
        sections.add(departmentReports(submissions));
        return ReviewPack.of(sections);
    }

    /** §9.3.2 a): the actions of the decisions of the last review before this year's. */
    private Section previousActions(int year) {
        var rows = new ArrayList<List<String>>();
        List<Long> previous = em.createQuery(
                        "select r.id from ManagementReview r where r.year < :y order by r.year desc", Long.class)
                .setParameter("y", year)
                .setMaxResults(1)
                .getResultList();
        if (!previous.isEmpty()) {
            for (CorrectiveAction a : em.createQuery(
                            "select a from CorrectiveAction a where a.sourceType = :s and a.sourceId = :id order by a.id",
                            CorrectiveAction.class)
                    .setParameter("s", ActionSource.MANAGEMENT_REVIEW)
                    .setParameter("id", previous.get(0))
                    .getResultList()) {
                rows.add(List.of(
                        text("#" + a.getId()),
                        text(a.getDescription()),
                        label("department." + a.getOwnerDepartment().name()),
                        text(String.valueOf(a.getDueDate())),
                        label("action.status." + a.getStatus().name())));
            }
        }
        if (rows.isEmpty()) {
            rows.add(List.of(label("pack.none"), "", "", "", ""));
        }
        return new Section(
                ReviewInput.PREVIOUS_ACTIONS,
                List.of(
                        label("column.action"),
                        label("column.description"),
                        label("column.owner"),
                        label("column.due"),
                        label("column.status")),
                rows);
    }

    /** §9.3.2 c) 1): satisfaction of each campaign of the year, feedback by month and by type, SALES's summary. */
    private Section satisfaction(int year, ManagementReview review) {
        var rows = new ArrayList<List<String>>();
        for (SurveyCampaign c : em.createQuery(
                        "select c from SurveyCampaign c where c.status <> :planned and c.periodEnd between :from and :to"
                                + " order by c.periodEnd, c.id",
                        SurveyCampaign.class)
                .setParameter("planned", CampaignStatus.PLANNED)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList()) {
            double index = surveys.satisfactionIndex(c.getId());
            var invitations = RecentCampaignFigures.Invitations.of(em, c);
            rows.add(List.of(
                    label("row.campaign"),
                    text(c.getName() + " (" + c.getPeriodStart() + " … " + c.getPeriodEnd() + ")"),
                    Double.isNaN(index)
                            ? label("pack.noData")
                            : text(IndicatorFormat.value(QualityObjective.SATISFACTION, index, NUMBERS) + " · "
                                    + invitations.replied() + "/" + invitations.sent())));
        }
        ZoneId zone = calendars.current().zone();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            Long received = em.createQuery(
                            "select count(f) from Feedback f where f.receivedAt >= :from and f.receivedAt < :to",
                            Long.class)
                    .setParameter("from", month.atDay(1).atStartOfDay(zone).toInstant())
                    .setParameter(
                            "to",
                            month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())
                    .getSingleResult();
            rows.add(List.of(label("row.feedbackMonth"), text(month.toString()), text(String.valueOf(received))));
        }
        for (Object[] byType : em.createQuery(
                        "select f.type, count(f) from Feedback f where f.type is not null"
                                + " and f.receivedAt >= :from and f.receivedAt < :to group by f.type order by f.type",
                        Object[].class)
                .setParameter("from", yearStart(year, zone))
                .setParameter("to", yearStart(year + 1, zone))
                .getResultList()) {
            rows.add(List.of(
                    label("row.feedbackType"),
                    label("feedback.type." + ((Enum<?>) byType[0]).name()),
                    text(String.valueOf(byType[1]))));
        }
        rows.add(List.of(
                label("row.salesSummary"),
                label("department.SALES"),
                review.getSalesSummary() == null ? label("pack.notEntered") : text(review.getSalesSummary())));
        return new Section(
                ReviewInput.SATISFACTION,
                List.of(label("column.item"), label("column.subject"), label("column.value")),
                rows);
    }

    /** §9.3.2 c) 2): each quality objective against its figure of the whole year (IM-04). */
    private Section objectives(int year) {
        var rows = new ArrayList<List<String>>();
        for (QualityObjective o : QualityObjective.values()) {
            var reading = indicators.read(o, MonthRange.yearTo(YearMonth.of(year, 12)));
            rows.add(List.of(
                    label("objective." + o.name()),
                    text(IndicatorFormat.target(reading.target(), NUMBERS)),
                    reading.value() == null
                            ? label("pack.noData")
                            : text(IndicatorFormat.value(o, reading.value(), NUMBERS)),
                    label("indicator." + reading.status().name())));
        }
        return new Section(
                ReviewInput.OBJECTIVES,
                List.of(
                        label("column.objective"),
                        label("column.target"),
                        label("column.measured"),
                        label("column.status")),
                rows);
    }

    /** §9.3.2 c) 3): the pass rate of each month and the year's Cpk of each characteristic (CS-09). */
    private Section process(int year) {
        var rows = new ArrayList<List<String>>();
        for (int m = 1; m <= 12; m++) {
            var reading = indicators.read(QualityObjective.PASS_RATE, MonthRange.month(YearMonth.of(year, m)));
            rows.add(List.of(
                    label("row.passRate"),
                    text(YearMonth.of(year, m).toString()),
                    reading.value() == null
                            ? label("pack.noData")
                            : text(IndicatorFormat.value(QualityObjective.PASS_RATE, reading.value(), NUMBERS)),
                    label("indicator." + reading.status().name())));
        }
        for (Characteristic c : characteristics.all()) {
            var study = capability.of(c.getId(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            Double cpk = study.study().within().actual();
            rows.add(List.of(
                    label("row.cpk"),
                    text(c.getWorkshop() + " · " + c.getProcess() + " · " + c.getName()),
                    cpk == null || cpk.isNaN() || cpk.isInfinite()
                            ? label("pack.noData")
                            : text(IndicatorFormat.value(QualityObjective.PROCESS_CAPABILITY, cpk, NUMBERS)),
                    label("capability.status." + study.status().name())));
        }
        return new Section(
                ReviewInput.PROCESS,
                List.of(label("column.item"), label("column.subject"), label("column.value"), label("column.status")),
                rows);
    }

    /** §9.3.2 c) 4): the year's feedback by cause and the actions opened in it, by source and state (CF-10). */
    private Section nonconformities(int year) {
        ZoneId zone = calendars.current().zone();
        var rows = new ArrayList<List<String>>();
        for (Object[] byCause : em.createQuery(
                        "select f.analysis.causeCategory, count(f) from Feedback f where f.analysis.causeCategory is not null"
                                + " and f.receivedAt >= :from and f.receivedAt < :to"
                                + " group by f.analysis.causeCategory order by f.analysis.causeCategory",
                        Object[].class)
                .setParameter("from", yearStart(year, zone))
                .setParameter("to", yearStart(year + 1, zone))
                .getResultList()) {
            rows.add(List.of(
                    label("row.cause"),
                    label("feedback.category." + ((Enum<?>) byCause[0]).name()),
                    text(String.valueOf(byCause[1]))));
        }
        for (Object[] byState : em.createQuery(
                        "select a.sourceType, a.status, count(a) from CorrectiveAction a"
                                + " where a.createdAt >= :from and a.createdAt < :to"
                                + " group by a.sourceType, a.status order by a.sourceType, a.status",
                        Object[].class)
                .setParameter("from", yearStart(year, zone))
                .setParameter("to", yearStart(year + 1, zone))
                .getResultList()) {
            rows.add(List.of(
                    label("row.actions"),
                    label("action.source." + ((Enum<?>) byState[0]).name()),
                    label("action.status." + ((Enum<?>) byState[1]).name()),
                    text(String.valueOf(byState[2]))));
        }
        if (rows.isEmpty()) {
            rows.add(List.of(label("pack.none"), "", "", ""));
        }
        return new Section(
                ReviewInput.NONCONFORMITIES,
                List.of(label("column.item"), label("column.subject"), label("column.status"), label("column.count")),
                rows.stream()
                        .map(r -> r.size() == 4 ? r : List.of(r.get(0), r.get(1), "", r.get(2)))
                        .toList());
    }

    /** §9.3.2 c) 5): every measured objective by quarter, the year's monitoring at a glance. */
    private Section monitoring(int year) {
        var rows = new ArrayList<List<String>>();
        for (QualityObjective o : QualityObjective.values()) {
            var row = new ArrayList<String>();
            row.add(label("objective." + o.name()));
            for (int q = 0; q < 4; q++) {
                var reading = indicators.read(o, MonthRange.quarterOf(YearMonth.of(year, 3 * q + 1)));
                row.add(
                        reading.value() == null
                                ? label("pack.noData")
                                : text(IndicatorFormat.value(o, reading.value(), NUMBERS)));
            }
            rows.add(row);
        }
        return new Section(
                ReviewInput.MONITORING,
                List.of(label("column.objective"), text("Q1"), text("Q2"), text("Q3"), text("Q4")),
                rows);
    }

    private Section manual(ReviewInput input, String value) {
        return new Section(
                input,
                List.of(label("column.enteredBy"), label("column.text")),
                List.of(List.of(
                        label("department." + input.owner().orElseThrow().name()),
                        value == null ? label("pack.notEntered") : text(value))));
    }

    /** IM-04, CF-13: the quality cost booked each month and in the year. */
    private Section qualityCost(int year) {
        var rows = new ArrayList<List<String>>();
        BigDecimal total = BigDecimal.ZERO;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            BigDecimal booked = costs.totalOf(month).getOrDefault(CURRENCY, BigDecimal.ZERO);
            total = total.add(booked);
            rows.add(List.of(
                    text(month.toString()),
                    text(booked.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())));
        }
        rows.add(List.of(
                label("row.yearTotal"),
                text(total.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())));
        return new Section(ReviewInput.QUALITY_COST, List.of(label("column.month"), label("column.amount")), rows);
    }

    /** §9.3.2 f): each department's report and the state of its improvement measures. */
    private Section departmentReports(List<ReviewSubmission> submissions) {
        var rows = new ArrayList<List<String>>();
        for (ReviewSubmission s : submissions) {
            rows.add(List.of(
                    label("department." + s.getDepartment().name()),
                    s.isSubmitted() ? text(s.getReport()) : label("pack.notSubmitted"),
                    s.isSubmitted() ? text(s.getMeasures()) : "",
                    s.isSubmitted() ? text(s.getSubmittedBy() + " · " + s.getSubmittedAt()) : ""));
        }
        return new Section(
                ReviewInput.DEPARTMENT_REPORTS,
                List.of(
                        label("column.department"),
                        label("column.report"),
                        label("column.measures"),
                        label("column.submitted")),
                rows);
    }

    private static java.time.Instant yearStart(int year, ZoneId zone) {
        return Year.of(year).atDay(1).atStartOfDay(zone).toInstant();
    }
}
