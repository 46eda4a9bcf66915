package com.qualitydesk.feedback;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** An on-site investigation at the customer (CF-11), reported to the superior. */
@Entity
@Table(name = "customer_visit")
public class CustomerVisit extends EditableEntity {

    /** The case; null once the closed case expired (CC-03): the visit is a record of its own and stays. */
    @Column(name = "feedback_id")
    private Long feedbackId;

    @NotNull(message = "{visit.date.required}")
    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @NotBlank(message = "{visit.investigators.required}")
    @Size(max = 500, message = "{field.tooLong}")
    @Column(nullable = false, length = 500)
    private String investigators;

    @NotBlank(message = "{visit.findings.required}")
    @Size(max = 4000, message = "{field.tooLong}")
    @Column(nullable = false, length = 4000)
    private String findings;

    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "customer_opinion", length = 2000)
    private String customerOpinion;

    @Size(max = 64, message = "{field.tooLong}")
    @Column(name = "reported_to", length = 64)
    private String reportedTo;

    @Column(name = "reported_at")
    private Instant reportedAt;

    public Long getFeedbackId() {
        return feedbackId;
    }

    public void setFeedbackId(Long feedbackId) {
        this.feedbackId = feedbackId;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public String getInvestigators() {
        return investigators;
    }

    public void setInvestigators(String investigators) {
        this.investigators = investigators;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public String getCustomerOpinion() {
        return customerOpinion;
    }

    public void setCustomerOpinion(String customerOpinion) {
        this.customerOpinion = customerOpinion;
    }

    public String getReportedTo() {
        return reportedTo;
    }

    public void setReportedTo(String reportedTo) {
        this.reportedTo = reportedTo;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public void setReportedAt(Instant reportedAt) {
        this.reportedAt = reportedAt;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("visitDate", visitDate);
        m.put("investigators", investigators);
        m.put("findings", findings);
        m.put("customerOpinion", customerOpinion);
        m.put("reportedTo", reportedTo);
        return m;
    }
}
