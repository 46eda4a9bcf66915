package com.qualitydesk.web.admin;

import com.qualitydesk.mail.MailOutageReport;
import com.qualitydesk.mail.Outbox;
import com.qualitydesk.web.shared.Formats;
import com.qualitydesk.web.shared.NavigationMenu;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The SMTP outage at the top of the outbox and on the administrator's home page: since when, the
 * last error and how many mails wait, so that an outage is seen at once rather than guessed from
 * one failed row among many queued ones.
 */
@Named("mailOutage")
@RequestScoped
public class MailOutageBanner {

    @Inject
    Outbox outbox;

    private static final String OUTBOX = "/admin/outbox.xhtml";

    @Inject
    NavigationMenu menu;

    @Inject
    UserMessages messages;

    @Inject
    Formats formats;

    private MailOutageReport report;
    private boolean asked;

    public boolean isShown() {
        return report() != null;
    }

    public String getText() {
        var r = report();
        return r == null
                ? ""
                : messages.text(
                        "outage.detail",
                        formats.dateTime(r.since()),
                        formats.dateTime(r.lastTriedAt()),
                        r.lastError(),
                        r.mailsWaiting());
    }

    private MailOutageReport report() {
        if (!asked) {
            asked = true;
            // shown to whoever may open the outbox, whose outage it is
            report = menu.mayOpen(OUTBOX) ? outbox.outage().orElse(null) : null;
        }
        return report;
    }
}
