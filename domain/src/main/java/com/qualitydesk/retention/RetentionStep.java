package com.qualitydesk.retention;

import com.qualitydesk.security.Department;
import com.qualitydesk.shared.RuleViolation;
import java.util.EnumSet;
import java.util.Set;

/**
 * The permission policy of retention (CC-03): ADMIN and QUALITY read the periods, the records past
 * them and the tombstones, and place or lift legal holds; ADMIN proposes an expiry and QUALITY
 * confirms or rejects it, so that no record is removed by one person alone. The screen offers a
 * step only where this allows, and the services' {@code @RolesAllowed} name the same departments.
 */
public enum RetentionStep {
    READ(EnumSet.of(Department.ADMIN, Department.QUALITY)),
    HOLD(EnumSet.of(Department.ADMIN, Department.QUALITY)),
    PROPOSE(EnumSet.of(Department.ADMIN)),
    CONFIRM(EnumSet.of(Department.QUALITY));

    private final Set<Department> departments;

    RetentionStep(Set<Department> departments) {
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
            throw new RuleViolation("retention.step." + name());
        }
    }
}
