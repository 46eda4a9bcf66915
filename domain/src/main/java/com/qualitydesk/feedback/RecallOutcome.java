package com.qualitydesk.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** CF-09: QUALITY's recall decision on a product-safety complaint, with its reason. */
@Embeddable
public class RecallOutcome {

    @Enumerated(EnumType.STRING)
    @Column(name = "recall_decision", length = 16)
    private RecallDecision decision;

    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "recall_reason", length = 2000)
    private String reason;

    @Column(name = "recall_decided_at")
    private Instant decidedAt;

    @Column(name = "recall_decided_by", length = 64)
    private String decidedBy;

    protected RecallOutcome() {}

    RecallOutcome(RecallDecision decision, String reason, Instant at, String by) {
        if (Text.blank(reason)) {
            throw new com.qualitydesk.shared.RuleViolation("feedback.recall.reasonRequired");
        }
        this.decision = java.util.Objects.requireNonNull(decision);
        this.reason = reason.strip();
        this.decidedAt = at;
        this.decidedBy = by;
    }

    public boolean isDecided() {
        return decision != null;
    }

    public RecallDecision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
