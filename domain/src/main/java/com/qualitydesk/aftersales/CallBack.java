package com.qualitydesk.aftersales;

import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The call-back after a delivered batch (AS-05): one per delivery, opened when the delivery is
 * recorded, due a number of working days after its ship date. SALES records what the customer
 * said; an objection needs QUALITY's disposal suggestion within the disposal clock and becomes a
 * received feedback item (CF-01), whose result is filed back here when that case is closed. The
 * call-back changes only through its step methods, each of which checks the state it starts from,
 * so a second click on the same step is refused instead of recorded twice.
 */
@Entity
@Table(name = "call_back")
public class CallBack extends EditableEntity {

    public static final int TEXT_MAX = 2000;

    @OneToOne(optional = false)
    @JoinColumn(name = "delivery_id", nullable = false, unique = true, updatable = false)
    private Delivery delivery;

    /** Copied from the delivery, so the list filters and the timeline need no join through it. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CallBackStatus status = CallBackStatus.DUE;

    @Column(name = "called_at")
    private Instant calledAt;

    @Column(name = "called_by", length = 64)
    private String calledBy;

    @Column(name = "objection", length = TEXT_MAX)
    private String objection;

    @Column(name = "disposal_due_at")
    private Instant disposalDueAt;

    @Column(name = "disposal_suggestion", length = TEXT_MAX)
    private String disposalSuggestion;

    @Column(name = "disposal_at")
    private Instant disposalAt;

    @Column(name = "disposal_by", length = 64)
    private String disposalBy;

    /** The feedback item the objection became (CF-01). */
    @Column(name = "feedback_id")
    private Long feedbackId;

    @Column(name = "feedback_number", length = 32)
    private String feedbackNumber;

    /** The feedback case's result as it was closed (CF-12's reply), filed back here. */
    @Column(name = "feedback_result", length = 8000)
    private String feedbackResult;

    @Column(name = "feedback_closed_at")
    private Instant feedbackClosedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    protected CallBack() {}

    public CallBack(Delivery delivery, Instant createdAt, Instant dueAt) {
        this.delivery = delivery;
        this.customer = delivery.getCustomer();
        this.createdAt = createdAt;
        this.dueAt = dueAt;
    }

    /** AS-05: the customer had nothing to object; the call-back is done. */
    public void noObjection(Instant at, String by) {
        requireDue();
        this.status = CallBackStatus.NO_OBJECTION;
        this.calledAt = at;
        this.calledBy = by;
    }

    /** AS-05: the customer objected; the disposal clock starts now. */
    public void objection(String text, Instant at, String by, Instant disposalDue) {
        requireDue();
        String t = text == null ? null : text.strip();
        if (t == null || t.isEmpty()) {
            throw new RuleViolation("callBack.objection.required");
        }
        if (t.length() > TEXT_MAX) {
            throw new RuleViolation("callBack.text.tooLong", TEXT_MAX);
        }
        this.status = CallBackStatus.OBJECTION;
        this.calledAt = at;
        this.calledBy = by;
        this.objection = t;
        this.disposalDueAt = disposalDue;
    }

    /** CF-01: the objection was received as this feedback item. */
    public void linkFeedback(long id, String number) {
        this.feedbackId = id;
        this.feedbackNumber = number;
    }

    /** CC-03: the closed case expired; the call-back keeps its number and result, not the link. */
    public void feedbackExpired() {
        this.feedbackId = null;
    }

    /** AS-05: QUALITY's (or the responsible department's) disposal suggestion, given once. */
    public void suggestDisposal(String text, Instant at, String by) {
        if (status != CallBackStatus.OBJECTION) {
            throw new RuleViolation("callBack.notObjection");
        }
        if (disposalSuggestion != null) {
            throw new RuleViolation("callBack.disposal.given");
        }
        String t = text == null ? null : text.strip();
        if (t == null || t.isEmpty()) {
            throw new RuleViolation("callBack.disposal.required");
        }
        if (t.length() > TEXT_MAX) {
            throw new RuleViolation("callBack.text.tooLong", TEXT_MAX);
        }
        this.disposalSuggestion = t;
        this.disposalAt = at;
        this.disposalBy = by;
    }

    /** The linked feedback case was closed: its result is filed on the call-back (AS-05). */
    public void fileFeedbackResult(String result, Instant closedAt) {
        this.feedbackResult = result == null || result.isBlank() ? "-" : result.strip();
        this.feedbackClosedAt = closedAt;
    }

    /**
     * AS-05: an objection closes only with its disposal suggestion and the result of its feedback
     * case; a second close is refused.
     */
    public void close(Instant at, String by) {
        if (status != CallBackStatus.OBJECTION) {
            throw new RuleViolation("callBack.notObjection");
        }
        if (disposalSuggestion == null) {
            throw new RuleViolation("callBack.close.noDisposal");
        }
        if (feedbackClosedAt == null) {
            throw new RuleViolation("callBack.close.noFeedbackResult");
        }
        this.status = CallBackStatus.CLOSED;
        this.closedAt = at;
        this.closedBy = by;
    }

    /** Still to be called after its due date. */
    public boolean isOverdue(Instant now) {
        return status == CallBackStatus.DUE && now.isAfter(dueAt);
    }

    /** An objection whose disposal suggestion is late (or would be, given now). */
    public boolean isDisposalLate(Instant now) {
        if (disposalDueAt == null) {
            return false;
        }
        Instant given = disposalAt == null ? now : disposalAt;
        return given.isAfter(disposalDueAt);
    }

    private void requireDue() {
        if (status != CallBackStatus.DUE) {
            throw new RuleViolation("callBack.alreadyRecorded");
        }
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public CallBackStatus getStatus() {
        return status;
    }

    public Instant getCalledAt() {
        return calledAt;
    }

    public String getCalledBy() {
        return calledBy;
    }

    public String getObjection() {
        return objection;
    }

    public Instant getDisposalDueAt() {
        return disposalDueAt;
    }

    public String getDisposalSuggestion() {
        return disposalSuggestion;
    }

    public Instant getDisposalAt() {
        return disposalAt;
    }

    public String getDisposalBy() {
        return disposalBy;
    }

    public Long getFeedbackId() {
        return feedbackId;
    }

    public String getFeedbackNumber() {
        return feedbackNumber;
    }

    public String getFeedbackResult() {
        return feedbackResult;
    }

    public Instant getFeedbackClosedAt() {
        return feedbackClosedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("delivery", delivery == null ? null : delivery.getLotNumber());
        m.put("dueAt", dueAt);
        m.put("status", status);
        m.put("calledAt", calledAt);
        m.put("calledBy", calledBy);
        m.put("objection", objection);
        m.put("disposalDueAt", disposalDueAt);
        m.put("disposalSuggestion", disposalSuggestion);
        m.put("disposalBy", disposalBy);
        m.put("feedbackId", feedbackId);
        m.put("feedbackResult", feedbackResult);
        m.put("closedAt", closedAt);
        return m;
    }
}
