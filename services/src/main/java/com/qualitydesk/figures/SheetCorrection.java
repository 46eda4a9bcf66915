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
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * CS-09: after submission an entered figure changes only by a correction: its own department
 * (or ADMIN) gives the new value and the reason, the audit trail keeps the old and the new value
 * and the reason, and the sheet stays submitted or accepted.
 */
@Stateless
@RolesAllowed({Role.SALES, Role.QUALITY, Role.PRODUCTION, Role.FINANCE, Role.ADMIN})
public class SheetCorrection {

    /** Audit action of a correction; its text is the reason. */
    public static final String CORRECTED = "CORRECTED";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    public MonthlySheet correct(
            @NotNull SheetDepartment department,
            @NotNull YearMonth month,
            long version,
            @NotNull FigureKey figure,
            BigDecimal value,
            String reason) {
        MonthlySheet sheet = SheetAccess.forKeeping(em, department, month, version, user);
        var before = sheet.auditSnapshot();
        sheet.correct(figure, value, reason);
        em.flush();
        audit.changed(sheet, before);
        audit.event(sheet, CORRECTED, reason.strip());
        sheet.getValues().size();
        return sheet;
    }
}
