package com.qualitydesk.customer;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A communication with a customer that CC-01 keeps and no other record holds: product and service
 * information sent, an inquiry or order, a legal requirement noted for the customer.
 */
@Entity
@Table(name = "customer_communication")
public class CustomerCommunication extends EditableEntity {

    @NotNull(message = "{communication.customer.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @NotNull(message = "{communication.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private CommunicationKind kind;

    @NotNull(message = "{communication.at.required}")
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @NotBlank(message = "{communication.subject.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(nullable = false, length = 200)
    private String subject;

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(length = 4000)
    private String text;

    /** The number people recognise: an order or inquiry number, a document number. */
    @Size(max = 64, message = "{field.tooLong}")
    @Column(length = 64)
    private String reference;

    @Column(name = "entered_by", length = 64)
    private String enteredBy;

    public CustomerCommunication() {}

    public CustomerCommunication(
            Customer customer, CommunicationKind kind, Instant occurredAt, String subject, String reference) {
        this.customer = customer;
        this.kind = kind;
        this.occurredAt = occurredAt;
        setSubject(subject);
        setReference(reference);
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public CommunicationKind getKind() {
        return kind;
    }

    public void setKind(CommunicationKind kind) {
        this.kind = kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject == null ? null : subject.strip();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null || text.isBlank() ? null : text.strip();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public void setEnteredBy(String enteredBy) {
        this.enteredBy = enteredBy;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("customer", customer == null ? null : customer.getCode());
        m.put("kind", kind);
        m.put("occurredAt", occurredAt);
        m.put("subject", subject);
        m.put("text", text);
        m.put("reference", reference);
        return m;
    }
}
