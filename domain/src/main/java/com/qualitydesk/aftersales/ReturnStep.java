package com.qualitydesk.aftersales;

import com.qualitydesk.security.Department;
import com.qualitydesk.shared.RuleViolation;
import java.util.EnumSet;
import java.util.Set;

/**
 * The permission policy of guaranteed returns and replacements (AS-07): SALES, who deals with the
 * customer, and QUALITY, who judged the claim, register a return, name the replacement delivery and
 * close it; FINANCE books costs too, as on a feedback case (CF-13); the general manager reads.
 * ADMIN may do everything. The services' {@code @RolesAllowed} name the same departments
 * (ReturnStepRolesTest) and call {@link #require}; the screen offers a step only where
 * {@link #allows} says yes.
 */
public enum ReturnStep {
    REGISTER(EnumSet.of(Department.SALES, Department.QUALITY, Department.ADMIN)),
    BOOK_COST(EnumSet.of(Department.SALES, Department.QUALITY, Department.FINANCE, Department.ADMIN)),
    NAME_REPLACEMENT(EnumSet.of(Department.SALES, Department.QUALITY, Department.ADMIN)),
    CLOSE(EnumSet.of(Department.SALES, Department.QUALITY, Department.ADMIN)),
    READ(EnumSet.of(
            Department.SALES, Department.QUALITY, Department.FINANCE, Department.GENERAL_MANAGER, Department.ADMIN));

    private final Set<Department> departments;

    ReturnStep(Set<Department> departments) {
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
            throw new RuleViolation("returnReplacement.step.otherDepartment");
        }
    }
}
