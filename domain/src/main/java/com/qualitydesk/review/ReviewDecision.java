package com.qualitydesk.review;

import com.qualitydesk.security.Department;
import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * IM-03, ISO 9001:2015 §9.3.3: a decision of the review, with the action of the register that
 * carries it out (IM-01: one register, whatever the source).
 */
@Entity
@Table(name = "review_decision")
public class ReviewDecision extends EditableEntity {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private DecisionKind kind;

    @Column(nullable = false, length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_department", nullable = false, length = 24)
    private Department ownerDepartment;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "action_id", nullable = false)
    private long actionId;

    protected ReviewDecision() {}

    public ReviewDecision(
            long reviewId,
            DecisionKind kind,
            String description,
            Department ownerDepartment,
            LocalDate dueDate,
            long actionId) {
        this.reviewId = reviewId;
        this.kind = kind;
        this.description = description;
        this.ownerDepartment = ownerDepartment;
        this.dueDate = dueDate;
        this.actionId = actionId;
    }

    public long getReviewId() {
        return reviewId;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public Department getOwnerDepartment() {
        return ownerDepartment;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public long getActionId() {
        return actionId;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("kind", kind);
        m.put("description", description);
        m.put("ownerDepartment", ownerDepartment);
        m.put("dueDate", dueDate);
        m.put("actionId", actionId);
        return m;
    }
}
