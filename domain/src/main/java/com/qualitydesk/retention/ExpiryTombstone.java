package com.qualitydesk.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What stays of an expired record (CC-03): its reference, kind and customer, its dates and period,
 * who proposed and who confirmed its expiry, when and why; nothing of its content. Part of the
 * audit trail: written once, in the transaction that removes the record, and never changed or
 * removed (no service offers to).
 */
@Entity
@Table(name = "expiry_tombstone")
public class ExpiryTombstone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false, updatable = false, length = 32)
    private RecordKind kind;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    @Column(nullable = false, updatable = false, length = 64)
    private String reference;

    @Column(updatable = false, length = 32)
    private String variant;

    @Column(name = "customer_code", updatable = false, length = 32)
    private String customerCode;

    @Column(name = "record_date", nullable = false, updatable = false)
    private LocalDate recordDate;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "kept_through", nullable = false, updatable = false)
    private LocalDate keptThrough;

    @Column(name = "retention_years", nullable = false, updatable = false)
    private int retentionYears;

    @Column(name = "expiry_id", nullable = false, updatable = false)
    private Long expiryId;

    @Column(name = "proposed_by", nullable = false, updatable = false, length = 64)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "confirmed_by", nullable = false, updatable = false, length = 64)
    private String confirmedBy;

    @Column(name = "expired_at", nullable = false, updatable = false)
    private Instant expiredAt;

    @Column(nullable = false, updatable = false, length = RecordExpiry.REASON_MAX)
    private String reason;

    protected ExpiryTombstone() {}

    /**
     * The tombstone of one record of a confirmed expiry, with the period that applied at the
     * confirmation (its end may lie later than at the proposal if the setting was raised).
     */
    public ExpiryTombstone(RecordExpiry expiry, ExpiringRecord record, RetentionPeriod period) {
        if (expiry.getStatus() != ExpiryStatus.CONFIRMED) {
            throw new IllegalStateException("only a confirmed expiry removes records");
        }
        this.kind = record.getKind();
        this.recordId = record.getRecordId();
        this.reference = record.getReference();
        this.variant = record.getVariant();
        this.customerCode = record.getCustomerCode();
        this.recordDate = record.getRecordDate();
        this.periodStart = record.getPeriodStart();
        this.keptThrough = period.keptThrough(record.getPeriodStart());
        this.retentionYears = period.years();
        this.expiryId = expiry.getId();
        this.proposedBy = expiry.getProposedBy();
        this.proposedAt = expiry.getProposedAt();
        this.confirmedBy = expiry.getDecidedBy();
        this.expiredAt = expiry.getDecidedAt();
        this.reason = expiry.getReason();
    }

    /**
     * The line the record's own history ends with: the expiry by number, the period as ISO days
     * (the history dialog shows them in the reader's format), the two people and the reason.
     */
    public String line() {
        return "#" + expiryId + " · " + periodStart + " – " + keptThrough + " · " + proposedBy + " / " + confirmedBy
                + ": " + reason;
    }

    public Long getId() {
        return id;
    }

    public RecordKind getKind() {
        return kind;
    }

    public long getRecordId() {
        return recordId;
    }

    public String getReference() {
        return reference;
    }

    public String getVariant() {
        return variant;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public LocalDate getRecordDate() {
        return recordDate;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getKeptThrough() {
        return keptThrough;
    }

    public int getRetentionYears() {
        return retentionYears;
    }

    public Long getExpiryId() {
        return expiryId;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getExpiredAt() {
        return expiredAt;
    }

    public String getReason() {
        return reason;
    }
}
