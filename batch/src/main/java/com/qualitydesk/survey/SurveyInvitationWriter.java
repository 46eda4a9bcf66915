package com.qualitydesk.survey;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Invites a chunk of recipients in the chunk's transaction, e-mails queued with them (CS-04). */
@Named
@Dependent
public class SurveyInvitationWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String campaignId;

    @Inject
    SurveyDispatch dispatch;

    @Override
    public void writeItems(List<Object> contacts) {
        dispatch.invite(
                Long.parseLong(campaignId),
                contacts.stream().map(Long.class::cast).toList());
    }
}
