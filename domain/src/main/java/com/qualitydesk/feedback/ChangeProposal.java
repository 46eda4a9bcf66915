package com.qualitydesk.feedback;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/** A technical change TECHNICAL proposes for a case (CF-07) and the documents it touches. */
@Entity
@Table(name = "change_proposal")
public class ChangeProposal extends EditableEntity {

    /** The case; null once the closed case expired (CC-03): the change is a record of its own and stays. */
    @Column(name = "feedback_id")
    private Long feedbackId;

    @NotNull(message = "{change.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ChangeKind kind;

    @NotBlank(message = "{change.description.required}")
    @Size(max = 2000, message = "{field.tooLong}")
    @Column(nullable = false, length = 2000)
    private String description;

    @NotBlank(message = "{change.documents.required}")
    @Size(max = 1000, message = "{field.tooLong}")
    @Column(name = "documents_affected", nullable = false, length = 1000)
    private String documentsAffected;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ChangeStatus status = ChangeStatus.PROPOSED;

    @Size(max = 64, message = "{field.tooLong}")
    @Column(length = 64)
    private String engineer;

    public Long getFeedbackId() {
        return feedbackId;
    }

    public void setFeedbackId(Long feedbackId) {
        this.feedbackId = feedbackId;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public void setKind(ChangeKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDocumentsAffected() {
        return documentsAffected;
    }

    public void setDocumentsAffected(String documentsAffected) {
        this.documentsAffected = documentsAffected;
    }

    public ChangeStatus getStatus() {
        return status;
    }

    public void setStatus(ChangeStatus status) {
        this.status = status;
    }

    public String getEngineer() {
        return engineer;
    }

    public void setEngineer(String engineer) {
        this.engineer = engineer;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("kind", kind);
        m.put("description", description);
        m.put("documentsAffected", documentsAffected);
        m.put("status", status);
        m.put("engineer", engineer);
        return m;
    }
}
