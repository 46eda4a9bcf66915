package com.qualitydesk.survey;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Marks the campaign as inviting before its steps begin (the mail hand-over beside them must not
 * take an earlier run's end for this one's), and dispatched once every recipient is invited.
 */
@Named
@Dependent
public class SurveyDispatchListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    String campaignId;

    @Inject
    JobContext job;

    @Inject
    SurveyDispatch dispatch;

    @Inject
    DispatchInviting inviting;

    @Override
    public void beforeJob() {
        inviting.begun(Long.parseLong(campaignId));
    }

    @Override
    public void afterJob() {
        if (job.getBatchStatus() == BatchStatus.STARTED || job.getBatchStatus() == BatchStatus.COMPLETED) {
            dispatch.completed(Long.parseLong(campaignId));
        }
    }
}
