package com.qualitydesk.survey;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Tells the mail hand-over that the inviting step ended, however it ended. */
@Named
@Dependent
public class SurveyInvitingListener extends AbstractStepListener {

    @Inject
    @BatchProperty
    String campaignId;

    @Inject
    DispatchInviting inviting;

    @Override
    public void afterStep() {
        inviting.ended(Long.parseLong(campaignId));
    }
}
