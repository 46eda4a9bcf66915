package com.qualitydesk.action;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.survey.SurveyReply;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;

/**
 * CF-10: containment, corrective and preventive actions with an owner and a due date; the owner
 * records evidence of completion, and QUALITY verifies effectiveness after the verification window
 * from data, not from a checkbox. A failed verification opens a follow-up action. Survey replies
 * (CS-07) and analysis reports open actions through the same service.
 */
@Stateless
@RolesAllowed({
    Role.SALES,
    Role.QUALITY,
    Role.TECHNICAL,
    Role.PRODUCTION,
    Role.FINANCE,
    Role.OFFICE,
    Role.GENERAL_MANAGER,
    Role.SERVICE,
    Role.ADMIN
})
public class CorrectiveActions {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

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

    public Page<CorrectiveAction> page(@NotNull PageRequest request) {
        return FilteredQuery.of(em, CorrectiveAction.class)
                .defaultSort("dueDate")
                .page(request);
    }

    public List<CorrectiveAction> forSource(@NotNull ActionSource source, long sourceId) {
        return em.createQuery(
                        "select a from CorrectiveAction a where a.sourceType = :type and a.sourceId = :id order by a.id",
                        CorrectiveAction.class)
                .setParameter("type", source)
                .setParameter("id", sourceId)
                .getResultList();
    }

    public CorrectiveAction find(long id) {
        CorrectiveAction action = em.find(CorrectiveAction.class, id);
        if (action == null) {
            throw new RuleViolation("action.unknown");
        }
        return action;
    }

    /** QUALITY opens actions of a feedback case; SALES those of a survey reply (CS-07). */
    @RolesAllowed({Role.QUALITY, Role.SALES, Role.GENERAL_MANAGER})
    public CorrectiveAction open(@NotNull NewAction order) {
        if (order.sourceType() == ActionSource.FEEDBACK && !user.isIn(Department.QUALITY)) {
            throw new RuleViolation("action.feedbackByQuality");
        }
        if (order.sourceType() == ActionSource.FEEDBACK) {
            Feedback feedback = em.find(Feedback.class, order.sourceId());
            if (feedback == null || !feedback.isRegistered() || feedback.isClosed()) {
                throw new RuleViolation("action.feedbackNotOpen");
            }
        }
        if (order.dueDate() != null && order.dueDate().isBefore(LocalDate.now(clock))) {
            throw new RuleViolation("action.due.past");
        }
        return create(order, null);
    }

    /**
     * CS-07: a dissatisfied survey reply opens its actions in the transaction that stores the
     * reply, also when the customer sent it online and nobody is logged in; the action is then
     * created by the system. Only the survey services call this, inside their transaction, for a
     * submitted reply, and nothing else can be opened this way.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public CorrectiveAction openForSurveyReply(@NotNull NewAction order) {
        if (order.sourceType() != ActionSource.SURVEY_REPLY) {
            throw new RuleViolation("action.surveyReplyOnly");
        }
        SurveyReply reply = em.find(SurveyReply.class, order.sourceId());
        if (reply == null || !reply.isSubmitted()) {
            throw new RuleViolation("survey.reply.unknown");
        }
        return create(order, null);
    }

    /** The owner department (or QUALITY on its behalf) records what was done and the evidence. */
    public CorrectiveAction complete(long actionId, String evidence) {
        CorrectiveAction action = find(actionId);
        ActionStep.COMPLETE.require(user.departments(), action, LocalDate.now(clock));
        if (evidence == null || evidence.isBlank()) {
            throw new RuleViolation("action.evidence.required");
        }
        var before = action.auditSnapshot();
        Instant now = clock.instant();
        var calendar = calendars.current();
        int window = settings.value(ProcedureParameter.CF10_VERIFICATION_WINDOW_DAYS);
        // no window means verifiable at once, also when completed after working hours
        Instant verificationFrom = window == 0 ? now : calendar.addWorkingDays(now, window);
        action.setStatus(ActionStatus.COMPLETED);
        action.setEvidence(evidence.strip());
        action.setCompletedAt(now);
        action.setCompletedBy(user.name());
        action.setVerificationDue(verificationFrom.atZone(clock.getZone()).toLocalDate());
        records.validate(action);
        em.flush();
        audit.changed(action, before);
        tasks.finishForAction(actionId, TaskKind.ACTION, user.name());
        tasks.open(new Task(
                TaskKind.VERIFICATION,
                Department.QUALITY,
                null,
                feedbackIdOf(action),
                action.getId(),
                action.getSourceReference(),
                action.getDescription(),
                verificationFrom,
                calendar.addWorkingDays(verificationFrom, settings.value(ProcedureParameter.CF10_VERIFICATION_DAYS))));
        return action;
    }

    /**
     * The data QUALITY verifies against: feedback items on the same product with the same cause
     * category registered since the action was completed. Empty where the source has no product
     * and cause (a survey reply).
     */
    public OptionalLong recurrences(long actionId) {
        CorrectiveAction action = find(actionId);
        if (action.getSourceType() != ActionSource.FEEDBACK || action.getCompletedAt() == null) {
            return OptionalLong.empty();
        }
        Feedback source = em.find(Feedback.class, action.getSourceId());
        if (source == null
                || source.getProduct() == null
                || source.getAnalysis().getCauseCategory() == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(em.createQuery(
                        "select count(f) from Feedback f where f.product = :product and f.analysis.causeCategory = :cause"
                                + " and f.registeredAt >= :since and f.id <> :source",
                        Long.class)
                .setParameter("product", source.getProduct())
                .setParameter("cause", source.getAnalysis().getCauseCategory())
                .setParameter("since", action.getCompletedAt())
                .setParameter("source", source.getId())
                .getSingleResult());
    }

    /**
     * CF-10: QUALITY records pass or fail once the verification window has passed; a failure opens
     * a follow-up action for the same owner.
     */
    @RolesAllowed(Role.QUALITY)
    public CorrectiveAction verify(long actionId, boolean effective, String note, LocalDate followUpDue) {
        CorrectiveAction action = find(actionId);
        ActionStep.VERIFY.require(user.departments(), action, LocalDate.now(clock));
        if (note == null || note.isBlank()) {
            throw new RuleViolation("action.verification.noteRequired");
        }
        if (!effective && followUpDue == null) {
            throw new RuleViolation("action.verification.followUpDueRequired");
        }
        var before = action.auditSnapshot();
        action.setStatus(effective ? ActionStatus.VERIFIED : ActionStatus.FAILED);
        action.setVerificationNote(note.strip());
        action.setVerifiedAt(clock.instant());
        action.setVerifiedBy(user.name());
        em.flush();
        audit.changed(action, before);
        tasks.finishForAction(actionId, TaskKind.VERIFICATION, user.name());
        if (!effective) {
            create(
                    new NewAction(
                            action.getSourceType(),
                            action.getSourceId(),
                            action.getSourceReference(),
                            action.getKind(),
                            action.getDescription(),
                            action.getOwnerDepartment(),
                            action.getOwnerPerson(),
                            followUpDue),
                    action.getId());
        }
        return action;
    }

    private CorrectiveAction create(NewAction order, Long followUpOf) {
        var action = new CorrectiveAction();
        action.setSourceType(order.sourceType());
        action.setSourceId(order.sourceId());
        action.setSourceReference(order.sourceReference());
        action.setKind(order.kind());
        action.setDescription(
                order.description() == null ? null : order.description().strip());
        action.setOwnerDepartment(order.ownerDepartment());
        action.setOwnerPerson(
                order.ownerPerson() == null || order.ownerPerson().isBlank() ? null : order.ownerPerson());
        action.setDueDate(order.dueDate());
        action.setFollowUpOf(followUpOf);
        action.setCreatedAt(clock.instant());
        action.setCreatedBy(user.name());
        records.create(action);
        tasks.open(new Task(
                TaskKind.ACTION,
                action.getOwnerDepartment(),
                action.getOwnerPerson(),
                feedbackIdOf(action),
                action.getId(),
                action.getSourceReference(),
                action.getDescription(),
                action.getCreatedAt(),
                endOfDay(action.getDueDate(), clock.getZone())));
        return action;
    }

    private Instant endOfDay(LocalDate date, ZoneId zone) {
        var hours = calendars.hours();
        return date.atTime(hours == null ? LocalTime.of(17, 30) : hours.getEndTime())
                .atZone(zone)
                .toInstant();
    }

    private static Long feedbackIdOf(CorrectiveAction action) {
        return action.getSourceType() == ActionSource.FEEDBACK ? action.getSourceId() : null;
    }
}
