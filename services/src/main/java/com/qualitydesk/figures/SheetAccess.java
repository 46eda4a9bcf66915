package com.qualitydesk.figures;

import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Loading a monthly sheet for a step (CS-09): the person must keep it (its own department, or
 * ADMIN) or take the step's role, the sheet must exist, and it must be the version the screen
 * showed. The version is raised, so that two people taking steps on the same sheet at once (a
 * submit and an import, two corrections) are told rather than overwriting each other.
 */
final class SheetAccess {

    private SheetAccess() {}

    static Optional<MonthlySheet> find(EntityManager em, SheetDepartment department, YearMonth month) {
        return em.createQuery(
                        "select s from MonthlySheet s where s.department = :d and s.monthStart = :m",
                        MonthlySheet.class)
                .setParameter("d", department)
                .setParameter("m", month.atDay(1))
                .getResultStream()
                .findFirst();
    }

    /** A sheet its own department (or ADMIN) takes a step on. */
    static MonthlySheet forKeeping(
            EntityManager em, SheetDepartment department, YearMonth month, Long version, CurrentUser user) {
        FiguresStep.requireKeeper(department, user.departments());
        return current(em, department, month, version);
    }

    /** A sheet at the version the screen showed (any version when none is given), its version raised. */
    static MonthlySheet current(EntityManager em, SheetDepartment department, YearMonth month, Long version) {
        MonthlySheet sheet = find(em, department, month)
                .orElseThrow(() -> new RuleViolation("monthlySheet.unknown", department.name(), month.toString()));
        if (version != null && sheet.getVersion() != version) {
            // the screen showed an older state: somebody (or a second click) changed it meanwhile
            throw new OptimisticLockException(sheet);
        }
        em.lock(sheet, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return sheet;
    }
}
