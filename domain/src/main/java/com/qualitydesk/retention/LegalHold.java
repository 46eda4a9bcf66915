package com.qualitydesk.retention;

import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CC-03: a legal hold keeps a record whatever its age (a dispute, a claim, an authority's request)
 * until it is lifted. QUALITY or ADMIN place and lift it, each time with a reason; a lifted hold
 * stays, so the register shows who held what, why and for how long. One hold at a time per record:
 * the held record's key is unique while the hold is on.
 */
@Entity
@Table(name = "legal_hold")
public class LegalHold extends EditableEntity {

    public static final int REASON_MAX = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false, length = 32)
    private RecordKind kind;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "record_reference", nullable = false, length = 64)
    private String reference;

    @Column(name = "customer_code", length = 32)
    private String customerCode;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "placed_by", nullable = false, length = 64)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "lift_reason", length = REASON_MAX)
    private String liftReason;

    @Column(name = "lifted_by", length = 64)
    private String liftedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    /** "KIND:id" while the hold is on, so that the database refuses a second hold; null once lifted. */
    @Column(name = "held_record", length = 64, unique = true)
    private String heldRecord;

    protected LegalHold() {}

    public LegalHold(
            RecordKind kind,
            long recordId,
            String reference,
            String customerCode,
            String reason,
            String by,
            Instant at) {
        this.kind = kind;
        this.recordId = recordId;
        this.reference = reference;
        this.customerCode = customerCode;
        this.reason = checkedReason(reason, "retention.hold.reason.required");
        this.placedBy = by;
        this.placedAt = at;
        this.heldRecord = key(kind, recordId);
    }

    /** The key of a record across kinds. */
    public static String key(RecordKind kind, long recordId) {
        return kind.name() + ":" + recordId;
    }

    public boolean isActive() {
        return liftedAt == null;
    }

    /** Lifts the hold; the record may expire again once its period is over and nothing else holds it. */
    public void lift(String why, String by, Instant at) {
        if (!isActive()) {
            throw new RuleViolation("retention.hold.alreadyLifted", reference);
        }
        this.liftReason = checkedReason(why, "retention.hold.liftReason.required");
        this.liftedBy = by;
        this.liftedAt = at;
        this.heldRecord = null;
    }

    static String checkedReason(String text, String requiredKey) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(requiredKey);
        }
        String stripped = text.strip();
        if (stripped.length() > REASON_MAX) {
            throw new RuleViolation("retention.reason.tooLong", REASON_MAX);
        }
        return stripped;
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

    public String getCustomerCode() {
        return customerCode;
    }

    public String getReason() {
        return reason;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public String getLiftReason() {
        return liftReason;
    }

    public String getLiftedBy() {
        return liftedBy;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("kind", kind);
        m.put("reference", reference);
        m.put("reason", reason);
        m.put("placedBy", placedBy);
        m.put("liftReason", liftReason);
        m.put("liftedBy", liftedBy);
        m.put("liftedAt", liftedAt);
        return m;
    }
}
