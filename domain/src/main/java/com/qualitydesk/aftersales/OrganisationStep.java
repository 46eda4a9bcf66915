package com.qualitydesk.aftersales;

import com.qualitydesk.security.Department;
import java.util.EnumSet;
import java.util.Set;

/**
 * The permission policy of the service organisation (AS-01, AS-02, AS-06): SALES organises
 * after-sales service and keeps the service points and people; OFFICE trains the service
 * personnel and keeps their training records; the general manager organises the return visits.
 * ADMIN keeps the master records too. The screens offer a step only where this allows, and the
 * services' {@code @RolesAllowed} name the same departments. Entering a return visit's record is
 * the visitors' or the general manager's ({@link ReturnVisit#mayRecord}).
 */
public enum OrganisationStep {
    KEEP_SERVICE_POINTS(EnumSet.of(Department.SALES, Department.ADMIN)),
    KEEP_SERVICE_PEOPLE(EnumSet.of(Department.SALES, Department.ADMIN)),
    RECORD_TRAINING(EnumSet.of(Department.OFFICE, Department.ADMIN)),
    PLAN_RETURN_VISIT(EnumSet.of(Department.GENERAL_MANAGER));

    private final Set<Department> departments;

    OrganisationStep(Set<Department> departments) {
        this.departments = departments;
    }

    public Set<Department> departments() {
        return EnumSet.copyOf(departments);
    }

    public boolean allows(Set<Department> who) {
        return who.stream().anyMatch(departments::contains);
    }
}
