package com.qualitydesk.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * CF-02: every received item reaches the general manager within the review time (procedure setting
 * {@code CF02_GM_REVIEW_HOURS}, clock hours) and stays on the review list until marked reviewed; a
 * review after that time is flagged late, as a late hand-over is.
 */
@Embeddable
public class ManagerReview {

    @Column(name = "gm_review_due_at")
    private Instant dueAt;

    @Column(name = "gm_reviewed_at")
    private Instant reviewedAt;

    @Column(name = "gm_reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "gm_reviewed_late", nullable = false)
    private boolean late;

    protected ManagerReview() {}

    ManagerReview(Instant dueAt) {
        this.dueAt = dueAt;
    }

    ManagerReview reviewed(Instant at, String by) {
        if (isDone()) {
            throw new com.qualitydesk.shared.RuleViolation("feedback.gmReview.already");
        }
        var next = new ManagerReview(dueAt);
        next.reviewedAt = at;
        next.reviewedBy = by;
        next.late = dueAt != null && at.isAfter(dueAt);
        return next;
    }

    /** Whether the item waits on the general manager's list: received under the rule, not reviewed. */
    public boolean isWaiting() {
        return dueAt != null && reviewedAt == null;
    }

    public boolean isDone() {
        return reviewedAt != null;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public boolean isLate() {
        return late;
    }
}
