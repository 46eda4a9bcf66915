package com.qualitydesk.batch.escalation;

import com.qualitydesk.task.Escalations;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Announces a chunk of tasks in the chunk's transaction: the notifications, the queued mails and
 * the tasks' new state are committed together or not at all.
 */
@Named
@Dependent
public class EscalationWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    Escalations escalations;

    @Override
    public void writeItems(List<Object> items) {
        int told = escalations.escalate(items.stream().map(Long.class::cast).toList(), EscalationReader.momentOf(job));
        Object before = step.getTransientUserData();
        step.setTransientUserData((before == null ? 0 : (Integer) before) + told);
        step.setExitStatus("NOTIFIED " + step.getTransientUserData());
        job.setExitStatus(step.getExitStatus());
    }
}
