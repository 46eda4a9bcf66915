package com.qualitydesk.figures;

import com.qualitydesk.security.Department;
import java.util.EnumSet;
import java.util.Set;

/**
 * The permission policy of the process capability (CS-09): PRODUCTION keeps the characteristics
 * of its important processes and brings their gauges' measurements; QUALITY and ADMIN may too.
 * Every department but SERVICE reads the figures. The screens offer a step only where this
 * allows, and the services' {@code @RolesAllowed} name the same departments.
 */
public enum FiguresStep {
    READ_FIGURES(EnumSet.complementOf(EnumSet.of(Department.SERVICE))),
    KEEP_CHARACTERISTICS(EnumSet.of(Department.PRODUCTION, Department.QUALITY, Department.ADMIN)),
    IMPORT_MEASUREMENTS(EnumSet.of(Department.PRODUCTION, Department.QUALITY, Department.ADMIN));

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
}
