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
import java.util.Comparator;
import java.util.EnumMap;
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
        // The person's departments and the tasks assigned to them in other departments are asked
        // apart: one query with "department in … or assignee = …" keeps the database from using
        // either index and reads every open task of the company for each page.
        List<Part> parts = filter.departments().isEmpty() || filter.assignee() == null
                ? List.of(Part.ALL)
                : List.of(Part.DEPARTMENTS, Part.ASSIGNED_ELSEWHERE);
        long total = 0;
        var tasks = new ArrayList<Task>();
        int limit = Math.max(1, Math.min(size, 500));
        for (Part part : parts) {
            Map<String, Object> parameters = new HashMap<>();
            String where = where(filter, part, now, parameters);
            long count = bind(em.createQuery("select count(t) from Task t where " + where, Long.class), parameters)
                    .getSingleResult();
            total += count;
            if (count > 0) {
                boolean alone = parts.size() == 1;
                // a step without a deadline (a record to keep, a visit to read) waits behind those with one
                tasks.addAll(bind(
                                em.createQuery(
                                        "select t from Task t where " + where
                                                + " order by t.dueAt asc nulls last, t.id",
                                        Task.class),
                                parameters)
                        .setFirstResult(alone ? first : 0)
                        .setMaxResults(alone ? limit : first + limit)
                        .getResultList());
            }
        }
        if (total == 0) {
            return new Page<>(List.of(), 0);
        }
        if (parts.size() > 1) {
            tasks.sort(Comparator.comparing(Task::getDueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Task::getId));
            var merged = tasks.subList(Math.min(first, tasks.size()), Math.min(first + limit, tasks.size()));
            tasks = new ArrayList<>(merged);
        }
        return new Page<>(rows(tasks, now), total);
    }

    private List<InboxRow> rows(List<Task> tasks, Instant now) {
        int share = settings.value(ProcedureParameter.TASK_WARNING_SHARE);
        WorkingCalendar calendar = calendars.current();
        var rows = new ArrayList<InboxRow>(tasks.size());
        for (Task t : tasks) {
            rows.add(new InboxRow(
                    t,
                    t.dueState(now, share),
                    t.getDueAt() == null ? null : calendar.workingTimeBetween(now, t.getDueAt())));
        }
        return rows;
    }

    /**
     * The inbox's badge: open tasks by due state, counted by the database in one pass; the warning
     * window is the one stored on each task (TaskWarningWindows keeps it in line with the share).
     */
    public InboxCounts counts(InboxFilter filter) {
        check(filter);
        if (filter.departments().isEmpty() && filter.assignee() == null) {
            return new InboxCounts(0, 0, 0);
        }
        Instant now = clock.instant();
        InboxFilter all = filter.narrowed(filter.kind(), filter.text(), false);
        List<Part> parts = all.departments().isEmpty() || all.assignee() == null
                ? List.of(Part.ALL)
                : List.of(Part.DEPARTMENTS, Part.ASSIGNED_ELSEWHERE);
        var counts = new InboxCounts(0, 0, 0);
        for (Part part : parts) {
            Map<String, Object> parameters = new HashMap<>();
            String where = where(all, part, now, parameters);
            Object[] row = bind(
                            em.createQuery("select " + BY_STATE + " from Task t where " + where, Object[].class),
                            parameters)
                    .setParameter("now", now)
                    .getSingleResult();
            counts = counts.plus(countsOf(row, 0));
        }
        return counts;
    }

    /**
     * Each department's badge, for the overseers' home page (CF-08): one grouped count over the
     * open tasks instead of three counts per department, which with a company's years of open
     * steps made the general manager's page the slowest of all.
     */
    public Map<Department, InboxCounts> countsByDepartment(Set<Department> departments) {
        check(InboxFilter.of(departments, null));
        var result = new EnumMap<Department, InboxCounts>(Department.class);
        departments.forEach(d -> result.put(d, new InboxCounts(0, 0, 0)));
        if (departments.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createQuery(
                        "select t.department, " + BY_STATE
                                + " from Task t where t.doneAt is null and t.department in :departments"
                                + " group by t.department",
                        Object[].class)
                .setParameter("departments", List.copyOf(departments))
                .setParameter("now", clock.instant())
                .getResultList();
        for (Object[] row : rows) {
            result.put((Department) row[0], countsOf(row, 1));
        }
        return result;
    }

    /**
     * A department's soonest-due open steps, without counting them: for a home page card whose
     * count is known already. The steps with a deadline come first, read in the order of the index
     * on (department, done, due) so that the database stops after the first few instead of sorting
     * every open step of the department; a step without a deadline (a record to keep, a visit to
     * read) waits behind them.
     */
    public List<InboxRow> soonest(Department department, int size) {
        check(InboxFilter.of(Set.of(department), null));
        int limit = Math.max(1, Math.min(size, 500));
        List<Task> tasks = new ArrayList<>(em.createQuery(
                        "select t from Task t where t.department = :d and t.doneAt is null and t.dueAt is not null"
                                + " order by t.department, t.doneAt, t.dueAt",
                        Task.class)
                .setParameter("d", department)
                .setMaxResults(limit)
                .getResultList());
        if (tasks.size() < limit) {
            tasks.addAll(em.createQuery(
                            "select t from Task t where t.department = :d and t.doneAt is null and t.dueAt is null"
                                    + " order by t.department, t.doneAt, t.dueAt",
                            Task.class)
                    .setParameter("d", department)
                    .setMaxResults(limit - tasks.size())
                    .getResultList());
        }
        return rows(tasks, clock.instant());
    }

    /** Overdue, in the warning window, all: the three counts of a badge as one select list. */
    private static final String BY_STATE = "sum(case when t.pausedSince is null and t.dueAt < :now then 1 else 0 end),"
            + " sum(case when t.pausedSince is null and t.dueAt >= :now and t.warnFrom <= :now then 1 else 0 end),"
            + " count(t)";

    private static InboxCounts countsOf(Object[] row, int from) {
        long overdue = number(row[from]);
        long warning = number(row[from + 1]);
        long total = number(row[from + 2]);
        return new InboxCounts(total - overdue - warning, warning, overdue);
    }

    /** A sum over no rows is null. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
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

    /** Which tasks of a filter a query asks for. */
    private enum Part {
        ALL,
        DEPARTMENTS,
        ASSIGNED_ELSEWHERE
    }

    private static String where(InboxFilter filter, Part part, Instant now, Map<String, Object> parameters) {
        var where = new StringBuilder("t.doneAt is null");
        if (part == Part.DEPARTMENTS) {
            where.append(" and t.department in :departments");
            parameters.put("departments", List.copyOf(filter.departments()));
        } else if (part == Part.ASSIGNED_ELSEWHERE) {
            where.append(" and t.assignee = :assignee and t.department not in :departments");
            parameters.put("assignee", filter.assignee());
            parameters.put("departments", List.copyOf(filter.departments()));
        } else if (!filter.departments().isEmpty() && filter.assignee() != null) {
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
