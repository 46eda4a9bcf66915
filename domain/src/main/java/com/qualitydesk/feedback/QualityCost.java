package com.qualitydesk.feedback;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row of the quality-cost ledger (CF-13): a cost booked to a feedback case, to a guaranteed return
 * or replacement (AS-07), or to both when the return came from the case. Every row names at least
 * one of them; the monthly totals count every row.
 */
@Entity
@Table(name = "quality_cost")
public class QualityCost extends EditableEntity {

    /** The feedback case the cost is booked to, if any. */
    @Column(name = "feedback_id")
    private Long feedbackId;

    /**
     * The number of the case the cost was booked to, kept once that case expired (CC-03): the row
     * stays behind the accepted monthly figures (CF-13), its link to the case cleared.
     */
    @Column(name = "feedback_number", length = 16)
    private String feedbackNumber;

    /** The return or replacement (AS-07) whose cost this is, if any. */
    @Column(name = "return_id")
    private Long returnId;

    @NotNull(message = "{cost.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private CostKind kind;

    @NotNull(message = "{cost.amount.required}")
    @DecimalMin(value = "0.01", message = "{cost.amount.positive}")
    @Digits(integer = 13, fraction = 2, message = "{cost.amount.digits}")
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "{cost.currency.invalid}")
    @Column(nullable = false, length = 3)
    private String currency = "CNY";

    @NotNull(message = "{cost.bearer.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "borne_by", nullable = false, length = 16)
    private CostBearer borneBy;

    @NotNull(message = "{cost.date.required}")
    @Column(name = "incurred_on", nullable = false)
    private LocalDate incurredOn;

    @Size(max = 500, message = "{field.tooLong}")
    @Column(length = 500)
    private String note;

    public Long getFeedbackId() {
        return feedbackId;
    }

    public void setFeedbackId(Long feedbackId) {
        this.feedbackId = feedbackId;
    }

    public String getFeedbackNumber() {
        return feedbackNumber;
    }

    /** CC-03: the case expires; the row keeps its number instead of the link. */
    public void caseExpired(String number) {
        this.feedbackNumber = number;
        this.feedbackId = null;
    }

    public Long getReturnId() {
        return returnId;
    }

    public void setReturnId(Long returnId) {
        this.returnId = returnId;
    }

    /**
     * CF-13: a cost is booked to a case, a return, or both (the database checks the same); a case
     * that expired (CC-03) is named by its number.
     */
    @AssertTrue(message = "{cost.bookedTo.required}")
    public boolean isBookedTo() {
        return feedbackId != null || returnId != null || feedbackNumber != null;
    }

    public CostKind getKind() {
        return kind;
    }

    public void setKind(CostKind kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public CostBearer getBorneBy() {
        return borneBy;
    }

    public void setBorneBy(CostBearer borneBy) {
        this.borneBy = borneBy;
    }

    public LocalDate getIncurredOn() {
        return incurredOn;
    }

    public void setIncurredOn(LocalDate incurredOn) {
        this.incurredOn = incurredOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("kind", kind);
        m.put("amount", amount);
        m.put("currency", currency);
        m.put("borneBy", borneBy);
        m.put("incurredOn", incurredOn);
        m.put("note", note);
        // only a return's cost names it: a case's cost is audited as it always was
        if (returnId != null) {
            m.put("return", "RR-" + returnId);
        }
        return m;
    }
}
