package com.qualitydesk.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;

/**
 * The SMTP server as configured (QD_MAIL_*), turned into what Jakarta Mail needs. Without a host
 * the application sends nothing: mails wait in the outbox until a host is configured.
 */
public final class SmtpSettings {

    public static final int DEFAULT_PORT = 25;
    public static final String DEFAULT_FROM = "quality-desk@localhost";

    /** Connecting and each reply of the server: a hanging server must not block delivery forever. */
    static final int TIMEOUT_MILLIS = 30_000;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String from;
    private final boolean starttls;

    public SmtpSettings(String host, int port, String user, String password, String from, boolean starttls) {
        this.host = blankToNull(host);
        this.port = port > 0 ? port : DEFAULT_PORT;
        this.user = blankToNull(user);
        this.password = password == null ? "" : password;
        String sender = blankToNull(from);
        this.from = sender == null ? DEFAULT_FROM : sender;
        this.starttls = starttls;
    }

    /** Whether a server is configured; if not, mails stay queued. */
    public boolean isConfigured() {
        return host != null;
    }

    public Optional<String> host() {
        return Optional.ofNullable(host);
    }

    public int port() {
        return port;
    }

    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    public String from() {
        return from;
    }

    public boolean starttls() {
        return starttls;
    }

    /** The mail.smtp.* session properties; empty when no server is configured. */
    public Properties properties() {
        var props = new Properties();
        if (!isConfigured()) {
            return props;
        }
        props.setProperty("mail.transport.protocol", "smtp");
        props.setProperty("mail.smtp.host", host);
        props.setProperty("mail.smtp.port", String.valueOf(port));
        props.setProperty("mail.smtp.from", from);
        props.setProperty("mail.smtp.auth", String.valueOf(user != null));
        props.setProperty("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        props.setProperty("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
        // no mail.smtp.writetimeout: it schedules a timer task for every write to the socket, the
        // largest cost of handing over a campaign's mails; the read timeout already bounds a server
        // that stops answering
        if (starttls) {
            props.setProperty("mail.smtp.starttls.enable", "true");
            props.setProperty("mail.smtp.starttls.required", "true");
        }
        return props;
    }

    /** Logs in with the configured user; none when no user is configured. */
    public Optional<Authenticator> authenticator() {
        if (user == null) {
            return Optional.empty();
        }
        String name = user;
        String secret = password;
        return Optional.of(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(name, secret);
            }
        });
    }

    /** A new mail session for this server. */
    public Session session() {
        if (!isConfigured()) {
            throw new IllegalStateException("no SMTP host is configured");
        }
        return Session.getInstance(properties(), authenticator().orElse(null));
    }

    /** For logs and screens: never the password. */
    @Override
    public String toString() {
        return isConfigured()
                ? host + ":" + port + (user == null ? "" : " as " + user) + (starttls ? " (STARTTLS)" : "")
                : "not configured";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
