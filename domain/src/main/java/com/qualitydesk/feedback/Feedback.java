package com.qualitydesk.feedback;

import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Product;
import com.qualitydesk.security.Department;
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
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One customer feedback item from its first note (CF-01) through registration (CF-03), analysis
 * (CF-04, CF-10), the general manager's instruction (CF-08), recall evaluation (CF-09), containment
 * (CF-06) and the written reply (CF-12) to closing. Actions, information feedback sheets, change
 * proposals, visits and costs are records of their own that point here.
 */
@Entity
@Table(name = "feedback")
public class Feedback extends EditableEntity {

    // CF-01: received
    @NotNull(message = "{feedback.channel.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FeedbackChannel channel;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FeedbackStatus status = FeedbackStatus.RECEIVED;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, length = 64)
    private String receivedBy;

    /** The department of the person who wrote it down; outside SALES the CF-02 hand-over clock runs. */
    @Enumerated(EnumType.STRING)
    @Column(name = "received_department", length = 24)
    private Department receivedDepartment;

    @Column(name = "hand_over_due_at")
    private Instant handOverDueAt;

    @ManyToOne
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @ManyToOne
    @JoinColumn(name = "product_id")
    private Product product;

    @Size(max = 64, message = "{field.tooLong}")
    @Column(name = "lot_number", length = 64)
    private String lotNumber;

    @NotBlank(message = "{feedback.description.required}")
    @Size(max = 4000, message = "{field.tooLong}")
    @Column(nullable = false, length = 4000)
    private String description;

    /** Who wrote in from outside (CC-02) before SALES matched them to a customer and contact. */
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "submitter_company", length = 200)
    private String submitterCompany;

    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "submitter_name", length = 200)
    private String submitterName;

    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "submitter_contact", length = 200)
    private String submitterContact;

    @Size(max = 32, message = "{field.tooLong}")
    @Column(name = "public_reference", length = 32, unique = true)
    private String publicReference;

    // CF-03: registered
    @Column(length = 16, unique = true)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private FeedbackType type;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private Severity severity;

    @PositiveOrZero(message = "{feedback.quantity.notNegative}")
    @Column(name = "quantity_affected")
    private Integer quantityAffected;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "registered_by", length = 64)
    private String registeredBy;

    @Column(name = "handed_over_late", nullable = false)
    private boolean handedOverLate;

    @Column(name = "reply_due_at")
    private Instant replyDueAt;

    @Column(name = "safety_related", nullable = false)
    private boolean safetyRelated;

    /** CF-06: the problem concerns products in production or being shipped. */
    @Column(name = "concerns_production", nullable = false)
    private boolean concernsProduction;

    // a deadline pause: the reply and every open task move by the paused working time
    @Column(name = "paused_since")
    private Instant pausedSince;

    @Size(max = 500, message = "{field.tooLong}")
    @Column(name = "pause_reason", length = 500)
    private String pauseReason;

    // CF-08: the general manager's decision
    @Size(max = 4000, message = "{field.tooLong}")
    @Column(name = "gm_instruction", length = 4000)
    private String gmInstruction;

    @Column(name = "gm_instructed_at")
    private Instant gmInstructedAt;

    @Column(name = "gm_instructed_by", length = 64)
    private String gmInstructedBy;

    // CF-05: special quality analysis meeting (large batch)
    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Size(max = 1000, message = "{field.tooLong}")
    @Column(name = "meeting_attendees", length = 1000)
    private String meetingAttendees;

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(name = "meeting_minutes", length = 4000)
    private String meetingMinutes;

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(name = "meeting_decisions", length = 4000)
    private String meetingDecisions;

    // CF-04 / CF-10: analysis
    @Size(max = 500, message = "{field.tooLong}")
    @Column(length = 500)
    private String why1;

    @Size(max = 500, message = "{field.tooLong}")
    @Column(length = 500)
    private String why2;

    @Size(max = 500, message = "{field.tooLong}")
    @Column(length = 500)
    private String why3;

    @Size(max = 500, message = "{field.tooLong}")
    @Column(length = 500)
    private String why4;

    @Size(max = 500, message = "{field.tooLong}")
    @Column(length = 500)
    private String why5;

    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "root_cause", length = 2000)
    private String rootCause;

    @Enumerated(EnumType.STRING)
    @Column(name = "cause_category", length = 16)
    private CauseCategory causeCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "responsible_department", length = 24)
    private Department responsibleDepartment;

    @Size(max = 64, message = "{field.tooLong}")
    @Column(name = "responsible_person", length = 64)
    private String responsiblePerson;

    @Column(name = "analysed_at")
    private Instant analysedAt;

    @Column(name = "analysed_by", length = 64)
    private String analysedBy;

    // CF-09: recall evaluation
    @Enumerated(EnumType.STRING)
    @Column(name = "recall_decision", length = 16)
    private RecallDecision recallDecision;

    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "recall_reason", length = 2000)
    private String recallReason;

    @Column(name = "recall_decided_at")
    private Instant recallDecidedAt;

    @Column(name = "recall_decided_by", length = 64)
    private String recallDecidedBy;

    // CF-06: containment by PRODUCTION
    @Column(name = "containment_urgent", nullable = false)
    private boolean containmentUrgent;

    @Column(name = "containment_due_at")
    private Instant containmentDueAt;

    @PositiveOrZero(message = "{feedback.quantity.notNegative}")
    @Column(name = "quantity_checked")
    private Integer quantityChecked;

    @PositiveOrZero(message = "{feedback.quantity.notNegative}")
    @Column(name = "quantity_nonconforming")
    private Integer quantityNonconforming;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Disposition disposition;

    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "containment_note", length = 2000)
    private String containmentNote;

    @Column(name = "containment_recorded_at")
    private Instant containmentRecordedAt;

    @Column(name = "containment_recorded_by", length = 64)
    private String containmentRecordedBy;

    // CF-12: the written reply
    @Size(max = 8000, message = "{field.tooLong}")
    @Column(name = "reply_text", length = 8000)
    private String replyText;

    @Column(name = "reply_language", length = 8)
    private String replyLanguage;

    @Column(name = "reply_sent_on")
    private LocalDate replySentOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_channel", length = 16)
    private FeedbackChannel replyChannel;

    @Column(name = "reply_sent_by", length = 64)
    private String replySentBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    public Feedback() {}

    public boolean isRegistered() {
        return number != null;
    }

    public boolean isClosed() {
        return status == FeedbackStatus.CLOSED;
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    public boolean isReplySent() {
        return replySentOn != null;
    }

    /** The 5-Why chain as entered, without empty links. */
    public List<String> whyChain() {
        var chain = new ArrayList<String>();
        for (String why : new String[] {why1, why2, why3, why4, why5}) {
            if (why != null && !why.isBlank()) {
                chain.add(why);
            }
        }
        return chain;
    }

    public FeedbackChannel getChannel() {
        return channel;
    }

    public void setChannel(FeedbackChannel channel) {
        this.channel = channel;
    }

    public FeedbackStatus getStatus() {
        return status;
    }

    public void setStatus(FeedbackStatus status) {
        this.status = status;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public void setReceivedBy(String receivedBy) {
        this.receivedBy = receivedBy;
    }

    public Department getReceivedDepartment() {
        return receivedDepartment;
    }

    public void setReceivedDepartment(Department receivedDepartment) {
        this.receivedDepartment = receivedDepartment;
    }

    public Instant getHandOverDueAt() {
        return handOverDueAt;
    }

    public void setHandOverDueAt(Instant handOverDueAt) {
        this.handOverDueAt = handOverDueAt;
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

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = product;
    }

    public String getLotNumber() {
        return lotNumber;
    }

    public void setLotNumber(String lotNumber) {
        this.lotNumber = lotNumber;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSubmitterCompany() {
        return submitterCompany;
    }

    public void setSubmitterCompany(String submitterCompany) {
        this.submitterCompany = submitterCompany;
    }

    public String getSubmitterName() {
        return submitterName;
    }

    public void setSubmitterName(String submitterName) {
        this.submitterName = submitterName;
    }

    public String getSubmitterContact() {
        return submitterContact;
    }

    public void setSubmitterContact(String submitterContact) {
        this.submitterContact = submitterContact;
    }

    public String getPublicReference() {
        return publicReference;
    }

    public void setPublicReference(String publicReference) {
        this.publicReference = publicReference;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public FeedbackType getType() {
        return type;
    }

    public void setType(FeedbackType type) {
        this.type = type;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public Integer getQuantityAffected() {
        return quantityAffected;
    }

    public void setQuantityAffected(Integer quantityAffected) {
        this.quantityAffected = quantityAffected;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public void setRegisteredAt(Instant registeredAt) {
        this.registeredAt = registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public void setRegisteredBy(String registeredBy) {
        this.registeredBy = registeredBy;
    }

    public boolean isHandedOverLate() {
        return handedOverLate;
    }

    public void setHandedOverLate(boolean handedOverLate) {
        this.handedOverLate = handedOverLate;
    }

    public Instant getReplyDueAt() {
        return replyDueAt;
    }

    public void setReplyDueAt(Instant replyDueAt) {
        this.replyDueAt = replyDueAt;
    }

    public boolean isSafetyRelated() {
        return safetyRelated;
    }

    public void setSafetyRelated(boolean safetyRelated) {
        this.safetyRelated = safetyRelated;
    }

    public boolean isConcernsProduction() {
        return concernsProduction;
    }

    public void setConcernsProduction(boolean concernsProduction) {
        this.concernsProduction = concernsProduction;
    }

    public Instant getPausedSince() {
        return pausedSince;
    }

    public void setPausedSince(Instant pausedSince) {
        this.pausedSince = pausedSince;
    }

    public String getPauseReason() {
        return pauseReason;
    }

    public void setPauseReason(String pauseReason) {
        this.pauseReason = pauseReason;
    }

    public String getGmInstruction() {
        return gmInstruction;
    }

    public void setGmInstruction(String gmInstruction) {
        this.gmInstruction = gmInstruction;
    }

    public Instant getGmInstructedAt() {
        return gmInstructedAt;
    }

    public void setGmInstructedAt(Instant gmInstructedAt) {
        this.gmInstructedAt = gmInstructedAt;
    }

    public String getGmInstructedBy() {
        return gmInstructedBy;
    }

    public void setGmInstructedBy(String gmInstructedBy) {
        this.gmInstructedBy = gmInstructedBy;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getMeetingAttendees() {
        return meetingAttendees;
    }

    public void setMeetingAttendees(String meetingAttendees) {
        this.meetingAttendees = meetingAttendees;
    }

    public String getMeetingMinutes() {
        return meetingMinutes;
    }

    public void setMeetingMinutes(String meetingMinutes) {
        this.meetingMinutes = meetingMinutes;
    }

    public String getMeetingDecisions() {
        return meetingDecisions;
    }

    public void setMeetingDecisions(String meetingDecisions) {
        this.meetingDecisions = meetingDecisions;
    }

    public String getWhy1() {
        return why1;
    }

    public void setWhy1(String why1) {
        this.why1 = why1;
    }

    public String getWhy2() {
        return why2;
    }

    public void setWhy2(String why2) {
        this.why2 = why2;
    }

    public String getWhy3() {
        return why3;
    }

    public void setWhy3(String why3) {
        this.why3 = why3;
    }

    public String getWhy4() {
        return why4;
    }

    public void setWhy4(String why4) {
        this.why4 = why4;
    }

    public String getWhy5() {
        return why5;
    }

    public void setWhy5(String why5) {
        this.why5 = why5;
    }

    public String getRootCause() {
        return rootCause;
    }

    public void setRootCause(String rootCause) {
        this.rootCause = rootCause;
    }

    public CauseCategory getCauseCategory() {
        return causeCategory;
    }

    public void setCauseCategory(CauseCategory causeCategory) {
        this.causeCategory = causeCategory;
    }

    public Department getResponsibleDepartment() {
        return responsibleDepartment;
    }

    public void setResponsibleDepartment(Department responsibleDepartment) {
        this.responsibleDepartment = responsibleDepartment;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public Instant getAnalysedAt() {
        return analysedAt;
    }

    public void setAnalysedAt(Instant analysedAt) {
        this.analysedAt = analysedAt;
    }

    public String getAnalysedBy() {
        return analysedBy;
    }

    public void setAnalysedBy(String analysedBy) {
        this.analysedBy = analysedBy;
    }

    public RecallDecision getRecallDecision() {
        return recallDecision;
    }

    public void setRecallDecision(RecallDecision recallDecision) {
        this.recallDecision = recallDecision;
    }

    public String getRecallReason() {
        return recallReason;
    }

    public void setRecallReason(String recallReason) {
        this.recallReason = recallReason;
    }

    public Instant getRecallDecidedAt() {
        return recallDecidedAt;
    }

    public void setRecallDecidedAt(Instant recallDecidedAt) {
        this.recallDecidedAt = recallDecidedAt;
    }

    public String getRecallDecidedBy() {
        return recallDecidedBy;
    }

    public void setRecallDecidedBy(String recallDecidedBy) {
        this.recallDecidedBy = recallDecidedBy;
    }

    public boolean isContainmentUrgent() {
        return containmentUrgent;
    }

    public void setContainmentUrgent(boolean containmentUrgent) {
        this.containmentUrgent = containmentUrgent;
    }

    public Instant getContainmentDueAt() {
        return containmentDueAt;
    }

    public void setContainmentDueAt(Instant containmentDueAt) {
        this.containmentDueAt = containmentDueAt;
    }

    public Integer getQuantityChecked() {
        return quantityChecked;
    }

    public void setQuantityChecked(Integer quantityChecked) {
        this.quantityChecked = quantityChecked;
    }

    public Integer getQuantityNonconforming() {
        return quantityNonconforming;
    }

    public void setQuantityNonconforming(Integer quantityNonconforming) {
        this.quantityNonconforming = quantityNonconforming;
    }

    public Disposition getDisposition() {
        return disposition;
    }

    public void setDisposition(Disposition disposition) {
        this.disposition = disposition;
    }

    public String getContainmentNote() {
        return containmentNote;
    }

    public void setContainmentNote(String containmentNote) {
        this.containmentNote = containmentNote;
    }

    public Instant getContainmentRecordedAt() {
        return containmentRecordedAt;
    }

    public void setContainmentRecordedAt(Instant containmentRecordedAt) {
        this.containmentRecordedAt = containmentRecordedAt;
    }

    public String getContainmentRecordedBy() {
        return containmentRecordedBy;
    }

    public void setContainmentRecordedBy(String containmentRecordedBy) {
        this.containmentRecordedBy = containmentRecordedBy;
    }

    public String getReplyText() {
        return replyText;
    }

    public void setReplyText(String replyText) {
        this.replyText = replyText;
    }

    public String getReplyLanguage() {
        return replyLanguage;
    }

    public void setReplyLanguage(String replyLanguage) {
        this.replyLanguage = replyLanguage;
    }

    public LocalDate getReplySentOn() {
        return replySentOn;
    }

    public void setReplySentOn(LocalDate replySentOn) {
        this.replySentOn = replySentOn;
    }

    public FeedbackChannel getReplyChannel() {
        return replyChannel;
    }

    public void setReplyChannel(FeedbackChannel replyChannel) {
        this.replyChannel = replyChannel;
    }

    public String getReplySentBy() {
        return replySentBy;
    }

    public void setReplySentBy(String replySentBy) {
        this.replySentBy = replySentBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public void setClosedBy(String closedBy) {
        this.closedBy = closedBy;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("number", number);
        m.put("status", status);
        m.put("channel", channel);
        m.put("customer", customer == null ? null : customer.getCode());
        m.put("contact", contact == null ? null : contact.getName());
        m.put("product", product == null ? null : product.getCode());
        m.put("lotNumber", lotNumber);
        m.put("description", description);
        m.put("type", type);
        m.put("severity", severity);
        m.put("quantityAffected", quantityAffected);
        m.put("replyDueAt", replyDueAt);
        m.put("safetyRelated", safetyRelated);
        m.put("concernsProduction", concernsProduction);
        m.put("pausedSince", pausedSince);
        m.put("pauseReason", pauseReason);
        m.put("gmInstruction", gmInstruction);
        m.put("meetingDate", meetingDate);
        m.put("meetingAttendees", meetingAttendees);
        m.put("meetingMinutes", meetingMinutes);
        m.put("meetingDecisions", meetingDecisions);
        m.put("whyChain", String.join(" / ", whyChain()));
        m.put("rootCause", rootCause);
        m.put("causeCategory", causeCategory);
        m.put("responsibleDepartment", responsibleDepartment);
        m.put("responsiblePerson", responsiblePerson);
        m.put("recallDecision", recallDecision);
        m.put("recallReason", recallReason);
        m.put("containmentDueAt", containmentDueAt);
        m.put("quantityChecked", quantityChecked);
        m.put("quantityNonconforming", quantityNonconforming);
        m.put("disposition", disposition);
        m.put("containmentNote", containmentNote);
        m.put("replySentOn", replySentOn);
        m.put("replyChannel", replyChannel);
        m.put("closedAt", closedAt);
        return m;
    }
}
