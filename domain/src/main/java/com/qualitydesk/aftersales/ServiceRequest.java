package com.qualitydesk.aftersales;

import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An installation, maintenance or on-site technical guidance request (AS-08) for a lot delivered to
 * the customer. Handled by the contract when one covers it; otherwise by the terms SALES agreed with
 * the customer, which must be recorded before anybody is sent.
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest extends EditableEntity {

    @NotNull(message = "{serviceRequest.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ServiceRequestKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ServiceRequestStatus status = ServiceRequestStatus.REGISTERED;

    @NotNull(message = "{serviceRequest.customer.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @NotNull(message = "{serviceRequest.delivery.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "delivery_id", nullable = false)
    private Delivery delivery;

    @NotNull(message = "{serviceRequest.requestedOn.required}")
    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @NotBlank(message = "{serviceRequest.description.required}")
    @Size(max = 2000, message = "{field.tooLong}")
    @Column(nullable = false, length = 2000)
    private String description;

    /** Decided by the service when the request is registered, never typed in. */
    @Column(nullable = false)
    private boolean covered;

    @Column(name = "contract_number", length = 64)
    private String contractNumber;

    @DecimalMin(value = "0", message = "{serviceRequest.price.invalid}")
    @Column(name = "agreed_price", precision = 15, scale = 2)
    private BigDecimal agreedPrice;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Payer payer;

    @Size(max = 1000, message = "{field.tooLong}")
    @Column(name = "agreed_terms", length = 1000)
    private String agreedTerms;

    @Column(name = "terms_by", length = 64)
    private String termsBy;

    @Column(name = "terms_at")
    private Instant termsAt;

    @ManyToOne
    @JoinColumn(name = "person_id")
    private ServicePerson person;

    @Column(name = "planned_date")
    private LocalDate plannedDate;

    @Column(name = "assigned_by", length = 64)
    private String assignedBy;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @NotNull
    @Column(name = "registered_by", nullable = false, length = 64)
    private String registeredBy;

    @NotNull
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    public ServiceRequest() {}

    /** The number people say on the phone. */
    public String getReference() {
        return getId() == null ? "" : "SR-" + getId();
    }

    /** AS-08: a request not covered by the contract waits for the agreed terms before assignment. */
    public boolean isTermsMissing() {
        return !covered && termsAt == null;
    }

    public ServiceRequestKind getKind() {
        return kind;
    }

    public void setKind(ServiceRequestKind kind) {
        this.kind = kind;
    }

    public ServiceRequestStatus getStatus() {
        return status;
    }

    public void setStatus(ServiceRequestStatus status) {
        this.status = status;
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

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isCovered() {
        return covered;
    }

    public void setCovered(boolean covered) {
        this.covered = covered;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public void setContractNumber(String contractNumber) {
        this.contractNumber = contractNumber;
    }

    public BigDecimal getAgreedPrice() {
        return agreedPrice;
    }

    public void setAgreedPrice(BigDecimal agreedPrice) {
        this.agreedPrice = agreedPrice;
    }

    public Payer getPayer() {
        return payer;
    }

    public void setPayer(Payer payer) {
        this.payer = payer;
    }

    public String getAgreedTerms() {
        return agreedTerms;
    }

    public void setAgreedTerms(String agreedTerms) {
        this.agreedTerms = agreedTerms;
    }

    public String getTermsBy() {
        return termsBy;
    }

    public void setTermsBy(String termsBy) {
        this.termsBy = termsBy;
    }

    public Instant getTermsAt() {
        return termsAt;
    }

    public void setTermsAt(Instant termsAt) {
        this.termsAt = termsAt;
    }

    public ServicePerson getPerson() {
        return person;
    }

    public void setPerson(ServicePerson person) {
        this.person = person;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public void setAssignedBy(String assignedBy) {
        this.assignedBy = assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public void setAssignedAt(Instant assignedAt) {
        this.assignedAt = assignedAt;
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

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("kind", kind);
        m.put("status", status);
        m.put("customer", customer == null ? null : customer.getCode());
        m.put("lot", delivery == null ? null : delivery.getLotNumber());
        m.put("requestedOn", requestedOn);
        m.put("description", description);
        m.put("covered", covered);
        m.put("contractNumber", contractNumber);
        m.put("agreedPrice", agreedPrice);
        m.put("payer", payer);
        m.put("agreedTerms", agreedTerms);
        m.put("person", person == null ? null : person.getName());
        m.put("plannedDate", plannedDate);
        return m;
    }
}
