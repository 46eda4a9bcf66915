package com.qualitydesk.shared;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.security.Department;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is calling, as the procedure records it ("who did it and when", CF-14). */
@Stateless
@PermitAll
public class CurrentUser {

    @Resource
    SessionContext session;

    public String name() {
        var principal = session.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equals(name) ? AuditTrail.SYSTEM : name;
    }

    public Set<Department> departments() {
        return Arrays.stream(Department.values())
                .filter(d -> session.isCallerInRole(d.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Department.class)));
    }

    public boolean isIn(Department department) {
        return session.isCallerInRole(department.name());
    }

    /** The department a note is taken for: SALES when the caller belongs to it, else the first one. */
    public Department mainDepartment() {
        var all = departments();
        return all.contains(Department.SALES)
                ? Department.SALES
                : all.stream().findFirst().orElse(null);
    }
}
