package com.qualitydesk.security;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The departments the container admits to a service method: its own {@code @RolesAllowed}, or its
 * class's. The step-policy tests compare this with the policy the screens ask, so that a screen never
 * offers what its service refuses (or the reverse).
 */
public final class ServiceRoles {

    private ServiceRoles() {}

    /** The departments admitted to every public overload of the method, which must agree. */
    public static Set<Department> admittedBy(Class<?> service, String method) {
        var admitted = Arrays.stream(service.getMethods())
                .filter(m -> m.getName().equals(method))
                .map(m -> admittedBy(service, m))
                .distinct()
                .toList();
        if (admitted.isEmpty()) {
            throw new AssertionError("no method " + service.getSimpleName() + "." + method);
        }
        if (admitted.size() > 1) {
            throw new AssertionError(
                    service.getSimpleName() + "." + method + ": its overloads admit different departments " + admitted);
        }
        return admitted.get(0);
    }

    private static Set<Department> admittedBy(Class<?> service, Method method) {
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : service.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            throw new AssertionError(service.getSimpleName() + "." + method.getName() + " names no departments");
        }
        return Arrays.stream(roles.value())
                .map(Department::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Department.class)));
    }
}
