package com.qualitydesk.figures;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;

/**
 * CS-09: a department fills in its monthly sheet: what the system's records say is filled in
 * ({@link SheetRecords}), the rest it enters on screen, with a remark. Only its own sheet (ADMIN
 * any), only while it is a draft; every change of what people entered is audited.
 */
@Stateless
@RolesAllowed({Role.SALES, Role.QUALITY, Role.PRODUCTION, Role.FINANCE, Role.ADMIN})
public class SheetFilling {

    @PersistenceContext
    EntityManager em;

    @Inject
    SheetRecords records;

    @Inject
    SubmissionSteps steps;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    /**
     * Opens the department's sheet of a month for keeping: created when it has none yet (not
     * started), and while it is not submitted its figures from records counted anew, so that a
     * delivery imported since is on it. A month not begun has no sheet.
     */
    public MonthlySheet open(@NotNull SheetDepartment department, @NotNull YearMonth month) {
        FiguresStep.requireKeeper(department, user.departments());
        YearMonth now = YearMonth.now(clock.withZone(calendars.current().zone()));
        if (month.isAfter(now)) {
            throw new RuleViolation("monthlySheet.month.future", month.toString());
        }
        MonthlySheet sheet = steps.sheetOf(department, month);
        if (!sheet.isFrozen()) {
            sheet.fillFromRecords(records.of(department, month));
            em.flush();
        }
        sheet.getValues().size();
        return sheet;
    }

    /**
     * CS-09: enters (changes, or with null takes back) the department's own figures and its
     * remark, on the version of the sheet the screen showed. Refused as a whole: a figure of
     * another department or from records, a negative count, a fraction of a lot, more lots passed
     * than inspected, a submitted or accepted sheet.
     */
    public MonthlySheet enter(
            @NotNull SheetDepartment department,
            @NotNull YearMonth month,
            long version,
            @NotNull Map<FigureKey, BigDecimal> figures,
            String remark) {
        MonthlySheet sheet = SheetAccess.forKeeping(em, department, month, version, user);
        var before = sheet.auditSnapshot();
        sheet.enter(figures, FigureSource.ENTERED);
        sheet.changeRemark(remark);
        sheet.fillFromRecords(records.of(department, month));
        em.flush();
        audit.changed(sheet, before);
        sheet.getValues().size();
        return sheet;
    }
}
