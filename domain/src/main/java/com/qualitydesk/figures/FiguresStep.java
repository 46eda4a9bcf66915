package com.qualitydesk.figures;

import com.qualitydesk.security.Department;
import com.qualitydesk.shared.RuleViolation;
import java.util.EnumSet;
import java.util.Set;

/**
 * The permission policy of the figures (CS-09): PRODUCTION keeps the characteristics of its
 * important processes and brings their gauges' measurements; QUALITY and ADMIN may too. SALES,
 * QUALITY, PRODUCTION and FINANCE keep their monthly sheets, each only its own
 * ({@link SheetDepartment#isKeptBy}; ADMIN any), and SALES accepts the submitted sheets. Every
 * department but SERVICE reads the figures. The screens offer a step only where this allows, and
 * the services' {@code @RolesAllowed} name the same departments (FiguresStepRolesTest).
 */
public enum FiguresStep {
    READ_FIGURES(EnumSet.complementOf(EnumSet.of(Department.SERVICE))),
    KEEP_CHARACTERISTICS(EnumSet.of(Department.PRODUCTION, Department.QUALITY, Department.ADMIN)),
    IMPORT_MEASUREMENTS(EnumSet.of(Department.PRODUCTION, Department.QUALITY, Department.ADMIN)),
    /** Enter, import, submit and correct a monthly sheet: its own department's (or ADMIN). */
    KEEP_SHEET(EnumSet.of(
            Department.SALES, Department.QUALITY, Department.PRODUCTION, Department.FINANCE, Department.ADMIN)),
    /** Accept a submitted monthly sheet: SALES, to whom the departments submit. */
    ACCEPT_SHEET(EnumSet.of(Department.SALES));

    private final Set<Department> departments;

    FiguresStep(Set<Department> departments) {
        this.departments = departments;
    }

    public Set<Department> departments() {
        return EnumSet.copyOf(departments);
    }

    public boolean allows(Set<Department> who) {
        return who.stream().anyMatch(departments::contains);
    }

    /** Refuses the step to a person of none of its departments. */
    public void require(Set<Department> who) {
        if (!allows(who)) {
            throw new RuleViolation("figures.step.otherDepartment");
        }
    }

    /** CS-09: a sheet is kept by its own department (or ADMIN), never by another department. */
    public static void requireKeeper(SheetDepartment sheet, Set<Department> who) {
        KEEP_SHEET.require(who);
        if (!sheet.isKeptBy(who)) {
            throw new RuleViolation("monthlySheet.otherDepartment", sheet.name());
        }
    }
}
