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
import java.util.Optional;
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
    ActionEvidence evidence;

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
        boolean ownRecord =
                order.sourceType() == ActionSource.FEEDBACK || order.sourceType() == ActionSource.SURVEY_REPLY;
        if (!ownRecord
                && (order.sourceReference() == null || order.sourceReference().isBlank())) {
            // IM-01: an improvement names what it improves, so that the register can be read alone
            throw new RuleViolation("action.reference.required");
        }
        if (order.characteristicId() != null && order.ownerDepartment() != Department.PRODUCTION) {
            // IM-02: a process's capability is improved by its workshop
            throw new RuleViolation("action.characteristic.production");
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
     * The data QUALITY verifies against (CF-10): how many feedback cases recurred within the
     * verification window after completion, by {@link EffectivenessCheck}: the same cause category
     * and the same product or the same customer. Empty where there is nothing to compare: the
     * source is no feedback case (a survey reply), or it has no cause category yet, or the action
     * is not completed.
     */
    public OptionalLong recurrences(long actionId) {
        return recurringCases(actionId)
                .map(found -> OptionalLong.of(found.count()))
                .orElse(OptionalLong.empty());
    }

    /** {@link #recurrences}, with the numbers of the recurring cases in the order registered. */
    public Optional<Recurrences> recurringCases(long actionId) {
        CorrectiveAction action = find(actionId);
        // CC-03: a case that expired is no longer there to compare with
        if (action.getSourceType() != ActionSource.FEEDBACK
                || action.getCompletedAt() == null
                || action.getSourceId() == null) {
            return Optional.empty();
        }
        Feedback source = em.find(Feedback.class, action.getSourceId());
        if (!EffectivenessCheck.comparable(source)) {
            return Optional.empty();
        }
        var window = EffectivenessCheck.Window.of(action, clock.getZone());
        String same;
        if (source.getProduct() != null && source.getCustomer() != null) {
            same = "(f.product = :product or f.customer = :customer)";
        } else if (source.getProduct() != null) {
            same = "f.product = :product";
        } else {
            same = "f.customer = :customer";
        }
        var query = em.createQuery(
                        "select f from Feedback f where f.analysis.causeCategory = :cause and " + same
                                + " and f.registeredAt >= :from and f.registeredAt <= :until and f.id <> :source"
                                + " order by f.registeredAt, f.id",
                        Feedback.class)
                .setParameter("cause", source.getAnalysis().getCauseCategory())
                .setParameter("from", window.from())
                .setParameter("until", window.until())
                .setParameter("source", source.getId());
        if (same.contains(":product")) {
            query.setParameter("product", source.getProduct());
        }
        if (same.contains(":customer")) {
            query.setParameter("customer", source.getCustomer());
        }
        return Optional.of(Recurrences.of(query.getResultList().stream()
                .filter(f -> EffectivenessCheck.isRecurrence(source, f, window))
                .map(Feedback::getNumber)
                .toList()));
    }

    /**
     * CF-10: QUALITY records pass or fail once the verification window has passed; a failure opens
     * a follow-up action for the same owner. Without a reason why the recurrences are not one, an
     * action that recurred cannot pass.
     */
    @RolesAllowed(Role.QUALITY)
    public CorrectiveAction verify(long actionId, boolean effective, String note, LocalDate followUpDue) {
        return verify(actionId, new Verification(effective, note, followUpDue, null));
    }

    /**
     * CF-10: as {@link #verify(long, boolean, String, LocalDate)}; the recurrences within the
     * window decide whether "effective" may be recorded, and their figure, with the reason given,
     * is stored with the verification.
     */
    @RolesAllowed(Role.QUALITY)
    public CorrectiveAction verify(long actionId, @NotNull Verification verification) {
        CorrectiveAction action = find(actionId);
        ActionStep.VERIFY.require(user.departments(), action, LocalDate.now(clock));
        boolean effective = verification.effective();
        String note = verification.note();
        LocalDate followUpDue = verification.followUpDue();
        if (note == null || note.isBlank()) {
            throw new RuleViolation("action.verification.noteRequired");
        }
        if (!effective && followUpDue == null) {
            throw new RuleViolation("action.verification.followUpDueRequired");
        }
        Recurrences found = recurringCases(actionId).orElse(null);
        EffectivenessCheck.require(effective, found, verification.notARecurrence());
        // IM-01: effective only with the figure there, and against it only with a reason
        EffectivenessFigure figure = figure(action, found, verification.statedFigure());
        figure.requireFor(effective, verification.notARecurrence());
        var before = action.auditSnapshot();
        action.setStatus(effective ? ActionStatus.VERIFIED : ActionStatus.FAILED);
        action.setVerificationNote(note.strip());
        action.setVerificationRecurrences(found == null ? null : Math.toIntExact(found.count()));
        action.setRecurrenceCases(found == null || !found.any() ? null : shortened(found.numbers(), 1000));
        String why = verification.notARecurrence();
        action.setRecurrenceJustification(
                figure.supports() || why == null || why.isBlank() ? null : shortened(why.strip(), 2000));
        action.recordFigure(figure);
        action.setVerifiedAt(clock.instant());
        action.setVerifiedBy(user.name());
        records.validate(action);
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
                            followUpDue,
                            action.getOwnerUnit(),
                            action.getCharacteristicId()),
                    action.getId());
        }
        return action;
    }

    /**
     * IM-01: the figure the verifier decides on, before and after, counted from the records by the
     * action's {@link VerificationBasis}; where the system counts nothing, the figure the verifier
     * states.
     */
    @RolesAllowed({Role.QUALITY, Role.SALES, Role.GENERAL_MANAGER, Role.ADMIN})
    public EffectivenessFigure figure(long actionId, String stated) {
        CorrectiveAction action = find(actionId);
        return figure(action, recurringCases(actionId).orElse(null), stated);
    }

    private EffectivenessFigure figure(CorrectiveAction action, Recurrences found, String stated) {
        return switch (VerificationBasis.of(action)) {
            case RECURRENCES -> EffectivenessFigure.recurrences(found == null ? null : found.count());
            case ITEM_SCORE -> evidence.itemScore(action);
            case CAPABILITY -> evidence.capability(action);
            case STATED -> EffectivenessFigure.stated(stated);
        };
    }

    /** IM-01: a note of how far an open action is, by its owner department, SALES or QUALITY. */
    public ActionNote note(long actionId, String text) {
        CorrectiveAction action = find(actionId);
        ActionStep.NOTE.require(user.departments(), action, LocalDate.now(clock));
        var note = new ActionNote(actionId, clock.instant(), user.name(), text);
        em.persist(note);
        audit.event(action, "NOTE", note.getNote());
        return note;
    }

    /** The action's notes of progress, the newest first. */
    public List<ActionNote> notes(long actionId) {
        find(actionId);
        return em.createQuery(
                        "select n from ActionNote n where n.actionId = :a order by n.writtenAt desc, n.id desc",
                        ActionNote.class)
                .setParameter("a", actionId)
                .getResultList();
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
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
        action.setCharacteristicId(order.characteristicId());
        String unit = order.ownerUnit() == null || order.ownerUnit().isBlank()
                ? null
                : order.ownerUnit().strip();
        if (unit == null && order.characteristicId() != null) {
            // IM-02: the workshop improves its own process capability
            var characteristic = em.find(com.qualitydesk.figures.Characteristic.class, order.characteristicId());
            if (characteristic == null) {
                throw new RuleViolation("characteristic.unknown", order.characteristicId());
            }
            unit = characteristic.getWorkshop();
        }
        action.setOwnerUnit(unit);
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
