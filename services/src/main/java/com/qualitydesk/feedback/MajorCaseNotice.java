package com.qualitydesk.feedback;

import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.security.Account;
import com.qualitydesk.security.Department;
import com.qualitydesk.task.Notifications;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * CF-08: the general manager hears of a major or product-safety case when it opens, by mail and in
 * the app, not only when its deadline comes close. In working hours at once; a case opened outside
 * them is told by the escalation run at the next working-hour start (that run works in working
 * hours only). Each general manager is told of a case once: the notice's key is the case's.
 */
@Stateless
@PermitAll
public class MajorCaseNotice {

    public static final String MAJOR = "notification.case.openedMajor";
    public static final String SAFETY = "notification.case.openedSafety";

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    /** A case has just become major or safety-related: told now, if now is working time. */
    public void caseOpened(Feedback feedback) {
        tell(feedback, toTellAtOnce(feedback.getSeverity(), feedback.isSafetyRelated()));
    }

    /**
     * The general managers to tell at once of a case opening now with this severity: none when it
     * is neither major nor about safety, or outside working time. The registration asks before it
     * takes the number (CF-03) and {@link #tell tells} them after.
     */
    public List<Account> toTellAtOnce(Severity severity, boolean safetyRelated) {
        boolean concerns = severity == Severity.MAJOR || safetyRelated;
        return concerns && calendars.current().isWorkingMoment(clock.instant()) ? generalManagers() : List.of();
    }

    /** Tells these general managers that the case opened; each of them once. */
    public int tell(Feedback feedback, List<Account> managers) {
        if (managers.isEmpty()) {
            return 0;
        }
        return notifications.notify(
                "case-opened-" + feedback.getId(),
                managers,
                feedback.getSeverity() == Severity.MAJOR ? MAJOR : SAFETY,
                List.of(feedback.getNumber(), FeedbackReception.subject(feedback)),
                null,
                feedback.getId());
    }

    /** The escalation run's part: every open major or safety case whose general managers were not told. */
    public int announcePending() {
        List<Feedback> untold = em.createQuery(
                        "select f from Feedback f where f.number is not null and f.status <> :closed"
                                + " and (f.severity = :major or f.safetyRelated = true)"
                                + " and not exists (select n from Notification n where n.feedbackId = f.id"
                                + " and n.messageKey in :keys)",
                        Feedback.class)
                .setParameter("closed", FeedbackStatus.CLOSED)
                .setParameter("major", Severity.MAJOR)
                .setParameter("keys", List.of(MAJOR, SAFETY))
                .getResultList();
        if (untold.isEmpty()) {
            return 0;
        }
        List<Account> managers = generalManagers();
        return untold.stream().mapToInt(f -> tell(f, managers)).sum();
    }

    private List<Account> generalManagers() {
        return em.createQuery(
                        "select distinct a from Account a join a.departments d where a.active = true and d = :gm",
                        Account.class)
                .setParameter("gm", Department.GENERAL_MANAGER)
                .getResultList();
    }
}
