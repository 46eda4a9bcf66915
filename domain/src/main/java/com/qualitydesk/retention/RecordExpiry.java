package com.qualitydesk.retention;

import com.qualitydesk.security.Department;
import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CC-03: the deliberate expiry of records past their period, by two people. ADMIN proposes it for
 * chosen records with a reason; a different person, of QUALITY, confirms it (only then are the
 * records removed, each leaving a tombstone) or rejects it with a reason; whoever proposed it may
 * withdraw it while it waits. Nothing here happens by itself: there is no timer.
 */
@Entity
@Table(name = "record_expiry")
public class RecordExpiry extends EditableEntity {

    public static final int REASON_MAX = LegalHold.REASON_MAX;

    /** A proposal stays readable for the person confirming it. */
    public static final int MAX_RECORDS = 200;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExpiryStatus status = ExpiryStatus.PROPOSED;

    @Column(name = "proposed_by", nullable = false, length = 64)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** QUALITY's reason for a rejection. */
    @Column(name = "decision_note", length = REASON_MAX)
    private String decisionNote;

    @OneToMany(mappedBy = "expiry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ExpiringRecord> records = new ArrayList<>();

    protected RecordExpiry() {}

    private RecordExpiry(String reason, String proposedBy, Instant proposedAt) {
        this.reason = reason;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    /**
     * ADMIN proposes the expiry of the records with the reason; the service has checked that each
     * is past its period and free of holds and open links.
     */
    public static RecordExpiry propose(
            List<ExpiringRecord> records, String reason, String by, Set<Department> departments, Instant at) {
        RetentionStep.PROPOSE.require(departments);
        String why = LegalHold.checkedReason(reason, "retention.expiry.reason.required");
        if (records == null || records.isEmpty()) {
            throw new RuleViolation("retention.expiry.records.required");
        }
        if (records.size() > MAX_RECORDS) {
            throw new RuleViolation("retention.expiry.records.tooMany", MAX_RECORDS);
        }
        Set<String> keys = new HashSet<>();
        for (ExpiringRecord r : records) {
            if (!keys.add(r.key())) {
                throw new RuleViolation("retention.expiry.records.twice", r.getReference());
            }
        }
        var expiry = new RecordExpiry(why, by, at);
        for (ExpiringRecord r : records) {
            r.belongTo(expiry);
            expiry.records.add(r);
        }
        return expiry;
    }

    /**
     * QUALITY confirms: never the person who proposed it, whatever departments that person holds
     * (an administrator who is also in QUALITY still needs a second person).
     */
    public void confirm(String by, Set<Department> departments, Instant at) {
        requireProposed();
        RetentionStep.CONFIRM.require(departments);
        if (by == null || by.equals(proposedBy)) {
            throw new RuleViolation("retention.expiry.samePerson", proposedBy);
        }
        decide(ExpiryStatus.CONFIRMED, by, at, null);
    }

    /** QUALITY rejects it, saying why; the records stay and may be proposed again. */
    public void reject(String by, Set<Department> departments, String note, Instant at) {
        requireProposed();
        RetentionStep.CONFIRM.require(departments);
        decide(ExpiryStatus.REJECTED, by, at, LegalHold.checkedReason(note, "retention.expiry.rejectReason.required"));
    }

    /** The person who proposed it takes it back before QUALITY decides. */
    public void withdraw(String by, Instant at) {
        requireProposed();
        if (!proposedBy.equals(by)) {
            throw new RuleViolation("retention.expiry.withdraw.notProposer", proposedBy);
        }
        decide(ExpiryStatus.WITHDRAWN, by, at, null);
    }

    private void requireProposed() {
        if (status != ExpiryStatus.PROPOSED) {
            throw new RuleViolation("retention.expiry.decided." + status.name(), getId());
        }
    }

    private void decide(ExpiryStatus outcome, String by, Instant at, String note) {
        status = outcome;
        decidedBy = by;
        decidedAt = at;
        decisionNote = note;
        records.forEach(ExpiringRecord::decided);
    }

    public boolean isPending() {
        return status == ExpiryStatus.PROPOSED;
    }

    public String getReason() {
        return reason;
    }

    public ExpiryStatus getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public List<ExpiringRecord> getRecords() {
        return Collections.unmodifiableList(records);
    }

    /** The references of its records, as people read them in a list. */
    public String references() {
        return records.stream().map(ExpiringRecord::getReference).collect(Collectors.joining(", "));
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("status", status);
        m.put("reason", reason);
        m.put("proposedBy", proposedBy);
        m.put("records", references());
        m.put("decidedBy", decidedBy);
        m.put("decisionNote", decisionNote);
        return m;
    }
}
