package com.qualitydesk.web.task;

import com.qualitydesk.task.Notifications;
import com.qualitydesk.web.security.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The bell in the header: how many warnings and escalations the person has not read yet. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    Notifications notifications;

    @Inject
    UserSession user;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = user.isLoggedIn() ? notifications.unreadCount() : 0L;
        }
        return unread;
    }
}
