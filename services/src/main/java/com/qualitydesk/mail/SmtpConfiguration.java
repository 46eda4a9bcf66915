package com.qualitydesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the qd.mail.* settings (environment QD_MAIL_*) once, at start. */
@ApplicationScoped
public class SmtpConfiguration {

    @Inject
    @ConfigProperty(name = "qd.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "qd.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "qd.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "qd.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "qd.mail.from", defaultValue = SmtpSettings.DEFAULT_FROM)
    String from;

    @Inject
    @ConfigProperty(name = "qd.mail.starttls", defaultValue = "false")
    boolean starttls;

    public SmtpSettings settings() {
        return new SmtpSettings(host.orElse(null), port, user.orElse(null), password.orElse(null), from, starttls);
    }
}
