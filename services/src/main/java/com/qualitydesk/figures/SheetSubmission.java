package com.qualitydesk.figures;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.task.TaskKind;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * CS-09: a department submits its monthly sheet to SALES, once the month is over and every figure
 * it enters is there. The figures from records are counted a last time and frozen with the
 * entered ones; the sheet says whether it came by its deadline; the department's inbox step is
 * done. Its own sheet only (ADMIN any).
 */
@Stateless
@RolesAllowed({Role.SALES, Role.QUALITY, Role.PRODUCTION, Role.FINANCE, Role.ADMIN})
public class SheetSubmission {

    @PersistenceContext
    EntityManager em;

    @Inject
    SheetRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Tasks tasks;

    @Inject
    CurrentUser user;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    public MonthlySheet submit(@NotNull SheetDepartment department, @NotNull YearMonth month, long version) {
        MonthlySheet sheet = SheetAccess.forKeeping(em, department, month, version, user);
        var before = sheet.auditSnapshot();
        sheet.fillFromRecords(records.of(department, month));
        Instant now = clock.instant();
        sheet.submit(now, LocalDate.ofInstant(now, calendars.current().zone()), user.name());
        em.flush();
        audit.changed(sheet, before);
        tasks.finishForRecord(sheet.getId(), TaskKind.MONTHLY_SHEET, user.name());
        sheet.getValues().size();
        return sheet;
    }
}
