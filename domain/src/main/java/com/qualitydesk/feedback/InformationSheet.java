package com.qualitydesk.feedback;

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
 * An "information feedback sheet" (CF-04): what QUALITY tells SALES or a responsible unit about a
 * case, with the unit's own due date and its answer.
 */
@Entity
@Table(name = "information_sheet")
public class InformationSheet extends EditableEntity {

    @NotNull
    @Column(name = "feedback_id", nullable = false)
    private Long feedbackId;

    @NotNull(message = "{sheet.department.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Department department;

    @NotBlank(message = "{sheet.message.required}")
    @Size(max = 4000, message = "{field.tooLong}")
    @Column(nullable = false, length = 4000)
    private String message;

    @NotNull(message = "{sheet.due.required}")
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(length = 4000)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 64)
    private String issuedBy;

    public Long getFeedbackId() {
        return feedbackId;
    }

    public void setFeedbackId(Long feedbackId) {
        this.feedbackId = feedbackId;
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public void setAnsweredAt(Instant answeredAt) {
        this.answeredAt = answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public void setAnsweredBy(String answeredBy) {
        this.answeredBy = answeredBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public void setIssuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public void setIssuedBy(String issuedBy) {
        this.issuedBy = issuedBy;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("department", department);
        m.put("message", message);
        m.put("dueDate", dueDate);
        m.put("answer", answer);
        return m;
    }
}
