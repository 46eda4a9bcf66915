package com.qualitydesk.it.support;

import com.qualitydesk.mail.OutgoingMail;
import com.qualitydesk.security.Department;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.task.Notification;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Tasks put straight into the database with the deadlines a test needs, and a look at what the
 * escalation job made of them: the notifications and the queued mails.
 */
@Stateless
@PermitAll
public class TaskFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcedureSettings settings;

    /** A task as the application opens it, its warning window placed with the current share. */
    public Task open(
            TaskKind kind, Department department, String assignee, String reference, Instant start, Instant due) {
        var task = new Task(kind, department, assignee, null, null, reference, "Escalation test " + kind, start, due);
        task.planWarning(settings.value(ProcedureParameter.TASK_WARNING_SHARE));
        em.persist(task);
        return task;
    }

    /** A task as written before the warning window was stored on it. */
    public Task openWithoutWarningWindow(
            TaskKind kind, Department department, String reference, Instant start, Instant due) {
        var task = new Task(kind, department, null, null, null, reference, "Escalation test " + kind, start, due);
        em.persist(task);
        return task;
    }

    public Task find(long id) {
        return em.find(Task.class, id);
    }

    public void pause(long id, Instant since) {
        em.find(Task.class, id).setPausedSince(since);
    }

    public void finish(long id, Instant at) {
        em.find(Task.class, id).setDoneAt(at);
    }

    /** As if the task's own state had been lost while its announcement was kept. */
    public void forgetAnnouncements(long id) {
        Task task = em.find(Task.class, id);
        task.setWarnedAt(null);
        task.setEscalationLevel(0);
        task.setEscalatedAt(null);
    }

    public List<Notification> notificationsOf(long taskId) {
        return em.createQuery(
                        "select n from Notification n where n.taskId = :t order by n.eventKey", Notification.class)
                .setParameter("t", taskId)
                .getResultList();
    }

    public List<OutgoingMail> mailsOf(long taskId) {
        return em.createQuery(
                        "select m from OutgoingMail m where m.eventKey like :key order by m.id", OutgoingMail.class)
                .setParameter("key", "task-" + taskId + "-%")
                .getResultList();
    }
}
