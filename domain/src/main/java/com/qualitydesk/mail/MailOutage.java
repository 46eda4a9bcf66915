package com.qualitydesk.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The SMTP server's outage, as the outbox runs saw it: since when it fails, the last error, the
 * last try. One row for the whole installation; the runs change it with single update statements
 * (see {@code MailDelivery}) so that two of them never conflict over it.
 */
@Entity
@Table(name = "mail_outage")
public class MailOutage {

    public static final long ROW = 1L;

    @Id
    private Long id;

    private Instant since;

    @Column(name = "last_error", length = OutgoingMail.MAX_ERROR)
    private String lastError;

    @Column(name = "last_tried_at")
    private Instant lastTriedAt;

    protected MailOutage() {}

    public boolean isOngoing() {
        return since != null;
    }

    public Instant getSince() {
        return since;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getLastTriedAt() {
        return lastTriedAt;
    }
}
