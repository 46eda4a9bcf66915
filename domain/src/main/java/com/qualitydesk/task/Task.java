package com.qualitydesk.task;

import com.qualitydesk.security.Department;
import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step waiting on a department (or one person of it) with a deadline: what fills the inboxes and
 * what the escalation job watches. Kept flat, with the case's reference and subject copied in, so an
 * inbox is one indexed query however many cases there are.
 */
@Entity
@Table(name = "task")
public class Task extends EditableEntity {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private TaskKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Department department;

    @Size(max = 64)
    @Column(length = 64)
    private String assignee;

    @Column(name = "feedback_id")
    private Long feedbackId;

    /**
     * The record the step is about, within the case: the action of an ACTION or VERIFICATION
     * task, the information sheet of an INFORMATION_SHEET task.
     */
    @Column(name = "action_id")
    private Long actionId;

    /** The survey invitation a SURVEY_VISIT task is about (CS-04). */
    @Column(name = "invitation_id")
    private Long invitationId;

    /**
     * The after-sales record the step is about (AS-03 … AS-08): the call-back of a CALL_BACK or
     * OBJECTION_DISPOSAL task, the request of a SERVICE_REQUEST task, the service record of a
     * SERVICE_RECORD task, the return visit of a RETURN_VISIT task; and the monthly sheet of a
     * MONTHLY_SHEET task (CS-09).
     */
    @Column(name = "record_id")
    private Long recordId;

    /** The case number people recognise (FB-2026-0042). */
    @Size(max = 64)
    @Column(length = 64)
    private String reference;

    @Size(max = 300)
    @Column(length = 300)
    private String subject;

    @NotNull
    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "paused_since")
    private Instant pausedSince;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 64)
    private String doneBy;

    /**
     * When the warning window opens, kept so that the escalation job asks the database for the
     * tasks due for a warning instead of judging every open task; null on tasks written before it
     * was kept (the job then judges them itself, see {@link #planWarning}).
     */
    @Column(name = "warn_from")
    private Instant warnFrom;

    /** When the owners were warned, or when the warning was passed over by an escalation. */
    @Column(name = "warned_at")
    private Instant warnedAt;

    /** 0: not escalated; 1: to the department head; 2: to the general manager. */
    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    public Task() {}

    public Task(
            TaskKind kind,
            Department department,
            String assignee,
            Long feedbackId,
            Long actionId,
            String reference,
            String subject,
            Instant startAt,
            Instant dueAt) {
        this.kind = kind;
        this.department = department;
        this.assignee = assignee;
        this.feedbackId = feedbackId;
        this.actionId = actionId;
        this.reference = reference;
        this.subject = subject == null || subject.length() <= 300 ? subject : subject.substring(0, 300);
        this.startAt = startAt;
        this.dueAt = dueAt;
    }

    public boolean isOpen() {
        return doneAt == null;
    }

    /** Places the warning window with the given share of the task's time (CF-05, TASK_WARNING_SHARE). */
    public void planWarning(int warningSharePercent) {
        this.warnFrom = dueAt == null ? null : DueState.warningFrom(startAt, dueAt, warningSharePercent);
    }

    public Instant getWarnFrom() {
        return warnFrom;
    }

    public DueState dueState(Instant now, int warningSharePercent) {
        return isOpen() && pausedSince == null
                ? DueState.of(startAt, dueAt, now, warningSharePercent)
                : DueState.ON_TIME;
    }

    public TaskKind getKind() {
        return kind;
    }

    public void setKind(TaskKind kind) {
        this.kind = kind;
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public Long getFeedbackId() {
        return feedbackId;
    }

    public void setFeedbackId(Long feedbackId) {
        this.feedbackId = feedbackId;
    }

    public Long getInvitationId() {
        return invitationId;
    }

    public void setInvitationId(Long invitationId) {
        this.invitationId = invitationId;
    }

    public Long getActionId() {
        return actionId;
    }

    public void setActionId(Long actionId) {
        this.actionId = actionId;
    }

    public Long getRecordId() {
        return recordId;
    }

    public void setRecordId(Long recordId) {
        this.recordId = recordId;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public void setStartAt(Instant startAt) {
        this.startAt = startAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public void setDueAt(Instant dueAt) {
        this.dueAt = dueAt;
    }

    public Instant getPausedSince() {
        return pausedSince;
    }

    public void setPausedSince(Instant pausedSince) {
        this.pausedSince = pausedSince;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public void setDoneAt(Instant doneAt) {
        this.doneAt = doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public void setDoneBy(String doneBy) {
        this.doneBy = doneBy;
    }

    public Instant getWarnedAt() {
        return warnedAt;
    }

    public void setWarnedAt(Instant warnedAt) {
        this.warnedAt = warnedAt;
    }

    public int getEscalationLevel() {
        return escalationLevel;
    }

    public void setEscalationLevel(int escalationLevel) {
        this.escalationLevel = escalationLevel;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public void setEscalatedAt(Instant escalatedAt) {
        this.escalatedAt = escalatedAt;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("kind", kind);
        m.put("department", department);
        m.put("assignee", assignee);
        m.put("reference", reference);
        m.put("dueAt", dueAt);
        m.put("pausedSince", pausedSince);
        m.put("doneAt", doneAt);
        m.put("escalationLevel", escalationLevel);
        return m;
    }
}
