package com.qualitydesk.mail;

/** A mail to be queued in the outbox under the key of the event it announces. */
public record MailDraft(String eventKey, String recipient, String subject, String body, boolean html) {

    public MailDraft {
        if (eventKey == null || eventKey.isBlank()) {
            throw new IllegalArgumentException("a mail needs the key of its event");
        }
    }

    /** A plain-text mail. */
    public MailDraft(String eventKey, String recipient, String subject, String body) {
        this(eventKey, recipient, subject, body, false);
    }

    String key() {
        return eventKey.strip();
    }

    String recipientAddress() {
        return recipient == null ? null : recipient.strip();
    }
}
