package com.qualitydesk.feedback;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.calendar.WorkingCalendar;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Product;
import com.qualitydesk.persistence.Contention;
import com.qualitydesk.security.Account;
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
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * CF-03/CF-05: SALES turns a received item into the registration form. Registration gives the
 * number and starts every deadline: the reply for SALES, the analysis for QUALITY, the general
 * manager's decision on a major case (CF-08), the recall evaluation of a safety complaint (CF-09)
 * and PRODUCTION's containment when products in production are concerned (CF-06).
 */
@Stateless
public class FeedbackRegistration {

    private static final Logger LOG = Logger.getLogger(FeedbackRegistration.class.getName());

    /** How many times a registration that met others at the same moment is run (CF-03). */
    static final int ATTEMPTS = 3;

    @PersistenceContext
    EntityManager em;

    @EJB
    FeedbackRegistration self;

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

    /**
     * CF-03: registers a received item in one transaction, tried again when it met another
     * registration at the same moment. Every registration of a year locks the year's number row
     * from taking the number until it commits, so registrations of the same moment queue; one that
     * waited too long for it, or lost a deadlock or a race for the same item, was rolled back whole
     * (no number used, no task, no mail) and is simply run again. After {@value #ATTEMPTS} attempts
     * the person is told that nothing was saved and to press Register again.
     *
     * <p>Runs outside any transaction of the caller: each attempt is a transaction of its own.
     */
    @RolesAllowed(Role.SALES)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Feedback register(long feedbackId, @NotNull RegistrationForm form) {
        for (int attempt = 1; ; attempt++) {
            try {
                return self.registerOnce(feedbackId, form);
            } catch (RuntimeException failed) {
                if (!Contention.causes(failed)) {
                    throw failed;
                }
                if (attempt == ATTEMPTS) {
                    LOG.log(
                            Level.WARNING,
                            "Registration of feedback " + feedbackId + " met other registrations " + ATTEMPTS
                                    + " times; the person is asked to press Register again",
                            failed);
                    throw new RuleViolation("feedback.register.busy");
                }
                LOG.info(() -> "Registration of feedback " + feedbackId + " met another at the same moment (" + failed
                        + "); trying again");
                pause(attempt);
            }
        }
    }

    /**
     * One attempt of {@link #register}, in a transaction of its own. What reads the database comes
     * first (the calendar, the settings, the tasks to finish, whom to tell); the number (CF-03) is
     * taken as late as possible, and after it the registration writes its own records, so the
     * year's number row stays locked as briefly as possible.
     */
    @RolesAllowed(Role.SALES)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Feedback registerOnce(long feedbackId, @NotNull RegistrationForm form) {
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
        WorkingCalendar calendar = calendars.current();
        var deadlines = new Deadlines(calendar, settings::value);
        boolean toGeneralManager = form.severity() != null && form.severity().goesToGeneralManagerAtOnce();
        Instant decisionDue = toGeneralManager ? generalManagerDecisionDue(calendar, now) : null;
        Instant containmentDue = !form.concernsProduction()
                ? null
                : form.urgentContainment()
                        ? deadlines.urgentContainment(now)
                        : deadlines.containment(now, form.containmentDays());
        List<Account> toTell = notice.toTellAtOnce(form.severity(), form.safetyRelated());
        tasks.finish(feedback.getId(), TaskKind.REGISTER, user.name());

        // CF-03: the number, as late as possible; from here until the commit the records are written
        feedback.register(
                details,
                () -> numbers.next(now.atZone(clock.getZone()).getYear()).toString(),
                now,
                user.name(),
                deadlines);
        records.validate(feedback);
        em.flush();
        audit.changed(feedback, before);
        open(feedback, TaskKind.REPLY, Department.SALES, now, feedback.getReplyDueAt());
        open(feedback, TaskKind.ANALYSE, Department.QUALITY, now, feedback.getReplyDueAt());
        // CF-04: the registered form goes to QUALITY and TECHNICAL
        open(feedback, TaskKind.TECHNICAL_REVIEW, Department.TECHNICAL, now, feedback.getReplyDueAt());
        if (toGeneralManager) {
            open(feedback, TaskKind.GM_DECISION, Department.GENERAL_MANAGER, now, decisionDue);
        }
        if (form.safetyRelated()) {
            open(feedback, TaskKind.RECALL_EVALUATION, Department.QUALITY, now, feedback.getReplyDueAt());
            open(feedback, TaskKind.RULES_REAPPRAISAL, Department.QUALITY, now, feedback.getReplyDueAt());
        }
        if (form.concernsProduction()) {
            containment.transferAtRegistration(feedback, form.urgentContainment(), containmentDue, now);
        }
        notice.tell(feedback, toTell);
        return feedback;
    }

    /** A short, growing and uneven pause, so that registrations that collided do not collide again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(attempt * 50L + ThreadLocalRandom.current().nextLong(100));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleViolation("feedback.register.busy");
        }
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
            Instant due = generalManagerDecisionDue(calendars.current(), now);
            open(feedback, TaskKind.GM_DECISION, Department.GENERAL_MANAGER, now, due);
        }
    }

    /** CF-08: the general manager decides within working hours of the case becoming major. */
    private Instant generalManagerDecisionDue(WorkingCalendar calendar, Instant now) {
        return calendar.addWorkingHours(
                now, Duration.ofHours(settings.value(ProcedureParameter.CF08_GM_DECISION_HOURS)));
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
