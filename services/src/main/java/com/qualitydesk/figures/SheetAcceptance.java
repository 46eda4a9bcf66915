package com.qualitydesk.figures;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.YearMonth;

/** CS-09: SALES, to whom the departments submit, accepts a submitted sheet; audited. */
@Stateless
@RolesAllowed(Role.SALES)
public class SheetAcceptance {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public MonthlySheet accept(@NotNull SheetDepartment department, @NotNull YearMonth month, long version) {
        FiguresStep.ACCEPT_SHEET.require(user.departments());
        MonthlySheet sheet = SheetAccess.current(em, department, month, version);
        var before = sheet.auditSnapshot();
        sheet.accept(clock.instant(), user.name());
        em.flush();
        audit.changed(sheet, before);
        sheet.getValues().size();
        return sheet;
    }
}
