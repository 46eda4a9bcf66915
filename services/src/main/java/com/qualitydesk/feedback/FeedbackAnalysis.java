package com.qualitydesk.feedback;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.Department.Role;
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
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * CF-04/CF-10: QUALITY, with TECHNICAL, analyses the case, records the cause, decides the
 * responsible department or person and sends information feedback sheets with their own due
 * dates; a large batch may have a special quality analysis meeting (CF-05).
 */
@Stateless
public class FeedbackAnalysis {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    AuditedRecords records;

    @Inject
    Tasks tasks;

    @Inject
    WorkingCalendars calendars;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @RolesAllowed({Role.QUALITY, Role.TECHNICAL})
    public Feedback recordCause(long feedbackId, @NotNull AnalysisForm form) {
        Feedback feedback = FeedbackCaseAccess.forStep(em, feedbackId, FeedbackStep.RECORD_CAUSE, user);
        var before = feedback.auditSnapshot();
        feedback.recordCause(form, clock.instant(), user.name());
        records.validate(feedback);
        em.flush();
        audit.changed(feedback, before);
        finishAnalysisWhenDecided(feedback);
        return feedback;
    }

    /**
     * CF-04: TECHNICAL reads the registered form and gives its opinion, which QUALITY sees beside
     * its analysis; giving it finishes TECHNICAL's reading task.
     */
    @RolesAllowed(Role.TECHNICAL)
    public Feedback giveTechnicalOpinion(long feedbackId, String opinion) {
        Feedback feedback = FeedbackCaseAccess.forStep(em, feedbackId, FeedbackStep.GIVE_TECHNICAL_OPINION, user);
        var before = feedback.auditSnapshot();
        feedback.giveTechnicalOpinion(opinion, clock.instant(), user.name());
        records.validate(feedback);
        em.flush();
        audit.changed(feedback, before);
        tasks.finish(feedbackId, TaskKind.TECHNICAL_REVIEW, user.name());
        return feedback;
    }

    /** CF-04: TECHNICAL has read the form without an opinion to add. */
    @RolesAllowed(Role.TECHNICAL)
    public void markFormRead(long feedbackId) {
        FeedbackCaseAccess.forStep(em, feedbackId, FeedbackStep.GIVE_TECHNICAL_OPINION, user);
        tasks.finish(feedbackId, TaskKind.TECHNICAL_REVIEW, user.name());
    }

    /** CF-10: only QUALITY decides who is responsible. */
    @RolesAllowed(Role.QUALITY)
    public Feedback assignResponsibility(long feedbackId, @NotNull Department department, String person) {
        Feedback feedback = FeedbackCaseAccess.forStep(em, feedbackId, FeedbackStep.ASSIGN_RESPONSIBILITY, user);
        var before = feedback.auditSnapshot();
        feedback.assignResponsibility(department, person);
        em.flush();
        audit.changed(feedback, before);
        finishAnalysisWhenDecided(feedback);
        return feedback;
    }

    /** CF-05: the special quality analysis meeting of a large-batch (or major) problem. */
    @RolesAllowed(Role.QUALITY)
    public Feedback recordMeeting(
            long feedbackId, @NotNull LocalDate date, String attendees, String minutes, String decisions) {
        Feedback feedback = FeedbackCaseAccess.forStep(em, feedbackId, FeedbackStep.RECORD_MEETING, user);
        var before = feedback.auditSnapshot();
        feedback.recordMeeting(date, attendees, minutes, decisions);
        records.validate(feedback);
        em.flush();
        audit.changed(feedback, before);
        return feedback;
    }

    /** CF-04: an information feedback sheet to SALES or a responsible unit, due on its own date. */
    @RolesAllowed(Role.QUALITY)
    public InformationSheet issueSheet(
            long feedbackId, @NotNull Department department, String message, @NotNull LocalDate dueDate) {
        Feedback feedback = FeedbackCaseAccess.forStep(em, feedbackId, FeedbackStep.ISSUE_SHEET, user);
        Instant now = clock.instant();
        if (dueDate.isBefore(now.atZone(clock.getZone()).toLocalDate())) {
            throw new RuleViolation("sheet.due.past");
        }
        var sheet = new InformationSheet();
        sheet.setFeedbackId(feedbackId);
        sheet.setDepartment(department);
        sheet.setMessage(message == null ? null : message.strip());
        sheet.setDueDate(dueDate);
        sheet.setIssuedAt(now);
        sheet.setIssuedBy(user.name());
        records.create(sheet);
        tasks.open(new Task(
                TaskKind.INFORMATION_SHEET,
                department,
                null,
                feedbackId,
                sheet.getId(),
                feedback.getNumber(),
                FeedbackReception.subject(feedback),
                now,
                endOfWorkingDay(dueDate)));
        return sheet;
    }

    /** The addressed unit answers its sheet; QUALITY may record an answer given to it orally. */
    @RolesAllowed({
        Role.SALES,
        Role.QUALITY,
        Role.TECHNICAL,
        Role.PRODUCTION,
        Role.FINANCE,
        Role.OFFICE,
        Role.GENERAL_MANAGER,
        Role.SERVICE
    })
    public InformationSheet answerSheet(long sheetId, String answer) {
        InformationSheet sheet = em.find(InformationSheet.class, sheetId);
        if (sheet == null) {
            throw new RuleViolation("sheet.unknown");
        }
        Feedback feedback = FeedbackCaseAccess.open(em, sheet.getFeedbackId());
        if (!FeedbackStep.mayAnswer(user.departments(), feedback, sheet)) {
            throw new RuleViolation("sheet.otherDepartment");
        }
        if (blank(answer)) {
            throw new RuleViolation("sheet.answer.required");
        }
        var before = sheet.auditSnapshot();
        sheet.setAnswer(answer.strip());
        sheet.setAnsweredAt(clock.instant());
        sheet.setAnsweredBy(user.name());
        records.validate(sheet);
        em.flush();
        audit.changed(sheet, before);
        tasks.finishForAction(sheet.getId(), TaskKind.INFORMATION_SHEET, user.name());
        return sheet;
    }

    private void finishAnalysisWhenDecided(Feedback feedback) {
        if (feedback.getAnalysis().isDecided()) {
            tasks.finish(feedback.getId(), TaskKind.ANALYSE, user.name());
        }
    }

    private Instant endOfWorkingDay(LocalDate date) {
        var hours = calendars.hours();
        LocalTime end = hours == null ? LocalTime.of(17, 30) : hours.getEndTime();
        return date.atTime(end).atZone(clock.getZone()).toInstant();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
