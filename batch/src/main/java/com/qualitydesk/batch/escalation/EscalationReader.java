package com.qualitydesk.batch.escalation;

import com.qualitydesk.jobs.BatchJobs;
import com.qualitydesk.task.EscalationMoment;
import com.qualitydesk.task.Escalations;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the ids of the tasks due for a warning or an escalation at the job's moment. A restart
 * reads them afresh instead of resuming a position: tasks announced before the failure are no
 * longer due, so nothing is announced twice and nothing is skipped.
 */
@Named
@Dependent
public class EscalationReader extends AbstractItemReader {

    /** The job parameter with the moment the rules are applied at (ISO-8601); now when absent. */
    public static final String AT = BatchJobs.ESCALATION_AT;

    @Inject
    @BatchProperty(name = AT)
    String at;

    @Inject
    JobContext job;

    @Inject
    Escalations escalations;

    @Inject
    Clock clock;

    private Iterator<Long> due = List.<Long>of().iterator();

    @Override
    public void open(Serializable checkpoint) {
        Instant moment = at == null || at.isBlank() ? clock.instant() : Instant.parse(at);
        var rules = escalations.momentAt(moment);
        rules.ifPresent(r -> {
            job.setTransientUserData(r);
            due = escalations.due(r).iterator();
        });
    }

    @Override
    public Object readItem() {
        return due.hasNext() ? due.next() : null;
    }

    /** The moment the reader judged the tasks at, for the writer of the same step. */
    static EscalationMoment momentOf(JobContext job) {
        return (EscalationMoment) job.getTransientUserData();
    }
}
