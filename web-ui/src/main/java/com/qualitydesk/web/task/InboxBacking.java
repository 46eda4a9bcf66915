package com.qualitydesk.web.task;

import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.calendar.WorkingHours;
import com.qualitydesk.security.Department;
import com.qualitydesk.shared.Page;
import com.qualitydesk.task.DueState;
import com.qualitydesk.task.Inbox;
import com.qualitydesk.task.InboxCounts;
import com.qualitydesk.task.InboxFilter;
import com.qualitydesk.task.InboxRow;
import com.qualitydesk.task.Notification;
import com.qualitydesk.task.Notifications;
import com.qualitydesk.task.TaskKind;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * task/inbox.xhtml: what waits on the person and their departments, soonest due first, overdue in
 * red and due soon in amber (CF-05), with the warnings and escalations addressed to them.
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Inbox inbox;

    @Inject
    Notifications notifications;

    @Inject
    WorkingCalendars calendars;

    @Inject
    UserSession user;

    @Inject
    UserMessages messages;

    private TaskKind kind;
    private String text;
    private boolean overdueOnly;

    private InboxFilter mine;
    private Duration workingDay;
    private InboxCounts counts;
    private List<Notification> unread;
    private LazyDataModel<InboxRow> model;

    @PostConstruct
    void init() {
        mine = inbox.mine();
        workingDay = workingDayOf(calendars.hours());
        model = new Rows();
        refresh();
    }

    /** The filters changed: the table starts again on its first page. */
    public void filter() {
        refresh();
    }

    public void markRead(Notification n) {
        messages.attempt(() -> notifications.markRead(n.getId()), null);
        refresh();
    }

    public void markAllRead() {
        messages.attempt(() -> notifications.markAllRead(), "notifications.allRead");
        refresh();
    }

    private void refresh() {
        counts = inbox.counts(currentFilter());
        unread = notifications.unread();
    }

    private InboxFilter currentFilter() {
        return mine.narrowed(kind, text, overdueOnly);
    }

    public String rowClass(InboxRow row) {
        return switch (row.state()) {
            case OVERDUE -> "qd-row-overdue";
            case WARNING -> "qd-row-warning";
            case ON_TIME -> null;
        };
    }

    public String timeLeft(InboxRow row) {
        if (row.task().getPausedSince() != null) {
            return messages.text("inbox.paused");
        }
        return TimeLeft.text(row.timeLeft(), workingDay, user.getLocale());
    }

    public String state(InboxRow row) {
        return messages.text("inbox.state." + row.state().name());
    }

    public String severity(InboxRow row) {
        return switch (row.state()) {
            case OVERDUE -> "danger";
            case WARNING -> "warning";
            case ON_TIME -> "success";
        };
    }

    /** A notification's text in the reader's language, the department named in it too. */
    public String text(Notification n) {
        Object[] args = Notifications.arguments(n).stream()
                .map(a -> isDepartment(a) ? messages.text("department." + a) : a)
                .toArray();
        return messages.text(n.getMessageKey(), args);
    }

    private static boolean isDepartment(String value) {
        for (Department d : Department.values()) {
            if (d.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    static Duration workingDayOf(WorkingHours hours) {
        Duration day = Duration.between(hours.getStartTime(), hours.getEndTime());
        if (hours.getLunchStart() != null && hours.getLunchEnd() != null) {
            day = day.minus(Duration.between(hours.getLunchStart(), hours.getLunchEnd()));
        }
        return day;
    }

    public TaskKind[] getKinds() {
        return TaskKind.values();
    }

    public DueState[] getStates() {
        return DueState.values();
    }

    public LazyDataModel<InboxRow> getModel() {
        return model;
    }

    public InboxCounts getCounts() {
        return counts;
    }

    public List<Notification> getUnread() {
        return unread;
    }

    public TaskKind getKind() {
        return kind;
    }

    public void setKind(TaskKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    /** One page from the service, always by due date: the inbox's order is the procedure's. */
    private final class Rows extends LazyDataModel<InboxRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) inbox.page(currentFilter(), 0, 1).total();
        }

        @Override
        public List<InboxRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<InboxRow> page = inbox.page(currentFilter(), first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(InboxRow row) {
            return String.valueOf(row.task().getId());
        }

        @Override
        public InboxRow getRowData(String rowKey) {
            return getWrappedData() == null
                    ? null
                    : getWrappedData().stream()
                            .filter(r -> getRowKey(r).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }
}
