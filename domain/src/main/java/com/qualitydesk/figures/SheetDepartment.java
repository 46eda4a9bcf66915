package com.qualitydesk.figures;

import com.qualitydesk.security.Department;
import java.util.Set;

/**
 * The four departments that submit a monthly operating sheet to SALES (CS-09), in the order the
 * procedure names them. A department keeps only its own sheet; ADMIN may keep any.
 */
public enum SheetDepartment {
    SALES(Department.SALES),
    QUALITY(Department.QUALITY),
    PRODUCTION(Department.PRODUCTION),
    FINANCE(Department.FINANCE);

    private final Department department;

    SheetDepartment(Department department) {
        this.department = department;
    }

    public Department department() {
        return department;
    }

    /** CS-09: the department itself, or ADMIN, enters, imports, submits and corrects its sheet. */
    public boolean isKeptBy(Set<Department> who) {
        return who.contains(department) || who.contains(Department.ADMIN);
    }

    /** The sheet department of a security department, if it submits one. */
    public static java.util.Optional<SheetDepartment> of(Department department) {
        for (SheetDepartment d : values()) {
            if (d.department == department) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }
}
