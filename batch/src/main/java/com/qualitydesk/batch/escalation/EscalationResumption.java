package com.qualitydesk.batch.escalation;

import com.qualitydesk.jobs.BatchJobs;
import com.qualitydesk.jobs.RunInterrupted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Properties;

/**
 * CF-05, CF-08: an escalation run that died with its server is restarted for the moment it was
 * judging; until it is marked failed no new run starts (one run at a time), so without this the
 * warnings would wait for an administrator.
 */
@ApplicationScoped
public class EscalationResumption {

    @Inject
    BatchJobs jobs;

    void resume(@Observes RunInterrupted run) {
        if (BatchJobs.ESCALATION.equals(run.job())) {
            jobs.restart(run.execution(), run.parameters() == null ? new Properties() : run.parameters());
        }
    }
}
