package com.qualitydesk.figures;

import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.figures.document.MonthlyFiguresDocument;
import com.qualitydesk.figures.document.SheetDocument;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CS-09: the monthly sheets as every department but SERVICE reads them: a department's sheet of
 * a month with its figures, the completeness grid SALES watches, the sheet as a PDF in English
 * or Chinese, and the targets the figures are measured against.
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
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MonthlySheets {

    /** The grid's default span: a year of months. */
    public static final int GRID_MONTHS = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcedureSettings settings;

    @Inject
    WorkingCalendars calendars;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    QualityIndicators indicators;

    /** The department's sheet of the month with its figures; none when nobody opened it yet. */
    public Optional<MonthlySheet> find(@NotNull SheetDepartment department, @NotNull YearMonth month) {
        FiguresStep.READ_FIGURES.require(user.departments());
        var sheet = SheetAccess.find(em, department, month);
        sheet.ifPresent(s -> s.getValues().size());
        return sheet;
    }

    /**
     * CS-09: the completeness grid of the months up to {@code last}: per department and month
     * not started, draft, submitted (on time or late) or accepted, and whether an unsubmitted
     * sheet is overdue. One query for all the cells.
     */
    public SheetGrid grid(@NotNull YearMonth last, int months) {
        FiguresStep.READ_FIGURES.require(user.departments());
        int span = Math.max(1, Math.min(months, 36));
        YearMonth first = last.minusMonths(span - 1L);
        Map<String, Object[]> stored = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select s.department, s.monthStart, s.status, s.dueAt, s.submittedAt from MonthlySheet s"
                                + " where s.monthStart between :first and :last",
                        Object[].class)
                .setParameter("first", first.atDay(1))
                .setParameter("last", last.atDay(1))
                .getResultList()) {
            stored.put(row[0] + " " + YearMonth.from((java.time.LocalDate) row[1]), row);
        }
        Instant now = clock.instant();
        var monthList = new ArrayList<YearMonth>();
        for (int i = 0; i < span; i++) {
            monthList.add(first.plusMonths(i));
        }
        var deadline = new SubmissionDeadline(
                calendars.current(), settings.value(ProcedureParameter.CS09_SUBMISSION_WORKING_DAY));
        var rows = new ArrayList<SheetGrid.Row>();
        for (SheetDepartment department : SheetDepartment.values()) {
            var cells = new ArrayList<SheetGrid.Cell>();
            for (YearMonth month : monthList) {
                Object[] row = stored.get(department + " " + month);
                if (row == null) {
                    // a month nobody opened: overdue once its deadline passed, as it would be
                    cells.add(
                            new SheetGrid.Cell(month, SheetStatus.NOT_STARTED, false, now.isAfter(deadline.of(month))));
                } else {
                    SheetStatus status = (SheetStatus) row[2];
                    Instant due = (Instant) row[3];
                    Instant submitted = (Instant) row[4];
                    cells.add(new SheetGrid.Cell(
                            month,
                            status,
                            submitted != null && submitted.isAfter(due),
                            !status.isFrozen() && now.isAfter(due)));
                }
            }
            rows.add(new SheetGrid.Row(department, cells));
        }
        return new SheetGrid(monthList, rows);
    }

    /** The pass-rate objective and the Cpk thresholds as the parameters stand. */
    public SheetTargets targets() {
        return new SheetTargets(
                BigDecimal.valueOf(settings.value(ProcedureParameter.CS09_PASS_RATE_OBJECTIVE)),
                settings.value(ProcedureParameter.CS09_CPK_GOOD_HUNDREDTHS) / 100.0,
                settings.value(ProcedureParameter.CS09_CPK_FAIR_HUNDREDTHS) / 100.0);
    }

    /** The product families of the products, for the figures QUALITY keeps per family. */
    public List<String> productFamilies() {
        FiguresStep.READ_FIGURES.require(user.departments());
        return em.createQuery(
                        "select distinct p.family from Product p where p.family is not null order by p.family",
                        String.class)
                .getResultList();
    }

    /** CS-09: the department's sheet of the month as a PDF, in English or Chinese. */
    public byte[] pdf(@NotNull SheetDepartment department, @NotNull YearMonth month, String language) {
        MonthlySheet sheet = find(department, month)
                .orElseThrow(() -> new RuleViolation("monthlySheet.unknown", department.name(), month.toString()));
        return SheetDocument.render(
                sheet, targets(), language, calendars.current().zone());
    }

    /**
     * CS-09, CS-11, IM-04: the company's monthly figures as a PDF, in English or Chinese: the
     * departments' sheets as they stand, with the quality objectives of the month.
     */
    public byte[] companyPdf(@NotNull YearMonth month, String language) {
        FiguresStep.READ_FIGURES.require(user.departments());
        var byDepartment = new java.util.EnumMap<SheetDepartment, MonthlySheet>(SheetDepartment.class);
        for (SheetDepartment department : SheetDepartment.values()) {
            find(department, month).ifPresent(sheet -> byDepartment.put(department, sheet));
        }
        return MonthlyFiguresDocument.render(
                month,
                byDepartment,
                indicators.of(month),
                targets(),
                language,
                calendars.current().zone());
    }
}
