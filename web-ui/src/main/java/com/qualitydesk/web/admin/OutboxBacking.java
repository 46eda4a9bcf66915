package com.qualitydesk.web.admin;

import com.qualitydesk.mail.MailStatus;
import com.qualitydesk.mail.Outbox;
import com.qualitydesk.mail.OutgoingMail;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.Formats;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * admin/outbox.xhtml: the outgoing mail, whether the SMTP server is configured, and another round
 * of attempts for a failed mail. Queuing and delivery are the services'.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    @Inject
    UserMessages messages;

    @Inject
    Formats formats;

    private EntityLazyModel<OutgoingMail> model;

    /** The SMTP server as shown, or null when none is configured. */
    private String smtpServer;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(request -> outbox.page(request));
        smtpServer = outbox.smtpServer().orElse(null);
    }

    public void retry(OutgoingMail row) {
        if (messages.attempt(() -> outbox.retry(row.getId()), null)) {
            messages.info("outbox.retried", row.getRecipient());
        }
    }

    public String status(OutgoingMail row) {
        return messages.text(
                row.isInDoubt()
                        ? "outbox.status.inDoubt"
                        : "outbox.status." + row.getStatus().name());
    }

    /** What went wrong; for a mail in doubt, what that means for whoever retries it (CS-04). */
    public String error(OutgoingMail row) {
        if (row.isInterrupted()) {
            return messages.text("outbox.inDoubt");
        }
        return row.isInDoubt()
                ? messages.text("outbox.handing", formats.dateTime(row.getHandedAt()))
                : row.getLastError();
    }

    public String severity(OutgoingMail row) {
        if (row.isInDoubt()) {
            return "warning";
        }
        return switch (row.getStatus()) {
            case SENT -> "success";
            case FAILED -> "danger";
            case QUEUED -> "info";
        };
    }

    public boolean retryable(OutgoingMail row) {
        return row.getStatus() == MailStatus.FAILED;
    }

    public String retryQuestion(OutgoingMail row) {
        return messages.text(
                row.isInDoubt() ? "outbox.retry.confirmInDoubt" : "outbox.retry.confirm",
                row.getRecipient(),
                row.getSubject());
    }

    public String getSmtpText() {
        return smtpServer == null
                ? messages.text("outbox.smtp.none")
                : messages.text("outbox.smtp.configured", smtpServer);
    }

    public boolean isSmtpConfigured() {
        return smtpServer != null;
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public EntityLazyModel<OutgoingMail> getModel() {
        return model;
    }
}
