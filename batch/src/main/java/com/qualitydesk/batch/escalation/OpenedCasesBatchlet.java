package com.qualitydesk.batch.escalation;

import com.qualitydesk.feedback.MajorCaseNotice;
import com.qualitydesk.task.Escalations;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;

/**
 * CF-08: before the warnings, tells the general manager of the major and product-safety cases
 * opened since the last run that nobody told yet, which are those opened outside working hours.
 * Like the rest of the job it tells nobody outside working hours.
 */
@Named
@Dependent
public class OpenedCasesBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = EscalationReader.AT)
    String at;

    @Inject
    Escalations escalations;

    @Inject
    MajorCaseNotice notice;

    @Inject
    Clock clock;

    @Override
    public String process() {
        Instant moment = at == null || at.isBlank() ? clock.instant() : Instant.parse(at);
        if (escalations.momentAt(moment).isEmpty()) {
            return "OUTSIDE_WORKING_HOURS";
        }
        return "TOLD_" + notice.announcePending();
    }
}
