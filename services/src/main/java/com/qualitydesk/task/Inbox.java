package com.qualitydesk.task;

import com.qualitydesk.calendar.WorkingCalendar;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The inboxes: the open tasks waiting on departments or on a person, soonest due first, each with
 * how its deadline looks now and the working time left (CF-05). A page is one query on the index
 * task(department, done_at, due_at) plus its count; nothing is read per row.
 *
 * <p>Everybody reads the inbox of their own departments; the general manager and the administrator
 * read any department's.
 */
@Stateless
@RolesAllowed({
    Role.SALES,
    Role.QUALITY,
    Role.TECHNICAL,
    Role.PRODUCTION,
    Role.FINANCE,
    Role.OFFICE,
    Role.GENERAL_MANAGER,
    Role.SERVICE,
    Role.ADMIN
})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Inbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendars calendars;

    @Inject
    ProcedureSettings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** What waits on the caller: their departments' tasks and those assigned to them. */
    public InboxFilter mine() {
        return InboxFilter.of(currentUser.departments(), currentUser.name());
    }

    public Page<InboxRow> page(InboxFilter filter, int first, int size) {
        check(filter);
        Instant now = clock.instant();
        if (filter.departments().isEmpty() && filter.assignee() == null) {
            return new Page<>(List.of(), 0);
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, now, parameters);
        long total = bind(em.createQuery("select count(t) from Task t where " + where, Long.class), parameters)
                .getSingleResult();
        if (total == 0) {
            return new Page<>(List.of(), 0);
        }
        List<Task> tasks = bind(
                        em.createQuery("select t from Task t where " + where + " order by t.dueAt, t.id", Task.class),
                        parameters)
                .setFirstResult(first)
                .setMaxResults(Math.max(1, Math.min(size, 500)))
                .getResultList();
        int share = settings.value(ProcedureParameter.TASK_WARNING_SHARE);
        WorkingCalendar calendar = calendars.current();
        var rows = new ArrayList<InboxRow>(tasks.size());
        for (Task t : tasks) {
            rows.add(new InboxRow(
                    t,
                    t.dueState(now, share),
                    t.getDueAt() == null ? null : calendar.workingTimeBetween(now, t.getDueAt())));
        }
        return new Page<>(rows, total);
    }

    /**
     * The inbox's badge: open tasks by due state. Overdue ones are counted by the database; for
     * the others the warning window depends on each task's own span, so only their two dates are
     * read.
     */
    public InboxCounts counts(InboxFilter filter) {
        check(filter);
        if (filter.departments().isEmpty() && filter.assignee() == null) {
            return new InboxCounts(0, 0, 0);
        }
        Instant now = clock.instant();
        InboxFilter all = filter.narrowed(filter.kind(), filter.text(), false);
        Map<String, Object> parameters = new HashMap<>();
        String where = where(all, now, parameters);
        long overdue = bind(
                        em.createQuery(
                                "select count(t) from Task t where " + where
                                        + " and t.pausedSince is null and t.dueAt < :now",
                                Long.class),
                        parameters)
                .setParameter("now", now)
                .getSingleResult();
        List<Object[]> running = bind(
                        em.createQuery(
                                "select t.startAt, t.dueAt from Task t where " + where
                                        + " and t.pausedSince is null and t.dueAt >= :now",
                                Object[].class),
                        parameters)
                .setParameter("now", now)
                .getResultList();
        int share = settings.value(ProcedureParameter.TASK_WARNING_SHARE);
        long warning = running.stream()
                .filter(r -> DueState.of((Instant) r[0], (Instant) r[1], now, share) == DueState.WARNING)
                .count();
        long total = bind(em.createQuery("select count(t) from Task t where " + where, Long.class), parameters)
                .getSingleResult();
        return new InboxCounts(total - overdue - warning, warning, overdue);
    }

    /** A person sees the inboxes of their own departments; GENERAL_MANAGER and ADMIN see all. */
    private void check(InboxFilter filter) {
        if (currentUser.isIn(Department.GENERAL_MANAGER) || currentUser.isIn(Department.ADMIN)) {
            return;
        }
        Set<Department> own = currentUser.departments();
        if (!own.containsAll(filter.departments())) {
            var foreign = EnumSet.copyOf(filter.departments());
            foreign.removeAll(own);
            throw new RuleViolation(
                    "inbox.department.foreign", foreign.iterator().next());
        }
        if (filter.assignee() != null && !filter.assignee().equals(currentUser.name())) {
            throw new RuleViolation("inbox.assignee.foreign");
        }
    }

    private static String where(InboxFilter filter, Instant now, Map<String, Object> parameters) {
        var where = new StringBuilder("t.doneAt is null");
        if (!filter.departments().isEmpty() && filter.assignee() != null) {
            where.append(" and (t.department in :departments or t.assignee = :assignee)");
            parameters.put("departments", List.copyOf(filter.departments()));
            parameters.put("assignee", filter.assignee());
        } else if (!filter.departments().isEmpty()) {
            where.append(" and t.department in :departments");
            parameters.put("departments", List.copyOf(filter.departments()));
        } else {
            where.append(" and t.assignee = :assignee");
            parameters.put("assignee", filter.assignee());
        }
        if (filter.kind() != null) {
            where.append(" and t.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.text() != null) {
            where.append(" and (lower(t.reference) like :text or lower(t.subject) like :text)");
            parameters.put("text", "%" + filter.text().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.overdueOnly()) {
            where.append(" and t.pausedSince is null and t.dueAt < :overdueAt");
            parameters.put("overdueAt", now);
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
