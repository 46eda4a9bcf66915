package com.qualitydesk.task;

import com.qualitydesk.security.Department;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which open tasks an inbox shows: those of the departments, or assigned to the person, narrowed
 * by kind, by a piece of the case reference or subject, and to the overdue ones.
 */
public record InboxFilter(
        Set<Department> departments, String assignee, TaskKind kind, String text, boolean overdueOnly) {

    public InboxFilter {
        departments = departments == null || departments.isEmpty()
                ? EnumSet.noneOf(Department.class)
                : EnumSet.copyOf(departments);
        assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Everything waiting on these departments or on this person. */
    public static InboxFilter of(Set<Department> departments, String assignee) {
        return new InboxFilter(departments, assignee, null, null, false);
    }

    public InboxFilter narrowed(TaskKind kind, String text, boolean overdueOnly) {
        return new InboxFilter(departments, assignee, kind, text, overdueOnly);
    }
}
