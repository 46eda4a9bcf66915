package com.qualitydesk.mail;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A message on its way out. It stays in the outbox until the SMTP server accepted it; the event
 * key, unique, is the caller's name for the event it announces, so one event is announced once.
 * While it is being handed to the server it is marked handed: a mail whose answer was never
 * recorded (the application stopped in between) may have arrived, and is not handed again unless
 * an administrator asks for it (at most one message per event, CS-04).
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail extends EditableEntity {

    public static final int MAX_BODY = 10_000;
    public static final int MAX_ERROR = 2_000;

    @NotBlank
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "event_key", nullable = false, unique = true, length = 200)
    private String eventKey;

    @NotBlank
    @Size(max = 320, message = "{field.tooLong}")
    @Column(nullable = false, length = 320)
    private String recipient;

    @NotBlank
    @Size(max = 500, message = "{field.tooLong}")
    @Column(nullable = false, length = 500)
    private String subject;

    @NotBlank
    @Size(max = MAX_BODY, message = "{field.tooLong}")
    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(nullable = false)
    private boolean html;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailStatus status = MailStatus.QUEUED;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "handed_at")
    private Instant handedAt;

    protected OutgoingMail() {}

    public OutgoingMail(String eventKey, String recipient, String subject, String body, Instant queuedAt) {
        this.eventKey = Objects.requireNonNull(eventKey, "eventKey");
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.queuedAt = Objects.requireNonNull(queuedAt, "queuedAt");
    }

    /**
     * About to be handed to the SMTP server: from now until its answer is recorded, in doubt.
     * Queued while handed, also a retry: a failed mail with a hand-over moment was interrupted.
     */
    public void handing(Instant at) {
        if (status == MailStatus.SENT || handedAt != null) {
            throw new IllegalStateException("mail " + eventKey + " is sent or being sent");
        }
        handedAt = Objects.requireNonNull(at, "at");
        status = MailStatus.QUEUED;
    }

    /** Marked handed, but never given to the server after all: it waits for the next run. */
    public void notHanded() {
        if (!isInDoubt() || isInterrupted()) {
            throw new IllegalStateException("mail " + eventKey + " is not being handed over");
        }
        handedAt = null;
    }

    /** The SMTP server accepted the message: it leaves the outbox for good. */
    public void sent(Instant at) {
        if (status == MailStatus.SENT) {
            throw new IllegalStateException("mail " + eventKey + " was already sent");
        }
        attempts++;
        status = MailStatus.SENT;
        sentAt = Objects.requireNonNull(at, "at");
        lastError = null;
        handedAt = null;
    }

    /** A delivery attempt failed: the error is kept and the mail waits for the next attempt. */
    public void failed(String error, Instant at) {
        if (status == MailStatus.SENT) {
            throw new IllegalStateException("mail " + eventKey + " was already sent");
        }
        Objects.requireNonNull(at, "at");
        attempts++;
        status = MailStatus.FAILED;
        lastError = shortened(error);
        handedAt = null;
    }

    /**
     * Handed over, but the server's answer was never recorded: the mail may have arrived. It fails
     * and stays handed, so that no delivery run sends it again; an administrator decides.
     */
    public void interrupted(String error) {
        if (!isInDoubt() || isInterrupted()) {
            throw new IllegalStateException("mail " + eventKey + " is not being handed over");
        }
        status = MailStatus.FAILED;
        lastError = shortened(error);
    }

    private static String shortened(String error) {
        String text = error == null || error.isBlank() ? "unknown error" : error.strip();
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }

    /** An administrator asks for another round of attempts after the cause was fixed. */
    public void retry() {
        if (status != MailStatus.FAILED) {
            throw new IllegalStateException("only a failed mail is retried");
        }
        status = MailStatus.QUEUED;
        attempts = 0;
        if (handedAt != null) {
            // an interruption, not a refusal: nothing the server said is worth keeping
            lastError = null;
            handedAt = null;
        }
    }

    /** Whether delivery should still try this mail, below the given number of attempts. */
    public boolean isDue(int maxAttempts) {
        return status != MailStatus.SENT && handedAt == null && attempts < maxAttempts;
    }

    /** Handed to the server without its answer recorded: being handed now, or interrupted. */
    public boolean isInDoubt() {
        return handedAt != null && status != MailStatus.SENT;
    }

    /** Handed over, and the application stopped before the server's answer was recorded. */
    public boolean isInterrupted() {
        return handedAt != null && status == MailStatus.FAILED;
    }

    public void setHtml(boolean html) {
        this.html = html;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("eventKey", eventKey);
        fields.put("recipient", recipient);
        fields.put("subject", subject);
        fields.put("status", status);
        fields.put("attempts", attempts);
        fields.put("lastError", lastError);
        fields.put("sentAt", sentAt);
        fields.put("handedAt", handedAt);
        return fields;
    }

    public String getEventKey() {
        return eventKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public boolean isHtml() {
        return html;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getHandedAt() {
        return handedAt;
    }
}
