package com.qualitydesk.feedback;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;

/**
 * CF-06: when products in production or being shipped are concerned, the case goes to PRODUCTION
 * at once; a batch being prepared for delivery is urgent (same or next working day), otherwise
 * QUALITY sets 3 to 7 working days. PRODUCTION records the inspection of the same products.
 */
@Stateless
public class Containment {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Tasks tasks;

    @Inject
    WorkingCalendars calendars;

    @Inject
    ProcedureSettings settings;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @RolesAllowed({Role.SALES, Role.QUALITY})
    public Feedback transfer(long feedbackId, boolean urgent, Integer workingDays) {
        return transfer(
                FeedbackCaseAccess.forStep(em, feedbackId, FeedbackStep.TRANSFER_TO_PRODUCTION, user),
                urgent,
                workingDays);
    }

    @RolesAllowed({Role.SALES, Role.QUALITY})
    public Feedback transfer(Feedback feedback, boolean urgent, Integer workingDays) {
        FeedbackStep.TRANSFER_TO_PRODUCTION.require(user.departments(), feedback);
        ContainmentOutcome.requireDays(urgent, workingDays);
        Instant now = clock.instant();
        var deadlines = new Deadlines(calendars.current(), settings::value);
        Instant due = urgent ? deadlines.urgentContainment(now) : deadlines.containment(now, workingDays);
        return transferred(feedback, urgent, due, now);
    }

    /**
     * The transfer of a case registered as concerning production: its deadline was computed before
     * the registration took its number (CF-03), so nothing here reads the calendar or the settings.
     */
    @RolesAllowed(Role.SALES)
    public Feedback transferAtRegistration(Feedback feedback, boolean urgent, Instant due, Instant now) {
        FeedbackStep.TRANSFER_TO_PRODUCTION.require(user.departments(), feedback);
        return transferred(feedback, urgent, due, now);
    }

    private Feedback transferred(Feedback feedback, boolean urgent, Instant due, Instant now) {
        var before = feedback.auditSnapshot();
        feedback.transferToProduction(urgent, due);
        em.flush();
        audit.changed(feedback, before);
        tasks.open(new Task(
                TaskKind.CONTAINMENT,
                Department.PRODUCTION,
                null,
                feedback.getId(),
                null,
                feedback.getNumber(),
                FeedbackReception.subject(feedback),
                now,
                due));
        return feedback;
    }

    @RolesAllowed(Role.PRODUCTION)
    public Feedback record(long feedbackId, @NotNull ContainmentResult result) {
        Feedback feedback = FeedbackCaseAccess.forStep(em, feedbackId, FeedbackStep.RECORD_CONTAINMENT, user);
        var before = feedback.auditSnapshot();
        feedback.recordContainment(result, clock.instant(), user.name());
        em.flush();
        audit.changed(feedback, before);
        tasks.finish(feedbackId, TaskKind.CONTAINMENT, user.name());
        return feedback;
    }
}
