package com.qualitydesk.task;

import com.qualitydesk.mail.Outbox;
import com.qualitydesk.security.Account;
import com.qualitydesk.shared.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Warnings and escalations, in the app and by mail. Each person hears of an event once: the
 * notification's key is the event's key plus the person's name, unique in the database, and the
 * mail is queued in the outbox under the same key, so a second run, a restart or a retried chunk
 * finds them there and adds nothing.
 */
@Stateless
public class Notifications {

    /** Between the arguments of a message as stored: a character no name or subject contains. */
    public static final String SEPARATOR = "\u001F";

    static final String BUNDLE = "com.qualitydesk.task.notifications";

    private static final int UNREAD_SHOWN = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /**
     * Tells each recipient of an event, in the app and, when they have an e-mail address, by mail
     * in their language. Returns how many of them had not been told yet.
     */
    @PermitAll
    public int notify(
            String eventKey,
            Collection<Account> recipients,
            String messageKey,
            List<String> arguments,
            Long taskId,
            Long feedbackId) {
        Map<String, Account> byKey = new LinkedHashMap<>();
        for (Account account : recipients) {
            byKey.putIfAbsent(eventKey + ":" + account.getUsername(), account);
        }
        if (byKey.isEmpty()) {
            return 0;
        }
        var told = new HashSet<>(
                em.createQuery("select n.eventKey from Notification n where n.eventKey in :keys", String.class)
                        .setParameter("keys", byKey.keySet())
                        .getResultList());
        Instant now = clock.instant();
        String stored = String.join(SEPARATOR, arguments);
        int added = 0;
        for (var entry : byKey.entrySet()) {
            if (told.contains(entry.getKey())) {
                continue;
            }
            Account account = entry.getValue();
            em.persist(new Notification(
                    entry.getKey(), account.getUsername(), messageKey, stored, taskId, feedbackId, now));
            if (account.getEmail() != null && !account.getEmail().isBlank()) {
                ResourceBundle texts = texts(account.getLanguage());
                String text = format(texts, messageKey, arguments);
                outbox.queue(
                        entry.getKey(),
                        account.getEmail(),
                        texts.getString("mail.subject.prefix") + " " + text,
                        text + "\n\n" + texts.getString("mail.footer"));
            }
            added++;
        }
        return added;
    }

    /** The caller's unread notifications, newest first. */
    @PermitAll
    public List<Notification> unread() {
        return em.createQuery(
                        "select n from Notification n where n.recipient = :me and n.readAt is null"
                                + " order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("me", currentUser.name())
                .setMaxResults(UNREAD_SHOWN)
                .getResultList();
    }

    @PermitAll
    public long unreadCount() {
        return em.createQuery(
                        "select count(n) from Notification n where n.recipient = :me and n.readAt is null", Long.class)
                .setParameter("me", currentUser.name())
                .getSingleResult();
    }

    /** Marks one of the caller's own notifications read; another person's is left alone. */
    @PermitAll
    public void markRead(long id) {
        em.createQuery("update Notification n set n.readAt = :now"
                        + " where n.id = :id and n.recipient = :me and n.readAt is null")
                .setParameter("now", clock.instant())
                .setParameter("id", id)
                .setParameter("me", currentUser.name())
                .executeUpdate();
    }

    @PermitAll
    public void markAllRead() {
        em.createQuery("update Notification n set n.readAt = :now where n.recipient = :me and n.readAt is null")
                .setParameter("now", clock.instant())
                .setParameter("me", currentUser.name())
                .executeUpdate();
    }

    /** The stored arguments of a notification, as they were given. */
    public static List<String> arguments(Notification notification) {
        String stored = notification.getArguments();
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(SEPARATOR, -1));
    }

    /** The mail texts in the person's language (en or zh_CN), English when unknown. */
    static ResourceBundle texts(String language) {
        Locale locale = "zh_CN".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        // no fallback to the server's own locale: an English reader must not get Chinese mail
        return ResourceBundle.getBundle(
                BUNDLE,
                locale,
                Notifications.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text of a message, with a department's code replaced by its name. */
    static String format(ResourceBundle texts, String messageKey, List<String> arguments) {
        Object[] args = arguments.stream()
                .map(a -> texts.containsKey("department." + a) ? texts.getString("department." + a) : a)
                .toArray();
        return new MessageFormat(texts.getString(messageKey), texts.getLocale()).format(args);
    }
}
