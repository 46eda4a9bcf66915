package com.qualitydesk.review;

import com.qualitydesk.security.Department;
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
 * IM-03: a department's report to the management review and the state of its improvement
 * measures, due by a working day like the monthly figures (CS-09). It may be submitted again while
 * the review's inputs are open; the review decides that.
 */
@Entity
@Table(name = "review_submission")
public class ReviewSubmission extends EditableEntity {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Department department;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(length = ManagementReview.TEXT_MAX)
    private String report;

    @Column(length = ManagementReview.TEXT_MAX)
    private String measures;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    protected ReviewSubmission() {}

    public ReviewSubmission(long reviewId, Department department, Instant dueAt) {
        this.reviewId = reviewId;
        this.department = department;
        this.dueAt = dueAt;
    }

    /** The report and the measures' state; both are needed, a review reads them side by side. */
    public void submit(String reportText, String measuresText, String by, Instant at) {
        if (reportText == null || reportText.isBlank()) {
            throw new RuleViolation("review.submission.report.required");
        }
        if (measuresText == null || measuresText.isBlank()) {
            throw new RuleViolation("review.submission.measures.required");
        }
        if (reportText.strip().length() > ManagementReview.TEXT_MAX
                || measuresText.strip().length() > ManagementReview.TEXT_MAX) {
            throw new RuleViolation("review.text.tooLong", ManagementReview.TEXT_MAX);
        }
        this.report = reportText.strip();
        this.measures = measuresText.strip();
        this.submittedBy = by;
        this.submittedAt = at;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** Submitted after its deadline, or still missing once it has passed. */
    public boolean isLateAt(Instant now) {
        return submittedAt == null ? now.isAfter(dueAt) : submittedAt.isAfter(dueAt);
    }

    public long getReviewId() {
        return reviewId;
    }

    public Department getDepartment() {
        return department;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getReport() {
        return report;
    }

    public String getMeasures() {
        return measures;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("department", department);
        m.put("dueAt", dueAt);
        m.put("report", report);
        m.put("measures", measures);
        m.put("submittedBy", submittedBy);
        m.put("submittedAt", submittedAt);
        return m;
    }
}
