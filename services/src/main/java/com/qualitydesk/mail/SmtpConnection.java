package com.qualitydesk.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * One SMTP connection for a run of the outbox: a campaign's thousands of invitations would
 * otherwise each open a connection and greet the server anew. A failed send closes it, so that
 * the next mail connects again; a server that is down refuses every mail of the run, each of
 * which stays queued for the next run.
 */
public final class SmtpConnection implements AutoCloseable {

    private final Session session;
    private Transport transport;

    public SmtpConnection(Session session) {
        this.session = session;
    }

    Session session() {
        return session;
    }

    /** Returns once the server accepted the message; throws when it did not. */
    void send(MimeMessage message) throws MessagingException {
        message.saveChanges();
        try {
            // not isConnected(): it asks the server with a NOOP, one more round trip per mail
            if (transport == null) {
                transport = session.getTransport("smtp");
                transport.connect();
            }
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is given up either way
            }
            transport = null;
        }
    }
}
