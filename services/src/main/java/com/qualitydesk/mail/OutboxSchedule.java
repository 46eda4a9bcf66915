package com.qualitydesk.mail;

import com.qualitydesk.jobs.ScheduledTurns;
import com.qualitydesk.jobs.ScheduledWork;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every five minutes, the waiting mails go out (when an SMTP server is configured), from one
 * instance of a cluster at a time ({@link ScheduledTurns}); each mail is handed over at most once
 * however many run ({@link MailDelivery}).
 */
@Singleton
public class OutboxSchedule {

    private static final Logger LOG = Logger.getLogger(OutboxSchedule.class.getName());

    @Inject
    MailDelivery delivery;

    @Inject
    ScheduledTurns turns;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deliver() {
        try {
            if (!turns.take(ScheduledWork.MAIL_OUTBOX)) {
                return;
            }
            int sent = delivery.deliverDue();
            if (sent > 0) {
                LOG.info(sent + " mail(s) sent");
            }
        } catch (RuntimeException e) {
            // the timer must keep running; the mails wait for the next run
            LOG.warning("Mail delivery failed: " + e);
        }
    }
}
