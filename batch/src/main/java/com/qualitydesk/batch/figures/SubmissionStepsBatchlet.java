package com.qualitydesk.batch.figures;

import com.qualitydesk.figures.SubmissionSteps;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;

/**
 * CS-09: opens the departments' sheets of the month just ended and their submission steps where
 * they are missing; a second run, or one on another instance, opens nothing twice.
 */
@Named
@Dependent
public class SubmissionStepsBatchlet extends AbstractBatchlet {

    /** The moment the job judges (ISO-8601); now when absent. */
    public static final String AT = "at";

    @Inject
    @BatchProperty(name = AT)
    String at;

    @Inject
    SubmissionSteps steps;

    @Inject
    Clock clock;

    @Override
    public String process() {
        Instant moment = at == null || at.isBlank() ? clock.instant() : Instant.parse(at);
        return "OPENED_" + steps.openDue(moment);
    }
}
