package com.qualitydesk.web.task;

import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.figures.FiguresStep;
import com.qualitydesk.figures.QualityIndicators;
import com.qualitydesk.figures.QualityIndicators.Reading;
import com.qualitydesk.security.Department;
import com.qualitydesk.task.Inbox;
import com.qualitydesk.task.InboxCounts;
import com.qualitydesk.task.InboxRow;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * index.xhtml: each of the person's departments with what waits on it, overdue and due soon
 * counted first, and its soonest-due steps (CF-05); the general manager and the administrator see
 * every department, as they answer for all of them (CF-08).
 */
@Named
@RequestScoped
public class HomeBacking {

    /** The soonest-due steps a card lists; the inbox has the rest. */
    static final int SOONEST = 5;

    @Inject
    Inbox inbox;

    @Inject
    WorkingCalendars calendars;

    @Inject
    UserSession user;

    @Inject
    UserMessages messages;

    @Inject
    QualityIndicators indicators;

    @Inject
    Clock clock;

    private List<DepartmentWork> cards;
    private List<Reading> ownIndicators;
    private Duration workingDay;

    /** One department's open work. */
    public record DepartmentWork(Department department, InboxCounts counts, List<InboxRow> soonest) {}

    @PostConstruct
    void init() {
        workingDay = InboxBacking.workingDayOf(calendars.hours());
        Set<Department> own = user.departments();
        boolean overseer = own.contains(Department.GENERAL_MANAGER) || own.contains(Department.ADMIN);
        Set<Department> shown = overseer ? EnumSet.allOf(Department.class) : own;
        cards = new ArrayList<>();
        var shownWithWork = EnumSet.noneOf(Department.class);
        shownWithWork.addAll(shown);
        // nothing of the procedures waits on the administrator
        shownWithWork.remove(Department.ADMIN);
        Map<Department, InboxCounts> counts = inbox.countsByDepartment(shownWithWork);
        for (Department d : shownWithWork) {
            InboxCounts waiting = counts.get(d);
            List<InboxRow> soonest = waiting.total() == 0 ? List.of() : inbox.soonest(d, SOONEST);
            cards.add(new DepartmentWork(d, waiting, soonest));
        }
    }

    /** IM-04: last month's figures of the objectives the person's departments improve (IM-02). */
    public List<Reading> getIndicators() {
        if (ownIndicators == null) {
            ownIndicators = FiguresStep.READ_FIGURES.allows(user.departments())
                    ? indicators.monthFor(getIndicatorMonth(), user.departments())
                    : List.of();
        }
        return ownIndicators;
    }

    public YearMonth getIndicatorMonth() {
        return YearMonth.now(clock).minusMonths(1);
    }

    public List<DepartmentWork> getCards() {
        return cards;
    }

    public String timeLeft(InboxRow row) {
        if (row.task().getPausedSince() != null) {
            return messages.text("inbox.paused");
        }
        return TimeLeft.text(row.timeLeft(), workingDay, user.getLocale());
    }

    public String severity(InboxRow row) {
        return switch (row.state()) {
            case OVERDUE -> "danger";
            case WARNING -> "warning";
            case ON_TIME -> "success";
        };
    }
}
