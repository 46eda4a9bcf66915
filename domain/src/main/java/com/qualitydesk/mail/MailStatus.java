package com.qualitydesk.mail;

/** Where an outgoing mail stands: waiting, delivered to the SMTP server, or refused by it. */
public enum MailStatus {
    QUEUED,
    SENT,
    FAILED
}
