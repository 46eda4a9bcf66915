package com.qualitydesk.task;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.calendar.WorkingCalendar;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.security.Account;
import com.qualitydesk.security.Department;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * What the escalation job does (CF-05, CF-08): finds the open tasks due for a warning or an
 * escalation, and announces each step once to the right people. Runs without a caller (timer,
 * batch thread), hence open to all; nothing here is reachable from a screen.
 */
@Stateless
@PermitAll
public class Escalations {

    private static final Logger LOG = Logger.getLogger(Escalations.class.getName());

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Audit action of a task that was announced to its owners, heads or the general manager. */
    public static final String ANNOUNCED = "ANNOUNCED";

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendars calendars;

    @Inject
    ProcedureSettings settings;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    /** The rules as they apply at this moment; empty outside working hours. */
    public Optional<EscalationMoment> momentAt(Instant now) {
        return EscalationMoment.at(
                now,
                calendars.current(),
                settings.value(ProcedureParameter.TASK_WARNING_SHARE),
                Duration.ofHours(settings.value(ProcedureParameter.ESCALATION_HEAD_AFTER_HOURS)),
                Duration.ofHours(settings.value(ProcedureParameter.ESCALATION_GM_AFTER_HOURS)));
    }

    /**
     * The ids of the open, running tasks due for a step at this moment. The database is asked
     * indexed questions — whose warning window opened, which unescalated deadline passed, which
     * deadline escalated to the heads is due for the general manager — so that the quarter-hourly
     * run reads the few tasks that are due, not every open task. The rules then judge each of them.
     */
    public List<Long> due(EscalationMoment moment) {
        Instant latestBreach = moment.headCutoff().isAfter(moment.generalManagerCutoff())
                ? moment.headCutoff()
                : moment.generalManagerCutoff();
        var candidates = new ArrayList<Object[]>();
        candidates.addAll(em.createQuery(
                        SELECT + " and t.warnedAt is null and t.warnFrom <= :now and t.dueAt >= :now", Object[].class)
                .setParameter("now", moment.now())
                .getResultList());
        // tasks whose window is not placed yet (TaskWarningWindows) are judged here one by one
        candidates.addAll(em.createQuery(
                        SELECT + " and t.warnedAt is null and t.warnFrom is null and t.dueAt >= :now", Object[].class)
                .setParameter("now", moment.now())
                .getResultList());
        candidates.addAll(em.createQuery(
                        SELECT + " and t.escalationLevel = 0 and t.dueAt < :now and t.dueAt <= :latest", Object[].class)
                .setParameter("now", moment.now())
                .setParameter("latest", latestBreach)
                .getResultList());
        candidates.addAll(em.createQuery(
                        SELECT + " and t.escalationLevel = 1 and t.dueAt < :now and t.dueAt <= :cutoff", Object[].class)
                .setParameter("now", moment.now())
                .setParameter("cutoff", moment.generalManagerCutoff())
                .getResultList());
        var due = new TreeSet<Long>();
        for (Object[] r : candidates) {
            if (!moment.stepsFor((Instant) r[1], (Instant) r[2], false, false, r[3] != null, (Integer) r[4])
                    .isEmpty()) {
                due.add((Long) r[0]);
            }
        }
        return new ArrayList<>(due);
    }

    private static final String SELECT = "select t.id, t.startAt, t.dueAt, t.warnedAt, t.escalationLevel from Task t"
            + " where t.doneAt is null and t.pausedSince is null and t.dueAt is not null";

    /**
     * Announces what the given tasks are due for, judged again on their current state (a task
     * finished or announced meanwhile is left alone). Returns the number of new notifications.
     */
    public int escalate(Collection<Long> taskIds, EscalationMoment moment) {
        if (taskIds.isEmpty()) {
            return 0;
        }
        // every query below would otherwise flush the whole chunk first, over and over; the keys
        // looked up are distinct within a chunk and unique in the database, so one flush at commit is enough
        em.setFlushMode(FlushModeType.COMMIT);
        List<Task> tasks = em.createQuery("select t from Task t where t.id in :ids order by t.id", Task.class)
                .setParameter("ids", taskIds)
                .getResultList();
        Recipients recipients = null;
        WorkingCalendar calendar = null;
        int told = 0;
        for (Task task : tasks) {
            List<EscalationStep> steps = moment.stepsFor(task);
            if (steps.isEmpty()) {
                continue;
            }
            if (recipients == null) {
                recipients = new Recipients(em.createQuery(
                                "select distinct a from Account a left join fetch a.departments where a.active = true",
                                Account.class)
                        .getResultList());
                calendar = calendars.current();
            }
            for (EscalationStep step : steps) {
                List<Account> to = recipients.of(step, task);
                if (to.isEmpty()) {
                    LOG.warning("Nobody to tell of " + step.eventKey(task.getId()) + " in " + task.getDepartment());
                }
                told += notifications.notify(
                        step.eventKey(task.getId()),
                        to,
                        step.messageKey(),
                        arguments(task, calendar),
                        task.getId(),
                        task.getFeedbackId());
                if (step == EscalationStep.WARNING || task.getWarnedAt() == null) {
                    // a warning passed over by an escalation is no news any more (EscalationMoment)
                    task.setWarnedAt(moment.now());
                }
                if (step != EscalationStep.WARNING) {
                    task.setEscalationLevel(step.level());
                    task.setEscalatedAt(moment.now());
                }
                audit.event(task, ANNOUNCED, step.eventKey(task.getId()) + " to " + names(to));
            }
        }
        return told;
    }

    private static List<String> arguments(Task task, WorkingCalendar calendar) {
        return List.of(
                task.getReference() == null ? "" : task.getReference(),
                task.getSubject() == null ? "" : task.getSubject(),
                DUE.format(task.getDueAt().atZone(calendar.zone())),
                task.getDepartment().name());
    }

    private static String names(List<Account> accounts) {
        String all =
                String.join(", ", accounts.stream().map(Account::getUsername).toList());
        return all.length() <= 3800 ? all : all.substring(0, 3800) + " …";
    }

    /** Who hears of a step: read once per chunk, the accounts being few. */
    static final class Recipients {
        private final List<Account> active;

        Recipients(List<Account> active) {
            this.active = active;
        }

        List<Account> of(EscalationStep step, Task task) {
            return switch (step) {
                case WARNING -> owners(task);
                case HEAD ->
                    task.getKind() == TaskKind.ACTION ? supervised(task.getDepartment()) : heads(task.getDepartment());
                case GENERAL_MANAGER -> in(Department.GENERAL_MANAGER);
            };
        }

        /** The person the task is assigned to, else everybody of its department. */
        private List<Account> owners(Task task) {
            if (task.getAssignee() != null) {
                var assignee = active.stream()
                        .filter(a -> a.getUsername().equals(task.getAssignee()))
                        .toList();
                if (!assignee.isEmpty()) {
                    return assignee;
                }
            }
            return in(task.getDepartment());
        }

        /**
         * IM-01: an overdue action goes to its department's heads and to the sales manager, who
         * supervises the improvements.
         */
        private List<Account> supervised(Department department) {
            var both = new java.util.LinkedHashSet<>(heads(department));
            both.addAll(heads(Department.SALES));
            return List.copyOf(both);
        }

        /** A department without a head escalates straight to the general manager, never to nobody. */
        private List<Account> heads(Department department) {
            var heads = active.stream()
                    .filter(a -> a.isDepartmentHead() && a.getDepartments().contains(department))
                    .toList();
            return heads.isEmpty() ? in(Department.GENERAL_MANAGER) : heads;
        }

        private List<Account> in(Department department) {
            return active.stream()
                    .filter(a -> a.getDepartments().contains(department))
                    .toList();
        }
    }
}
