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

    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAMS = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        // Unnamed, Jakarta Mail looks its stream provider up with a ServiceLoader over every jar
        // of the application for each message it writes: a fifth of the time a campaign's mails
        // took to hand over. Named, it is instantiated straight away. Angus is the server's mail.
        if (System.getProperty(STREAM_PROVIDER) == null && angusPresent()) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAMS);
        }
    }

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

    private static boolean angusPresent() {
        try {
            Class.forName(ANGUS_STREAMS, false, SmtpConnection.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
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
