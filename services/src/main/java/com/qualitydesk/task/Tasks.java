package com.qualitydesk.task;

import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.feedback.Deadlines;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Opens and finishes the steps that wait on departments. Only feature services call these, inside
 * their own transaction, after they checked who may do the step; so the methods require one.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Tasks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WorkingCalendars calendars;

    @Inject
    ProcedureSettings settings;

    public Task open(Task task) {
        task.planWarning(warningShare());
        em.persist(task);
        return task;
    }

    /** Marks the open tasks of this kind for a case done. */
    public void finish(long feedbackId, TaskKind kind, String by) {
        finish(openFor(feedbackId).stream().filter(t -> t.getKind() == kind).toList(), by);
    }

    /** Marks the open tasks of an action done. */
    public void finishForAction(long actionId, TaskKind kind, String by) {
        finish(
                em.createQuery(
                                "select t from Task t where t.actionId = :action and t.kind = :kind and t.doneAt is null",
                                Task.class)
                        .setParameter("action", actionId)
                        .setParameter("kind", kind)
                        .getResultList(),
                by);
    }

    /** Marks the open tasks about a survey invitation done: its reply came in (CS-04). */
    public void finishForInvitation(long invitationId, TaskKind kind, String by) {
        finish(
                em.createQuery(
                                "select t from Task t where t.invitationId = :invitation and t.kind = :kind"
                                        + " and t.doneAt is null",
                                Task.class)
                        .setParameter("invitation", invitationId)
                        .setParameter("kind", kind)
                        .getResultList(),
                by);
    }

    /** Marks the open tasks about an after-sales record done (AS-05 … AS-08). */
    public void finishForRecord(long recordId, TaskKind kind, String by) {
        finish(
                em.createQuery(
                                "select t from Task t where t.recordId = :record and t.kind = :kind"
                                        + " and t.doneAt is null",
                                Task.class)
                        .setParameter("record", recordId)
                        .setParameter("kind", kind)
                        .getResultList(),
                by);
    }

    private void finish(List<Task> tasks, String by) {
        Instant now = clock.instant();
        for (Task task : tasks) {
            task.setDoneAt(now);
            task.setDoneBy(by);
        }
    }

    public List<Task> openFor(long feedbackId) {
        return em.createQuery(
                        "select t from Task t where t.feedbackId = :feedback and t.doneAt is null order by t.dueAt",
                        Task.class)
                .setParameter("feedback", feedbackId)
                .getResultList();
    }

    public List<Task> allFor(long feedbackId) {
        return em.createQuery("select t from Task t where t.feedbackId = :feedback order by t.id", Task.class)
                .setParameter("feedback", feedbackId)
                .getResultList();
    }

    /** Moves a department's open tasks of a case to another due date (a severity change). */
    public void reschedule(long feedbackId, TaskKind kind, Instant due) {
        int share = warningShare();
        openFor(feedbackId).stream().filter(t -> t.getKind() == kind).forEach(t -> {
            t.setDueAt(due);
            t.planWarning(share);
        });
    }

    /** A pause stops every open task of the case. */
    public void pause(long feedbackId, Instant since) {
        openFor(feedbackId).forEach(t -> t.setPausedSince(since));
    }

    /** Resuming moves each paused task's deadline by the working time the pause lasted. */
    public void resume(long feedbackId, Instant now) {
        var deadlines = new Deadlines(calendars.current(), p -> 0);
        int share = warningShare();
        for (Task task : openFor(feedbackId)) {
            if (task.getPausedSince() != null && task.getDueAt() != null) {
                task.setDueAt(deadlines.afterPause(task.getDueAt(), task.getPausedSince(), now));
                task.planWarning(share);
            }
            task.setPausedSince(null);
        }
    }

    private int warningShare() {
        return settings.value(ProcedureParameter.TASK_WARNING_SHARE);
    }
}
