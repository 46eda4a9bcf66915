package com.qualitydesk.feedback;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.RuleViolation;
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
        return transfer(FeedbackCaseAccess.open(em, feedbackId), urgent, workingDays);
    }

    @RolesAllowed({Role.SALES, Role.QUALITY})
    public Feedback transfer(Feedback feedback, boolean urgent, Integer workingDays) {
        if (feedback.getContainmentDueAt() != null) {
            throw new RuleViolation("feedback.containment.alreadyTransferred");
        }
        if (!urgent && workingDays == null) {
            throw new RuleViolation("feedback.containment.daysRequired");
        }
        var before = feedback.auditSnapshot();
        Instant now = clock.instant();
        var deadlines = new Deadlines(calendars.current(), settings::value);
        Instant due = urgent ? deadlines.urgentContainment(now) : deadlines.containment(now, workingDays);
        feedback.setConcernsProduction(true);
        feedback.setContainmentUrgent(urgent);
        feedback.setContainmentDueAt(due);
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
        Feedback feedback = FeedbackCaseAccess.open(em, feedbackId);
        if (feedback.getContainmentDueAt() == null) {
            throw new RuleViolation("feedback.containment.notTransferred");
        }
        if (result.quantityChecked() == null || result.quantityNonconforming() == null) {
            throw new RuleViolation("feedback.containment.quantitiesRequired");
        }
        if (result.quantityChecked() < 0 || result.quantityNonconforming() < 0) {
            throw new RuleViolation("feedback.quantity.notNegative");
        }
        if (result.quantityNonconforming() > result.quantityChecked()) {
            throw new RuleViolation("feedback.containment.moreNonconformingThanChecked");
        }
        if (result.disposition() == null) {
            throw new RuleViolation("feedback.containment.dispositionRequired");
        }
        var before = feedback.auditSnapshot();
        feedback.setQuantityChecked(result.quantityChecked());
        feedback.setQuantityNonconforming(result.quantityNonconforming());
        feedback.setDisposition(result.disposition());
        feedback.setContainmentNote(FeedbackReception.blankToNull(result.note()));
        feedback.setContainmentRecordedAt(clock.instant());
        feedback.setContainmentRecordedBy(user.name());
        em.flush();
        audit.changed(feedback, before);
        tasks.finish(feedbackId, TaskKind.CONTAINMENT, user.name());
        return feedback;
    }
}
