package com.qualitydesk.survey;

import com.qualitydesk.mail.MailDelivery;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Hands the invitations to the SMTP server while the inviting step is still queuing them, instead
 * of at the outbox's next run: the two overlap, so a campaign's dispatch takes about as long as the
 * longer of them. Ends once inviting has ended and nothing queued is left. When the server refuses
 * mails it gives up at once: they stay queued for the outbox's retries, never lost.
 */
@Named
@Dependent
public class SurveyMailBatchlet extends AbstractBatchlet {

    /** How long to wait for the next chunk's mails when all queued ones are sent. */
    static final long IDLE_MILLIS = 200;

    @Inject
    @BatchProperty
    String campaignId;

    @Inject
    MailDelivery delivery;

    @Inject
    DispatchInviting inviting;

    private volatile boolean stopped;

    @Override
    public String process() throws InterruptedException {
        long campaign = Long.parseLong(campaignId);
        if (!delivery.canSend()) {
            return BatchStatus.COMPLETED.name(); // the mails wait in the outbox
        }
        while (!stopped) {
            // read before the round: an ended step has committed all it queued
            boolean invitingEnded = inviting.hasEnded(campaign);
            MailDelivery.Round round = delivery.deliverQueued();
            if (round.refused() > 0) {
                return BatchStatus.COMPLETED.name();
            }
            if (round.sent() == 0) {
                if (invitingEnded) {
                    return BatchStatus.COMPLETED.name();
                }
                Thread.sleep(IDLE_MILLIS);
            }
        }
        return BatchStatus.STOPPED.name();
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
