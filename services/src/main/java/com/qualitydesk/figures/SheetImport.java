package com.qualitydesk.figures;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.customer.ImportProblem;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.List;

/**
 * CS-09: a department brings its month's figures from a CSV or Excel file, all of it or nothing,
 * like the master-data import: the file is checked whole ({@link SheetFile}), every bad line named
 * with its reason, and only a good file replaces what the department had entered. Its own sheet
 * only (ADMIN any), and never a submitted or accepted one: that takes a correction with a reason.
 */
@Stateless
@RolesAllowed({Role.SALES, Role.QUALITY, Role.PRODUCTION, Role.FINANCE, Role.ADMIN})
public class SheetImport {

    /** The largest file taken. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Audit action of an imported file (an action has at most 16 characters). */
    public static final String IMPORTED = "IMPORTED";

    @PersistenceContext
    EntityManager em;

    @Inject
    SheetFilling filling;

    @Inject
    SheetRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    public SheetImportReport importFile(
            @NotNull SheetDepartment department, @NotNull YearMonth month, String fileName, @NotNull byte[] content) {
        FiguresStep.requireKeeper(department, user.departments());
        if (content.length > MAX_BYTES) {
            throw new RuleViolation("import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        MonthlySheet sheet = filling.open(department, month);
        if (sheet.isFrozen()) {
            // the month's figures are the department's word now: nothing of the file is taken
            return SheetImportReport.refused(
                    0,
                    List.of(ImportProblem.of(
                            1,
                            SheetFile.DATE,
                            sheet.getStatus() == SheetStatus.ACCEPTED
                                    ? "monthlySheet.import.accepted"
                                    : "monthlySheet.import.submitted",
                            month.toString())));
        }
        var file = SheetFile.read(department, month, content);
        if (!file.isValid()) {
            return SheetImportReport.refused(file.lines(), file.problems());
        }
        sheet = SheetAccess.current(em, department, month, null);
        var before = sheet.auditSnapshot();
        sheet.replaceEntered(file.values(), FigureSource.IMPORTED);
        em.flush();
        audit.changed(sheet, before);
        String name = fileName == null || fileName.isBlank() ? "-" : fileName.strip();
        audit.event(
                sheet,
                IMPORTED,
                (name.length() > 200 ? name.substring(0, 200) : name) + ", " + file.lines() + " lines");
        return new SheetImportReport(true, file.lines(), file.values().size(), List.of());
    }
}
