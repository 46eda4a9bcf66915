package com.qualitydesk.analysis;

import com.qualitydesk.security.Department;
import com.qualitydesk.shared.RuleViolation;
import java.util.EnumSet;
import java.util.Set;

/**
 * The permission policy of the analysis report (CS-10, IM-01): SALES drafts, writes, issues and
 * corrects it and opens improvement actions from it; the other departments, who receive it, and the
 * general manager read it. The screens offer a step only where this allows, and the services'
 * {@code @RolesAllowed} name the same departments.
 */
public enum AnalysisStep {
    READ(EnumSet.of(
            Department.SALES,
            Department.QUALITY,
            Department.TECHNICAL,
            Department.PRODUCTION,
            Department.FINANCE,
            Department.OFFICE,
            Department.GENERAL_MANAGER,
            Department.ADMIN)),
    WRITE(EnumSet.of(Department.SALES));

    private final Set<Department> departments;

    AnalysisStep(Set<Department> departments) {
        this.departments = departments;
    }

    public Set<Department> departments() {
        return EnumSet.copyOf(departments);
    }

    public boolean allows(Set<Department> who) {
        return who.stream().anyMatch(departments::contains);
    }

    public void require(Set<Department> who) {
        if (!allows(who)) {
            throw new RuleViolation("analysis.step." + name());
        }
    }
}
