package com.qualitydesk.aftersales;

import com.qualitydesk.customer.Contact;
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
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service given to a customer: on the telephone (AS-03, the "field service record": the call's
 * summary and the advice given, confirmed in writing when needed) or on site (AS-04, the "on-site
 * service record": times, work, parts, findings, the customer's opinion and signature). A signed
 * on-site record is never changed; a correction is a new record that refers to it.
 */
@Entity
@Table(name = "service_record")
public class ServiceRecord extends EditableEntity {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ServiceRecordKind kind;

    @NotNull(message = "{serviceRecord.customer.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @ManyToOne
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @ManyToOne
    @JoinColumn(name = "delivery_id")
    private Delivery delivery;

    @ManyToOne
    @JoinColumn(name = "request_id")
    private ServiceRequest request;

    /** The signed record this one corrects (AS-04). */
    @ManyToOne
    @JoinColumn(name = "corrects_id")
    private ServiceRecord corrects;

    /** When the call took place, or the arrival on site. */
    @NotNull(message = "{serviceRecord.occurredAt.required}")
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @NotBlank(message = "{serviceRecord.servedBy.required}")
    @Size(max = 120, message = "{field.tooLong}")
    @Column(name = "served_by", nullable = false, length = 120)
    private String servedBy;

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(length = 4000)
    private String summary;

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(length = 4000)
    private String advice;

    @Column(name = "confirmation_needed", nullable = false)
    private boolean confirmationNeeded;

    @Column(name = "confirmation_file_id")
    private Long confirmationFileId;

    @Column(name = "confirmation_sent_at")
    private Instant confirmationSentAt;

    @Column(name = "confirmation_sent_by", length = 64)
    private String confirmationSentBy;

    @Column(name = "arrival_at")
    private Instant arrivalAt;

    @Column(name = "departure_at")
    private Instant departureAt;

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(name = "work_done", length = 4000)
    private String workDone;

    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "parts_replaced", length = 2000)
    private String partsReplaced;

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(length = 4000)
    private String findings;

    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "customer_opinion", length = 2000)
    private String customerOpinion;

    @Column(name = "customer_must_confirm", nullable = false)
    private boolean customerMustConfirm;

    @Size(max = 120, message = "{field.tooLong}")
    @Column(name = "signer_name", length = 120)
    private String signerName;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signature_file_id")
    private Long signatureFileId;

    @Column(name = "pdf_file_id")
    private Long pdfFileId;

    /** SHA-256 (hex) of the signed content, printed on the PDF so a copy can be checked. */
    @Column(name = "content_hash", length = 64)
    private String contentHash;

    /** The form's one-time token: a second submit of the same form finds the first record. */
    @Column(name = "submission_token", length = 64, unique = true)
    private String submissionToken;

    @NotNull
    @Column(name = "written_by", nullable = false, length = 64)
    private String writtenBy;

    @NotNull
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    public ServiceRecord() {}

    public ServiceRecord(ServiceRecordKind kind) {
        this.kind = kind;
    }

    public String getReference() {
        return getId() == null ? "" : (kind == ServiceRecordKind.ON_SITE ? "OS-" : "TS-") + getId();
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    /**
     * AS-04 times: the departure is not before the arrival, and neither lies in the future (a record
     * tells what happened). AS-03: the call did not take place in the future either.
     */
    public void checkTimes(Instant now) {
        if (occurredAt != null && occurredAt.isAfter(now)) {
            throw new RuleViolation("serviceRecord.future");
        }
        if (kind == ServiceRecordKind.ON_SITE) {
            if (arrivalAt == null) {
                throw new RuleViolation("serviceRecord.arrival.required");
            }
            if (departureAt == null) {
                throw new RuleViolation("serviceRecord.departure.required");
            }
            if (arrivalAt.isAfter(now) || departureAt.isAfter(now)) {
                throw new RuleViolation("serviceRecord.future");
            }
            if (departureAt.isBefore(arrivalAt)) {
                throw new RuleViolation("serviceRecord.departureBeforeArrival");
            }
        }
    }

    /** AS-04: once the customer signed, the record is what they signed; nothing changes it. */
    public void requireChangeable() {
        if (isSigned()) {
            throw new RuleViolation("serviceRecord.signed.unchangeable", getReference());
        }
    }

    /**
     * The content the customer signs, in a fixed order and form: its SHA-256 is printed on the PDF
     * so that anyone can recompute it from the record.
     */
    public String signedContent() {
        return String.join(
                "\n",
                "record=" + getReference(),
                "customer=" + (customer == null ? "" : customer.getCode()),
                "lot=" + (delivery == null ? "" : delivery.getLotNumber()),
                "servedBy=" + text(servedBy),
                "arrival=" + arrivalAt,
                "departure=" + departureAt,
                "workDone=" + text(workDone),
                "partsReplaced=" + text(partsReplaced),
                "findings=" + text(findings),
                "customerOpinion=" + text(customerOpinion),
                "signer=" + text(signerName),
                "signedAt=" + signedAt);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public ServiceRecordKind getKind() {
        return kind;
    }

    public void setKind(ServiceRecordKind kind) {
        this.kind = kind;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public Contact getContact() {
        return contact;
    }

    public void setContact(Contact contact) {
        this.contact = contact;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public void setRequest(ServiceRequest request) {
        this.request = request;
    }

    public ServiceRecord getCorrects() {
        return corrects;
    }

    public void setCorrects(ServiceRecord corrects) {
        this.corrects = corrects;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getServedBy() {
        return servedBy;
    }

    public void setServedBy(String servedBy) {
        this.servedBy = servedBy;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getAdvice() {
        return advice;
    }

    public void setAdvice(String advice) {
        this.advice = advice;
    }

    public boolean isConfirmationNeeded() {
        return confirmationNeeded;
    }

    public void setConfirmationNeeded(boolean confirmationNeeded) {
        this.confirmationNeeded = confirmationNeeded;
    }

    public Long getConfirmationFileId() {
        return confirmationFileId;
    }

    public void setConfirmationFileId(Long confirmationFileId) {
        this.confirmationFileId = confirmationFileId;
    }

    public Instant getConfirmationSentAt() {
        return confirmationSentAt;
    }

    public void setConfirmationSentAt(Instant confirmationSentAt) {
        this.confirmationSentAt = confirmationSentAt;
    }

    public String getConfirmationSentBy() {
        return confirmationSentBy;
    }

    public void setConfirmationSentBy(String confirmationSentBy) {
        this.confirmationSentBy = confirmationSentBy;
    }

    public Instant getArrivalAt() {
        return arrivalAt;
    }

    public void setArrivalAt(Instant arrivalAt) {
        this.arrivalAt = arrivalAt;
    }

    public Instant getDepartureAt() {
        return departureAt;
    }

    public void setDepartureAt(Instant departureAt) {
        this.departureAt = departureAt;
    }

    public String getWorkDone() {
        return workDone;
    }

    public void setWorkDone(String workDone) {
        this.workDone = workDone;
    }

    public String getPartsReplaced() {
        return partsReplaced;
    }

    public void setPartsReplaced(String partsReplaced) {
        this.partsReplaced = partsReplaced;
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

    public boolean isCustomerMustConfirm() {
        return customerMustConfirm;
    }

    public void setCustomerMustConfirm(boolean customerMustConfirm) {
        this.customerMustConfirm = customerMustConfirm;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public void setSignedAt(Instant signedAt) {
        this.signedAt = signedAt;
    }

    public Long getSignatureFileId() {
        return signatureFileId;
    }

    public void setSignatureFileId(Long signatureFileId) {
        this.signatureFileId = signatureFileId;
    }

    public Long getPdfFileId() {
        return pdfFileId;
    }

    public void setPdfFileId(Long pdfFileId) {
        this.pdfFileId = pdfFileId;
    }

    public String getContentHash() {
        return contentHash;
    }

    public void setContentHash(String contentHash) {
        this.contentHash = contentHash;
    }

    public String getSubmissionToken() {
        return submissionToken;
    }

    public void setSubmissionToken(String submissionToken) {
        this.submissionToken = submissionToken;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public void setWrittenBy(String writtenBy) {
        this.writtenBy = writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public void setWrittenAt(Instant writtenAt) {
        this.writtenAt = writtenAt;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("kind", kind);
        m.put("customer", customer == null ? null : customer.getCode());
        m.put("contact", contact == null ? null : contact.getName());
        m.put("lot", delivery == null ? null : delivery.getLotNumber());
        m.put("occurredAt", occurredAt);
        m.put("servedBy", servedBy);
        m.put("summary", summary);
        m.put("advice", advice);
        m.put("confirmationSentAt", confirmationSentAt);
        m.put("arrivalAt", arrivalAt);
        m.put("departureAt", departureAt);
        m.put("workDone", workDone);
        m.put("partsReplaced", partsReplaced);
        m.put("findings", findings);
        m.put("customerOpinion", customerOpinion);
        m.put("signerName", signerName);
        m.put("signedAt", signedAt);
        m.put("contentHash", contentHash);
        m.put("corrects", corrects == null ? null : corrects.getReference());
        return m;
    }
}
