package com.qualitydesk.action;

import com.qualitydesk.security.Department;
import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A containment, corrective or preventive action (CF-10) with its owner, due date, evidence of
 * completion and QUALITY's verification of effectiveness. Feedback cases, survey replies (CS-07) and
 * analysis reports open them; the source is named by kind, id and a human reference so that one
 * table serves them all.
 */
@Entity
@Table(name = "corrective_action")
public class CorrectiveAction extends EditableEntity {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 24)
    private ActionSource sourceType;

    /**
     * The source's id; null once the source expired (CC-03): the action stays in the register
     * with the source's reference as its only trace.
     */
    @Column(name = "source_id")
    private Long sourceId;

    @Size(max = 64, message = "{field.tooLong}")
    @Column(name = "source_reference", length = 64)
    private String sourceReference;

    @NotNull(message = "{action.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActionKind kind;

    @NotBlank(message = "{action.description.required}")
    @Size(max = 2000, message = "{field.tooLong}")
    @Column(nullable = false, length = 2000)
    private String description;

    @NotNull(message = "{action.owner.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_department", nullable = false, length = 24)
    private Department ownerDepartment;

    @Size(max = 64, message = "{field.tooLong}")
    @Column(name = "owner_person", length = 64)
    private String ownerPerson;

    /** IM-02: the workshop that improves its own process capability, or another unit of the department. */
    @Size(max = 100, message = "{field.tooLong}")
    @Column(name = "owner_unit", length = 100)
    private String ownerUnit;

    /** The characteristic of an important process whose capability the action should raise (CS-09). */
    @Column(name = "characteristic_id")
    private Long characteristicId;

    @NotNull(message = "{action.due.required}")
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActionStatus status = ActionStatus.OPEN;

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(length = 4000)
    private String evidence;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by", length = 64)
    private String completedBy;

    /** From this day QUALITY may verify effectiveness: completion plus the CF-10 window. */
    @Column(name = "verification_due")
    private LocalDate verificationDue;

    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "verification_note", length = 2000)
    private String verificationNote;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    /** CF-10: the recurrences within the verification window when the verification was recorded. */
    @Column(name = "verification_recurrences")
    private Integer verificationRecurrences;

    /** The numbers of those recurring cases. */
    @Size(max = 1000, message = "{field.tooLong}")
    @Column(name = "recurrence_cases", length = 1000)
    private String recurrenceCases;

    /** Why the recurrences are not a recurrence of this problem, when it passed despite them. */
    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "recurrence_justification", length = 2000)
    private String recurrenceJustification;

    @Column(name = "verified_by", length = 64)
    private String verifiedBy;

    /** The failed action this one replaces. */
    @Column(name = "follow_up_of")
    private Long followUpOf;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    public CorrectiveAction() {}

    public boolean isOpen() {
        return status == ActionStatus.OPEN;
    }

    public boolean isVerified() {
        return status == ActionStatus.VERIFIED;
    }

    public ActionSource getSourceType() {
        return sourceType;
    }

    public void setSourceType(ActionSource sourceType) {
        this.sourceType = sourceType;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public void setSourceId(Long sourceId) {
        this.sourceId = sourceId;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public void setSourceReference(String sourceReference) {
        this.sourceReference = sourceReference;
    }

    public ActionKind getKind() {
        return kind;
    }

    public void setKind(ActionKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Department getOwnerDepartment() {
        return ownerDepartment;
    }

    public void setOwnerDepartment(Department ownerDepartment) {
        this.ownerDepartment = ownerDepartment;
    }

    public String getOwnerPerson() {
        return ownerPerson;
    }

    public void setOwnerPerson(String ownerPerson) {
        this.ownerPerson = ownerPerson;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(Instant completedAt) {
        this.completedAt = completedAt;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public void setCompletedBy(String completedBy) {
        this.completedBy = completedBy;
    }

    public LocalDate getVerificationDue() {
        return verificationDue;
    }

    public void setVerificationDue(LocalDate verificationDue) {
        this.verificationDue = verificationDue;
    }

    public String getVerificationNote() {
        return verificationNote;
    }

    public void setVerificationNote(String verificationNote) {
        this.verificationNote = verificationNote;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public void setVerifiedAt(Instant verifiedAt) {
        this.verifiedAt = verifiedAt;
    }

    public Integer getVerificationRecurrences() {
        return verificationRecurrences;
    }

    public void setVerificationRecurrences(Integer verificationRecurrences) {
        this.verificationRecurrences = verificationRecurrences;
    }

    public String getRecurrenceCases() {
        return recurrenceCases;
    }

    public void setRecurrenceCases(String recurrenceCases) {
        this.recurrenceCases = recurrenceCases;
    }

    public String getRecurrenceJustification() {
        return recurrenceJustification;
    }

    public void setRecurrenceJustification(String recurrenceJustification) {
        this.recurrenceJustification = recurrenceJustification;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public void setVerifiedBy(String verifiedBy) {
        this.verifiedBy = verifiedBy;
    }

    /** The basis the verification used, its figure before and after, and the figure as shown (IM-01). */
    @Enumerated(EnumType.STRING)
    @Column(name = "verification_basis", length = 16)
    private VerificationBasis verificationBasis;

    @Column(name = "figure_before")
    private Double figureBefore;

    @Column(name = "figure_after")
    private Double figureAfter;

    @Size(max = 400, message = "{field.tooLong}")
    @Column(name = "figure_text", length = 400)
    private String figureText;

    public String getOwnerUnit() {
        return ownerUnit;
    }

    public void setOwnerUnit(String ownerUnit) {
        this.ownerUnit = ownerUnit;
    }

    public Long getCharacteristicId() {
        return characteristicId;
    }

    public void setCharacteristicId(Long characteristicId) {
        this.characteristicId = characteristicId;
    }

    public VerificationBasis getVerificationBasis() {
        return verificationBasis;
    }

    public Double getFigureBefore() {
        return figureBefore;
    }

    public Double getFigureAfter() {
        return figureAfter;
    }

    public String getFigureText() {
        return figureText;
    }

    /** Keeps the figure the verifier was shown with the verification. */
    public void recordFigure(EffectivenessFigure figure) {
        this.verificationBasis = figure.basis();
        this.figureBefore = figure.before();
        this.figureAfter = figure.after();
        String text = figure.text();
        this.figureText = text == null ? null : text.length() > 400 ? text.substring(0, 399) + "…" : text;
    }

    /** Open and past its due day. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    public Long getFollowUpOf() {
        return followUpOf;
    }

    public void setFollowUpOf(Long followUpOf) {
        this.followUpOf = followUpOf;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("source", sourceType + " " + (sourceReference == null ? sourceId : sourceReference));
        m.put("kind", kind);
        m.put("description", description);
        m.put("ownerDepartment", ownerDepartment);
        m.put("ownerPerson", ownerPerson);
        m.put("ownerUnit", ownerUnit);
        m.put("dueDate", dueDate);
        m.put("status", status);
        m.put("evidence", evidence);
        m.put("verificationDue", verificationDue);
        m.put("verificationNote", verificationNote);
        m.put("verificationRecurrences", verificationRecurrences);
        m.put("recurrenceCases", recurrenceCases);
        m.put("recurrenceJustification", recurrenceJustification);
        m.put("figure", figureText);
        m.put("followUpOf", followUpOf);
        return m;
    }
}
