package com.qualitydesk.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One record of an expiry (CC-03) as it stood when ADMIN proposed it: what it is, whose, and its
 * dates. While the expiry waits for QUALITY the record's key is unique here, so that no record is
 * in two expiries at once.
 */
@Entity
@Table(name = "expiring_record")
public class ExpiringRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "expiry_id", nullable = false)
    private RecordExpiry expiry;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false, length = 32)
    private RecordKind kind;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(nullable = false, length = 64)
    private String reference;

    /** What kind of communication, service record or reply channel it is, as the screens name it. */
    @Column(length = 32)
    private String variant;

    @Column(name = "customer_code", length = 32)
    private String customerCode;

    /** The day the record tells of (the call, the communication, the reply). */
    @Column(name = "record_date", nullable = false)
    private LocalDate recordDate;

    /** The day of its last activity, when its period started. */
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "kept_through", nullable = false)
    private LocalDate keptThrough;

    /** "KIND:id" while the expiry is proposed; null once it is decided. */
    @Column(name = "pending_key", length = 64, unique = true)
    private String pendingKey;

    protected ExpiringRecord() {}

    public ExpiringRecord(
            RecordKind kind,
            long recordId,
            String reference,
            String variant,
            String customerCode,
            LocalDate recordDate,
            LocalDate periodStart,
            LocalDate keptThrough) {
        this.kind = kind;
        this.recordId = recordId;
        this.reference = reference;
        this.variant = variant;
        this.customerCode = customerCode;
        this.recordDate = recordDate;
        this.periodStart = periodStart;
        this.keptThrough = keptThrough;
        this.pendingKey = LegalHold.key(kind, recordId);
    }

    void belongTo(RecordExpiry expiry) {
        this.expiry = expiry;
    }

    void decided() {
        this.pendingKey = null;
    }

    public String key() {
        return LegalHold.key(kind, recordId);
    }

    public Long getId() {
        return id;
    }

    public RecordExpiry getExpiry() {
        return expiry;
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
}
