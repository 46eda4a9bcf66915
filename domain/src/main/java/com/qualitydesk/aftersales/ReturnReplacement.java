package com.qualitydesk.aftersales;

import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.feedback.CostBearer;
import com.qualitydesk.feedback.CostKind;
import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A guaranteed return or replacement (AS-07) of part of a lot delivered to the customer: how many
 * pieces, why, when they came back, the replacement delivery, the freight and who bears it, and the
 * feedback case it came from when it came from a complaint. Its costs are rows of the quality-cost
 * ledger (CF-13) that name it, and the case too when there is one. The record guards its own
 * states: only an open record gets costs or its replacement, and one whose customer receives new
 * goods closes only once the replacement delivery is named.
 */
@Entity
@Table(name = "return_replacement")
public class ReturnReplacement extends EditableEntity {

    public static final int REASON_MAX = 2000;

    /** A second submit of the same return within this time is the same return (two clicks, two tabs). */
    public static final Duration REPEAT_WINDOW = Duration.ofSeconds(60);

    /** The ledger's cost kinds of a return or replacement (CF-13): the goods and the freight. */
    public static final Set<CostKind> COST_KINDS =
            Collections.unmodifiableSet(EnumSet.of(CostKind.RETURN, CostKind.REPLACEMENT, CostKind.EXTRA_FREIGHT));

    @NotNull(message = "{returnReplacement.customer.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    /** The lot the goods came from. */
    @NotNull(message = "{returnReplacement.delivery.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "delivery_id", nullable = false)
    private Delivery delivery;

    @NotNull(message = "{returnReplacement.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReturnKind kind;

    @NotNull(message = "{returnReplacement.quantity.required}")
    @Positive(message = "{returnReplacement.quantity.positive}")
    @Column(nullable = false)
    private Integer quantity;

    @NotBlank(message = "{returnReplacement.reason.required}")
    @Size(max = REASON_MAX, message = "{field.tooLong}")
    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    /** The day the goods came back (for a replacement without return: the day of the claim). */
    @NotNull(message = "{returnReplacement.returnedOn.required}")
    @Column(name = "returned_on", nullable = false)
    private LocalDate returnedOn;

    /** The delivery that replaced the goods: same customer and product, another lot. */
    @ManyToOne
    @JoinColumn(name = "replacement_delivery_id")
    private Delivery replacement;

    @DecimalMin(value = "0", message = "{returnReplacement.freight.negative}")
    @Digits(integer = 13, fraction = 2, message = "{cost.amount.digits}")
    @Column(name = "freight_amount", precision = 15, scale = 2)
    private BigDecimal freightAmount;

    @NotNull(message = "{cost.currency.invalid}")
    @Pattern(regexp = "[A-Z]{3}", message = "{cost.currency.invalid}")
    @Column(name = "freight_currency", nullable = false, length = 3)
    private String freightCurrency = "CNY";

    @Enumerated(EnumType.STRING)
    @Column(name = "freight_borne_by", length = 16)
    private CostBearer freightBorneBy;

    /** The feedback case (CF) the return came from, when it came from a complaint. */
    @Column(name = "feedback_id")
    private Long feedbackId;

    @Column(name = "feedback_number", length = 32)
    private String feedbackNumber;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReturnStatus status = ReturnStatus.OPEN;

    @NotNull
    @Column(name = "registered_by", nullable = false, length = 64)
    private String registeredBy;

    @NotNull
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The form's one-time token: a second submit of the same form finds the first record. */
    @Column(name = "submission_token", length = 64, unique = true)
    private String submissionToken;

    public ReturnReplacement() {}

    /** The number people say on the phone and write on the freight papers. */
    public String getReference() {
        return getId() == null ? "" : "RR-" + getId();
    }

    public boolean isOpen() {
        return status == ReturnStatus.OPEN;
    }

    /** AS-07: the lot is one delivered to this customer. */
    public void checkLot() {
        if (customer != null && delivery != null && !same(delivery.getCustomer(), customer)) {
            throw new RuleViolation("returnReplacement.lot.notCustomers");
        }
    }

    /** AS-07: the goods came back (or the claim was made) by today, not later. */
    public void checkReturnedOn(LocalDate today) {
        if (returnedOn != null && returnedOn.isAfter(today)) {
            throw new RuleViolation("returnReplacement.returnedOn.future");
        }
    }

    /** AS-07: a quantity of the lot that earlier returns have not taken ({@link ReturnableQuantity}). */
    public void checkQuantity(ReturnableQuantity returnable) {
        returnable.check(quantity);
    }

    /** CF-13: freight that costs something has someone who bears it; no freight is not a cost. */
    public void checkFreight() {
        if (freightAmount != null && freightAmount.signum() < 0) {
            throw new RuleViolation("returnReplacement.freight.negative");
        }
        if (hasFreight() && freightBorneBy == null) {
            throw new RuleViolation("returnReplacement.freight.bearer.required");
        }
    }

    public boolean hasFreight() {
        return freightAmount != null && freightAmount.signum() > 0;
    }

    /**
     * A second submit of the same return (two clicks, two tabs, a repeated request): the same lot,
     * the same day and the same quantity, registered within {@link #REPEAT_WINDOW} before now.
     */
    public boolean repeats(ReturnReplacement earlier, Instant now) {
        return earlier != null
                && earlier != this
                && same(earlier.delivery, delivery)
                && Objects.equals(earlier.returnedOn, returnedOn)
                && Objects.equals(earlier.quantity, quantity)
                && earlier.registeredAt != null
                && !earlier.registeredAt.isBefore(now.minus(REPEAT_WINDOW));
    }

    /** CF-13: the return came from this registered feedback case of the same customer. */
    public void fromCase(long id, String number) {
        this.feedbackId = id;
        this.feedbackNumber = number;
    }

    /**
     * AS-07: names the delivery that replaced the goods: another lot of the same product delivered
     * to the same customer. Only an open record whose customer receives new goods has one.
     */
    public void nameReplacement(Delivery replacementDelivery) {
        requireOpen();
        if (kind == null || !kind.includesReplacement()) {
            throw new RuleViolation("returnReplacement.replacement.notForReturn");
        }
        if (replacementDelivery == null) {
            throw new RuleViolation("returnReplacement.replacement.required");
        }
        if (same(replacementDelivery, delivery)) {
            throw new RuleViolation("returnReplacement.replacement.sameLot");
        }
        if (delivery == null
                || !same(replacementDelivery.getCustomer(), customer)
                || !same(replacementDelivery.getProduct(), delivery.getProduct())) {
            throw new RuleViolation(
                    "returnReplacement.replacement.otherCustomerOrProduct", replacementDelivery.getLotNumber());
        }
        this.replacement = replacementDelivery;
    }

    /** CF-13: the ledger takes a cost of an open record, of a kind a return or replacement has. */
    public void checkCost(CostKind costKind) {
        requireOpen();
        if (costKind != null && !COST_KINDS.contains(costKind)) {
            throw new RuleViolation("returnReplacement.cost.kind");
        }
    }

    /**
     * AS-07: closes the record; a replacement closes only with the delivery that replaced the
     * goods. A closed record is closed once.
     */
    public void close(Instant at, String by) {
        requireOpen();
        if (kind != null && kind.includesReplacement() && replacement == null) {
            throw new RuleViolation("returnReplacement.close.noReplacement", getReference());
        }
        this.status = ReturnStatus.CLOSED;
        this.closedAt = at;
        this.closedBy = by;
    }

    public void requireOpen() {
        if (status != ReturnStatus.OPEN) {
            throw new RuleViolation("returnReplacement.closed", getReference());
        }
    }

    /** The same stored record (by id), or the same object where neither is stored yet. */
    private static boolean same(EditableEntity a, EditableEntity b) {
        if (a == b) {
            return true;
        }
        return a != null && b != null && a.getId() != null && a.getId().equals(b.getId());
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }

    public ReturnKind getKind() {
        return kind;
    }

    public void setKind(ReturnKind kind) {
        this.kind = kind;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? null : reason.strip();
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public void setReturnedOn(LocalDate returnedOn) {
        this.returnedOn = returnedOn;
    }

    public Delivery getReplacement() {
        return replacement;
    }

    public BigDecimal getFreightAmount() {
        return freightAmount;
    }

    public void setFreightAmount(BigDecimal freightAmount) {
        this.freightAmount = freightAmount;
    }

    public String getFreightCurrency() {
        return freightCurrency;
    }

    public void setFreightCurrency(String freightCurrency) {
        this.freightCurrency = freightCurrency == null ? null : freightCurrency.strip();
    }

    public CostBearer getFreightBorneBy() {
        return freightBorneBy;
    }

    public void setFreightBorneBy(CostBearer freightBorneBy) {
        this.freightBorneBy = freightBorneBy;
    }

    public Long getFeedbackId() {
        return feedbackId;
    }

    /** The case the form names; the service checks it and copies its number ({@link #fromCase}). */
    public void setFeedbackId(Long feedbackId) {
        this.feedbackId = feedbackId;
    }

    public String getFeedbackNumber() {
        return feedbackNumber;
    }

    public ReturnStatus getStatus() {
        return status;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public void setRegisteredBy(String registeredBy) {
        this.registeredBy = registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public void setRegisteredAt(Instant registeredAt) {
        this.registeredAt = registeredAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getSubmissionToken() {
        return submissionToken;
    }

    public void setSubmissionToken(String submissionToken) {
        this.submissionToken = submissionToken;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("customer", customer == null ? null : customer.getCode());
        m.put("lot", delivery == null ? null : delivery.getLotNumber());
        m.put("kind", kind);
        m.put("quantity", quantity);
        m.put("reason", reason);
        m.put("returnedOn", returnedOn);
        m.put("replacement", replacement == null ? null : replacement.getLotNumber());
        m.put("freight", hasFreight() ? freightAmount + " " + freightCurrency : null);
        m.put("freightBorneBy", hasFreight() ? freightBorneBy : null);
        m.put("feedback", feedbackNumber);
        m.put("status", status);
        return m;
    }
}
