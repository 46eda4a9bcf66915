package com.qualitydesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change to one field of one record (CF-14: every step keeps who did it and when). Immutable:
 * there are no setters, and no service offers an update or a delete.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 64)
    private String changedBy;

    @Column(name = "record_type", nullable = false, updatable = false, length = 64)
    private String recordType;

    @Column(name = "record_id", nullable = false, updatable = false)
    private Long recordId;

    @Column(nullable = false, updatable = false, length = 16)
    private String action;

    @Column(name = "field_name", updatable = false, length = 64)
    private String field;

    @Column(name = "old_value", updatable = false, length = 4000)
    private String oldValue;

    @Column(name = "new_value", updatable = false, length = 4000)
    private String newValue;

    protected AuditEntry() {}

    public AuditEntry(
            Instant changedAt,
            String changedBy,
            String recordType,
            Long recordId,
            String action,
            String field,
            String oldValue,
            String newValue) {
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.recordType = recordType;
        this.recordId = recordId;
        this.action = action;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public Long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public String getAction() {
        return action;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
