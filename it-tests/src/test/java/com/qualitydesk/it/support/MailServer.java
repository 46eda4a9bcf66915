package com.qualitydesk.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.qualitydesk.mail.SmtpConfiguration;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A real SMTP server for the tests: GreenMail on a free loopback port, one per JVM it runs in (the
 * server under test for the tests inside it, the test JVM for the browser tests), started at the
 * first use and kept on its port when stopped and started again.
 */
public final class MailServer {

    private static GreenMail smtp;
    private static int port;

    private MailServer() {}

    /** The WAR with GreenMail and what it needs added, for the tests that run it inside the server. */
    public static WebArchive inside(WebArchive war) {
        return war.addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.LoggerFactory.class));
    }

    /** The jar a class was loaded from, to add to a test deployment. */
    public static File jarOf(Class<?> c) {
        try {
            return new File(
                    c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The running server; started on a free loopback port at the first call. */
    public static synchronized GreenMail server() {
        if (smtp == null) {
            try (var socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            start();
        }
        return smtp;
    }

    /** The server's port (starting it if need be). */
    public static int port() {
        server();
        return port;
    }

    /** Stops the server, as an SMTP server that goes down. */
    public static synchronized void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** Starts it again on the same port, with nothing received. */
    public static synchronized void start() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /**
     * Points the application's SMTP settings (qd.mail.host/port) at this server, from inside the
     * server under test: the configuration bean's fields are set on its contextual instance.
     */
    public static void pointAt(SmtpConfiguration configuration) throws Exception {
        int smtpPort = port();
        Object proxy = configuration;
        Object metadata = proxy.getClass().getMethod("getMetadata").invoke(proxy);
        Object instance = metadata.getClass().getMethod("getContextualInstance").invoke(metadata);
        set(instance, "host", Optional.of("127.0.0.1"));
        set(instance, "port", smtpPort);
        assertEquals("127.0.0.1:" + smtpPort, configuration.settings().toString());
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = SmtpConfiguration.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    /** Every message received so far. */
    public static List<MimeMessage> received() {
        return Arrays.asList(server().getReceivedMessages());
    }

    /** The messages received so far that match. */
    public static List<MimeMessage> received(Predicate<MimeMessage> wanted) {
        return received().stream().filter(wanted).toList();
    }

    /** The messages whose subject contains the text. */
    public static List<MimeMessage> about(String subjectPart) {
        return received(m -> subject(m).contains(subjectPart));
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first recipient's address. */
    public static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a message, single-part or not. */
    public static String body(MimeMessage m) {
        try {
            Object content = m.getContent();
            return content instanceof String text ? text : GreenMailUtil.getBody(m);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
