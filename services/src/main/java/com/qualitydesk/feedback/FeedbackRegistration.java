package com.qualitydesk.feedback;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Product;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.settings.ProcedureParameter;
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
import java.time.Duration;
import java.time.Instant;

/**
 * CF-03/CF-05: SALES turns a received item into the registration form. Registration gives the
 * number and starts every deadline: the reply for SALES, the analysis for QUALITY, the general
 * manager's decision on a major case (CF-08), the recall evaluation of a safety complaint (CF-09)
 * and PRODUCTION's containment when products in production are concerned (CF-06).
 */
@Stateless
public class FeedbackRegistration {

    @PersistenceContext
    EntityManager em;

    @Inject
    FeedbackNumbers numbers;

    @Inject
    AuditedRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Tasks tasks;

    @Inject
    Containment containment;

    @Inject
    MajorCaseNotice notice;

    @Inject
    WorkingCalendars calendars;

    @Inject
    ProcedureSettings settings;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @RolesAllowed(Role.SALES)
    public Feedback register(long feedbackId, @NotNull RegistrationForm form) {
        Feedback feedback = FeedbackCaseAccess.existing(em, feedbackId);
        if (feedback.isRegistered()) {
            throw new RuleViolation("feedback.alreadyRegistered", feedback.getNumber());
        }
        FeedbackStep.REGISTER.require(user.departments(), feedback);
        if (form.concernsProduction()) {
            ContainmentOutcome.requireDays(form.urgentContainment(), form.containmentDays());
        }
        var before = feedback.auditSnapshot();
        var details = new CaseRegistration(
                FeedbackCaseAccess.reference(em, Customer.class, form.customerId()),
                FeedbackCaseAccess.reference(em, Contact.class, form.contactId()),
                FeedbackCaseAccess.reference(em, Product.class, form.productId()),
                form.lotNumber(),
                form.quantityAffected(),
                form.type(),
                form.severity(),
                form.description(),
                form.safetyRelated());
        Instant now = clock.instant();
        var deadlines = deadlines();
        feedback.register(
                details,
                () -> numbers.next(now.atZone(clock.getZone()).getYear()).toString(),
                now,
                user.name(),
                deadlines);
        records.validate(feedback);
        em.flush();
        audit.changed(feedback, before);

        tasks.finish(feedback.getId(), TaskKind.REGISTER, user.name());
        open(feedback, TaskKind.REPLY, Department.SALES, now, feedback.getReplyDueAt());
        open(feedback, TaskKind.ANALYSE, Department.QUALITY, now, feedback.getReplyDueAt());
        // CF-04: the registered form goes to QUALITY and TECHNICAL
        open(feedback, TaskKind.TECHNICAL_REVIEW, Department.TECHNICAL, now, feedback.getReplyDueAt());
        if (form.severity().goesToGeneralManagerAtOnce()) {
            openGeneralManagerDecision(feedback, now);
        }
        if (form.safetyRelated()) {
            open(feedback, TaskKind.RECALL_EVALUATION, Department.QUALITY, now, feedback.getReplyDueAt());
            open(feedback, TaskKind.RULES_REAPPRAISAL, Department.QUALITY, now, feedback.getReplyDueAt());
        }
        if (form.concernsProduction()) {
            containment.transfer(feedback, form.urgentContainment(), form.containmentDays());
        }
        notice.caseOpened(feedback);
        return feedback;
    }

    /**
     * CF-05: a changed severity recomputes the reply deadline from the registration with today's
     * settings; the change and its reason are audited, and a case becoming major goes to the
     * general manager at once.
     */
    @RolesAllowed({Role.SALES, Role.QUALITY})
    public Feedback changeSeverity(long feedbackId, @NotNull Severity severity, String reason) {
        Feedback feedback = FeedbackCaseAccess.forStep(em, feedbackId, FeedbackStep.CHANGE_SEVERITY, user);
        var before = feedback.auditSnapshot();
        Severity old = feedback.getSeverity();
        if (!feedback.changeSeverity(severity, reason, deadlines())) {
            return feedback;
        }
        Instant due = feedback.getReplyDueAt();
        em.flush();
        audit.changed(feedback, before);
        audit.event(feedback, "SEVERITY_CHANGED", old + " → " + severity + ": " + reason.strip());
        tasks.reschedule(feedback.getId(), TaskKind.REPLY, due);
        tasks.reschedule(feedback.getId(), TaskKind.ANALYSE, due);
        if (severity.goesToGeneralManagerAtOnce() && !feedback.getInstruction().isGiven()) {
            openGeneralManagerDecision(feedback, clock.instant());
            notice.caseOpened(feedback);
        }
        return feedback;
    }

    private void openGeneralManagerDecision(Feedback feedback, Instant now) {
        boolean open = tasks.openFor(feedback.getId()).stream().anyMatch(t -> t.getKind() == TaskKind.GM_DECISION);
        if (!open) {
            Instant due = calendars
                    .current()
                    .addWorkingHours(now, Duration.ofHours(settings.value(ProcedureParameter.CF08_GM_DECISION_HOURS)));
            open(feedback, TaskKind.GM_DECISION, Department.GENERAL_MANAGER, now, due);
        }
    }

    private void open(Feedback feedback, TaskKind kind, Department department, Instant start, Instant due) {
        tasks.open(new Task(
                kind,
                department,
                null,
                feedback.getId(),
                null,
                feedback.getNumber(),
                FeedbackReception.subject(feedback),
                start,
                due));
    }

    private Deadlines deadlines() {
        return new Deadlines(calendars.current(), settings::value);
    }
}
