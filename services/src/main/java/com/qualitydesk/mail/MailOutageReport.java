package com.qualitydesk.mail;

import java.time.Instant;

/** An ongoing SMTP outage as the administrator is shown it: since when, the last error, what waits. */
public record MailOutageReport(Instant since, String lastError, Instant lastTriedAt, long mailsWaiting) {}
