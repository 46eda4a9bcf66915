package com.qualitydesk.survey;

import com.qualitydesk.mail.MailDelivery;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Hands the invitations just queued to the SMTP server right away instead of at the outbox's next
 * run. Mails the server refuses stay queued for the outbox's retries: never lost.
 */
@Named
@Dependent
public class SurveyMailBatchlet extends AbstractBatchlet {

    @Inject
    MailDelivery delivery;

    private volatile boolean stopped;

    @Override
    public String process() {
        while (!stopped && delivery.deliverDue() > 0) {
            // another round: deliverDue sends a bounded number per call
        }
        return "COMPLETED";
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
