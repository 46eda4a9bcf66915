package com.qualitydesk.task;

import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettingChanged;
import com.qualitydesk.settings.ProcedureSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps the stored start of every open task's warning window (CF-05) in line with the warning
 * share: fills it at start-up for tasks written before it was stored, and places it anew when an
 * administrator changes TASK_WARNING_SHARE. Runs in the background, a page of tasks per
 * transaction; until it is through, the escalation job judges the tasks without one itself.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class TaskWarningWindows {

    private static final Logger LOG = Logger.getLogger(TaskWarningWindows.class.getName());

    static final int PAGE = 2_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcedureSettings settings;

    @Resource
    SessionContext context;

    @PostConstruct
    void atStart() {
        context.getBusinessObject(TaskWarningWindows.class).replan(true);
    }

    public void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProcedureSettingChanged change) {
        if (change.parameter() == ProcedureParameter.TASK_WARNING_SHARE) {
            context.getBusinessObject(TaskWarningWindows.class).replan(false);
        }
    }

    /** Places the warning window of the open tasks, of those without one when {@code onlyMissing}. */
    @Asynchronous
    public void replan(boolean onlyMissing) {
        var self = context.getBusinessObject(TaskWarningWindows.class);
        long after = 0;
        int planned = 0;
        while (true) {
            List<Long> ids = self.page(after, onlyMissing);
            if (ids.isEmpty()) {
                break;
            }
            planned += ids.size();
            after = ids.get(ids.size() - 1);
        }
        if (planned > 0) {
            LOG.info("Placed the warning window of " + planned + " open tasks");
        }
    }

    /** One page: the ids it placed, in order; empty when there are no more. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> page(long afterId, boolean onlyMissing) {
        int share = settings.value(ProcedureParameter.TASK_WARNING_SHARE);
        List<Task> tasks = em.createQuery(
                        "select t from Task t where t.id > :after and t.doneAt is null and t.dueAt is not null"
                                + (onlyMissing ? " and t.warnFrom is null" : "")
                                + " order by t.id",
                        Task.class)
                .setParameter("after", afterId)
                .setMaxResults(PAGE)
                .getResultList();
        tasks.forEach(t -> t.planWarning(share));
        return tasks.stream().map(Task::getId).toList();
    }
}
