package com.qualitydesk.feedback;

import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Product;
import com.qualitydesk.security.Department;
import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One customer feedback item from its first note (CF-01) through registration (CF-03), analysis
 * (CF-04, CF-10), the general manager's instruction (CF-08), recall evaluation (CF-09), containment
 * (CF-06) and the written reply (CF-12) to closing. Actions, information feedback sheets, change
 * proposals, visits and costs are records of their own that point here.
 *
 * <p>The case is an aggregate: its receipt and registration (what the register lists, filters and
 * sorts by) are its own columns, each later step keeps its record in a part named after it
 * ({@link CauseAnalysis}, {@link SignedNote}, {@link RecallOutcome},
 * {@link ContainmentOutcome}, {@link CustomerReply}, {@link Closure}), and it changes only through
 * the step methods below, which refuse what the procedure does not allow.
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

    /** CF-02: when the customer's feedback reached the company; the hand-over clock counts from it. */
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** When it was entered here: the same as the receipt, or later for a letter or call noted afterwards. */
    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

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

    @Valid
    @Embedded
    private ClockPause pause;

    @Valid
    @Embedded
    @AttributeOverride(name = "text", column = @Column(name = "gm_instruction", length = 4000))
    @AttributeOverride(name = "at", column = @Column(name = "gm_instructed_at"))
    @AttributeOverride(name = "by", column = @Column(name = "gm_instructed_by", length = 64))
    private SignedNote instruction;

    @Valid
    @Embedded
    private AnalysisMeeting meeting;

    @Valid
    @Embedded
    private CauseAnalysis analysis;

    @Valid
    @Embedded
    private RecallOutcome recall;

    @Valid
    @Embedded
    private ContainmentOutcome containment = new ContainmentOutcome();

    @Valid
    @Embedded
    private CustomerReply reply;

    @Embedded
    private Closure closure;

    // never left out: its late flag is a required column
    @Embedded
    private ManagerReview managerReview = new ManagerReview();

    @Valid
    @Embedded
    @AttributeOverride(name = "text", column = @Column(name = "technical_opinion", length = 4000))
    @AttributeOverride(name = "at", column = @Column(name = "technical_opinion_at"))
    @AttributeOverride(name = "by", column = @Column(name = "technical_opinion_by", length = 64))
    private SignedNote technicalOpinion;

    @Valid
    @Embedded
    private RulesReappraisal reappraisal;

    protected Feedback() {}

    /**
     * CF-01/CF-02: feedback written down by whoever received it, at the moment it is entered.
     */
    public static Feedback received(
            FeedbackChannel channel,
            Customer customer,
            Contact contact,
            Product product,
            String lotNumber,
            String description,
            Instant at,
            String by,
            Department department,
            Deadlines deadlines) {
        return received(
                channel,
                customer,
                contact,
                product,
                lotNumber,
                description,
                Receipt.now(at),
                by,
                department,
                deadlines);
    }

    /**
     * CF-01/CF-02: feedback written down by whoever received it; outside SALES the hand-over clock
     * runs from the moment it was received (a letter of yesterday: from yesterday), not from its
     * entry, which is kept beside it.
     */
    public static Feedback received(
            FeedbackChannel channel,
            Customer customer,
            Contact contact,
            Product product,
            String lotNumber,
            String description,
            Receipt receipt,
            String by,
            Department department,
            Deadlines deadlines) {
        if (contact != null
                && customer != null
                && !contact.getCustomer().getId().equals(customer.getId())) {
            throw new RuleViolation("feedback.contact.otherCustomer");
        }
        var f = new Feedback();
        f.channel = channel;
        f.customer = customer;
        f.contact = contact;
        f.product = product;
        f.lotNumber = Text.strippedOrNull(lotNumber);
        f.description = Text.strippedOrNull(description);
        f.receive(receipt, by, department, deadlines);
        return f;
    }

    /** CC-02: a comment from the website, by a submitter SALES has yet to match to a customer. */
    public static Feedback fromWebsite(
            FeedbackChannel channel,
            String company,
            String name,
            String contactDetails,
            String description,
            String publicReference,
            Instant at,
            String by,
            Deadlines deadlines) {
        var f = new Feedback();
        f.channel = channel;
        f.submitterCompany = Text.strippedOrNull(company);
        f.submitterName = Text.strippedOrNull(name);
        f.submitterContact = Text.strippedOrNull(contactDetails);
        f.description = Text.strippedOrNull(description);
        if (f.submitterCompany == null || f.submitterName == null || f.submitterContact == null) {
            throw new RuleViolation("intake.submitter.required");
        }
        f.publicReference = publicReference;
        // CC-02: a website comment is received when it is sent
        f.receive(Receipt.now(at), by, null, deadlines);
        return f;
    }

    /**
     * CF-02: the hand-over to SALES and the general manager's review both count from the receipt,
     * not from the entry.
     */
    private void receive(Receipt receipt, String by, Department department, Deadlines deadlines) {
        this.receivedAt = receipt.receivedAt();
        this.enteredAt = receipt.enteredAt();
        this.receivedBy = by;
        this.receivedDepartment = department;
        this.handOverDueAt = deadlines.handOver(receivedAt);
        this.managerReview = new ManagerReview(deadlines.managerReview(receivedAt));
    }

    /** CF-02: the general manager has reviewed the item; after the review time it is flagged late. */
    public void markReviewedByManager(Instant at, String by) {
        if (isClosed()) {
            throw new RuleViolation("feedback.closed");
        }
        managerReview = getManagerReview().reviewed(at, by);
    }

    /** CF-04: TECHNICAL's opinion on the registered form; a later opinion replaces it. */
    public void giveTechnicalOpinion(String text, Instant at, String by) {
        requireOpen();
        technicalOpinion = new SignedNote(text, at, by, "feedback.technicalOpinion.required");
    }

    /** CF-09: the re-appraisal of the process management rules after a product-safety complaint. */
    public void reappraiseRules(String rulesReviewed, String conclusion, String changesDecided, Instant at, String by) {
        requireOpen();
        if (!safetyRelated) {
            throw new RuleViolation("feedback.reappraisal.notSafety");
        }
        reappraisal = new RulesReappraisal(rulesReviewed, conclusion, changesDecided, at, by);
    }

    /**
     * CF-03/CF-05: registration gives the number and starts the reply deadline; CF-02: a note
     * taken outside SALES (the website's included) registered after its hand-over time is late.
     */
    public void register(
            CaseRegistration form, Supplier<String> nextNumber, Instant at, String by, Deadlines deadlines) {
        if (isRegistered()) {
            throw new RuleViolation("feedback.alreadyRegistered", this.number);
        }
        if (form.customer() == null) {
            throw new RuleViolation("feedback.customer.required");
        }
        if (form.type() == null) {
            throw new RuleViolation("feedback.type.required");
        }
        if (form.severity() == null) {
            throw new RuleViolation("feedback.severity.required");
        }
        if (form.product() == null && form.type().needsProduct()) {
            throw new RuleViolation("feedback.product.required");
        }
        if (form.quantityAffected() != null && form.quantityAffected() < 0) {
            throw new RuleViolation("feedback.quantity.notNegative");
        }
        if (form.contact() != null
                && !form.contact().getCustomer().getId().equals(form.customer().getId())) {
            throw new RuleViolation("feedback.contact.otherCustomer");
        }
        // the deadlines first: they read the procedure settings
        boolean late = receivedDepartment != Department.SALES && deadlines.handedOverLate(receivedAt, at);
        Instant due = deadlines.reply(form.severity(), at);
        // CF-03: the number last, taken only for a form that passed, so a refused form uses no number
        // (no gaps); and as late as possible, since the year's number stays locked until the
        // registration commits and every other registration waits for it
        String taken = nextNumber.get();
        customer = form.customer();
        contact = form.contact();
        product = form.product();
        lotNumber = Text.strippedOrNull(form.lotNumber());
        quantityAffected = form.quantityAffected();
        type = form.type();
        severity = form.severity();
        if (!Text.blank(form.description())) {
            description = form.description().strip();
        }
        safetyRelated = form.safetyRelated();
        number = taken;
        status = FeedbackStatus.REGISTERED;
        registeredAt = at;
        registeredBy = by;
        handedOverLate = late;
        replyDueAt = due;
    }

    /**
     * CF-05: a changed severity, with its reason, recomputes the reply deadline from the
     * registration. Answers whether anything changed.
     */
    public boolean changeSeverity(Severity newSeverity, String reason, Deadlines deadlines) {
        requireOpen();
        if (Text.blank(reason)) {
            throw new RuleViolation("feedback.severity.reasonRequired");
        }
        if (severity == newSeverity) {
            return false;
        }
        severity = newSeverity;
        replyDueAt = deadlines.reply(newSeverity, registeredAt);
        return true;
    }

    public void pause(String reason, Instant now) {
        requireOpen();
        if (isPaused()) {
            throw new RuleViolation("feedback.pause.already");
        }
        pause = new ClockPause(now, reason);
    }

    /** The reply deadline and PRODUCTION's deadline move by the working time the pause lasted. */
    public void resume(Instant now, Deadlines deadlines) {
        requireOpen();
        if (!isPaused()) {
            throw new RuleViolation("feedback.pause.notPaused");
        }
        Instant since = pause.getSince();
        if (replyDueAt != null) {
            replyDueAt = deadlines.afterPause(replyDueAt, since, now);
        }
        if (getContainment().isTransferred()) {
            containment = containment.dueAt(deadlines.afterPause(containment.getDueAt(), since, now));
        }
        pause = null;
    }

    /** CF-10: the cause as QUALITY and TECHNICAL found it. */
    public void recordCause(AnalysisForm form, Instant at, String by) {
        requireOpen();
        analysis = getAnalysis().withCause(form, at, by);
    }

    /** CF-04/CF-10: the responsible department (and person) QUALITY decided. */
    public void assignResponsibility(Department department, String person) {
        requireOpen();
        analysis = getAnalysis().withResponsibility(department, person);
    }

    /** CF-05: only a large-batch or major problem has a special quality analysis meeting. */
    public void recordMeeting(LocalDate date, String attendees, String minutes, String decisions) {
        requireOpen();
        if (severity == null || !severity.hasSpecialMeeting()) {
            throw new RuleViolation("feedback.meeting.onlyLargeBatch");
        }
        meeting = new AnalysisMeeting(date, attendees, minutes, decisions);
    }

    /** CF-08: the general manager's instruction. */
    public void instruct(String text, Instant at, String by) {
        requireOpen();
        instruction = new SignedNote(text, at, by, "feedback.gm.instructionRequired");
    }

    /** CF-09: only a product-safety complaint has a recall decision. */
    public void decideRecall(RecallDecision decision, String reason, Instant at, String by) {
        requireOpen();
        if (!safetyRelated) {
            throw new RuleViolation("feedback.recall.notSafety");
        }
        recall = new RecallOutcome(decision, reason, at, by);
    }

    /** CF-06: the case goes to PRODUCTION once, with the deadline the caller computed. */
    public void transferToProduction(boolean urgent, Instant dueAt) {
        requireOpen();
        if (getContainment().isTransferred()) {
            throw new RuleViolation("feedback.containment.alreadyTransferred");
        }
        concernsProduction = true;
        containment = ContainmentOutcome.transferred(urgent, dueAt);
    }

    /** CF-06: PRODUCTION's inspection of the same products. */
    public void recordContainment(ContainmentResult result, Instant at, String by) {
        requireOpen();
        containment = getContainment().withResult(result, at, by);
    }

    /** CF-12: a draft of the reply; it counts as sent only once {@link #recordReplySent} is called. */
    public void draftReply(String text, String language) {
        requireOpen();
        reply = getReply().draft(text, language);
    }

    public void recordReplySent(LocalDate sentOn, FeedbackChannel channel, String by, LocalDate today) {
        requireOpen();
        reply = getReply().sent(sentOn, channel, by, today);
    }

    /** CF-12: a case closes only when nothing of {@link ClosingConditions} is missing. */
    public void close(Collection<CorrectiveAction> actions, Instant at, String by) {
        requireOpen();
        var missing = ClosingConditions.missing(this, actions);
        if (!missing.isEmpty()) {
            throw new RuleViolation(missing.get(0));
        }
        status = FeedbackStatus.CLOSED;
        closure = new Closure(at, by);
    }

    /** A registered case that is not closed: the state every step after registration needs. */
    public void requireOpen() {
        if (!isRegistered()) {
            throw new RuleViolation("feedback.notRegistered");
        }
        if (isClosed()) {
            throw new RuleViolation("feedback.closed");
        }
    }

    public boolean isRegistered() {
        return number != null;
    }

    public boolean isClosed() {
        return status == FeedbackStatus.CLOSED;
    }

    public boolean isPaused() {
        return getPause().isRunning();
    }

    public boolean isReplySent() {
        return getReply().isSent();
    }

    /** The 5-Why chain as entered, without empty links. */
    public List<String> whyChain() {
        return getAnalysis().whyChain();
    }

    // The parts read empty until their step is done; an empty part is never stored in its place.

    public ClockPause getPause() {
        return pause != null ? pause : new ClockPause();
    }

    public SignedNote getInstruction() {
        return instruction != null ? instruction : new SignedNote();
    }

    public AnalysisMeeting getMeeting() {
        return meeting != null ? meeting : new AnalysisMeeting();
    }

    public CauseAnalysis getAnalysis() {
        return analysis != null ? analysis : new CauseAnalysis();
    }

    public RecallOutcome getRecall() {
        return recall != null ? recall : new RecallOutcome();
    }

    public ContainmentOutcome getContainment() {
        return containment != null ? containment : new ContainmentOutcome();
    }

    public CustomerReply getReply() {
        return reply != null ? reply : new CustomerReply();
    }

    public Closure getClosure() {
        return closure != null ? closure : new Closure();
    }

    public ManagerReview getManagerReview() {
        return managerReview != null ? managerReview : new ManagerReview();
    }

    public SignedNote getTechnicalOpinion() {
        return technicalOpinion != null ? technicalOpinion : new SignedNote();
    }

    public RulesReappraisal getReappraisal() {
        return reappraisal != null ? reappraisal : new RulesReappraisal();
    }

    public FeedbackChannel getChannel() {
        return channel;
    }

    public FeedbackStatus getStatus() {
        return status;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    /** CF-02: entered later than received (a letter or call noted afterwards). */
    public boolean isEnteredLater() {
        return Receipt.enteredLater(receivedAt, enteredAt);
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Department getReceivedDepartment() {
        return receivedDepartment;
    }

    public Instant getHandOverDueAt() {
        return handOverDueAt;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Contact getContact() {
        return contact;
    }

    public Product getProduct() {
        return product;
    }

    public String getLotNumber() {
        return lotNumber;
    }

    public String getDescription() {
        return description;
    }

    public String getSubmitterCompany() {
        return submitterCompany;
    }

    public String getSubmitterName() {
        return submitterName;
    }

    public String getSubmitterContact() {
        return submitterContact;
    }

    public String getPublicReference() {
        return publicReference;
    }

    public String getNumber() {
        return number;
    }

    public FeedbackType getType() {
        return type;
    }

    public Severity getSeverity() {
        return severity;
    }

    public Integer getQuantityAffected() {
        return quantityAffected;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public boolean isHandedOverLate() {
        return handedOverLate;
    }

    public Instant getReplyDueAt() {
        return replyDueAt;
    }

    public boolean isSafetyRelated() {
        return safetyRelated;
    }

    public boolean isConcernsProduction() {
        return concernsProduction;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var a = getAnalysis();
        var m = new LinkedHashMap<String, Object>();
        m.put("number", number);
        m.put("status", status);
        m.put("channel", channel);
        m.put("receivedAt", receivedAt);
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
        m.put("pausedSince", getPause().getSince());
        m.put("pauseReason", getPause().getReason());
        m.put("gmInstruction", getInstruction().getText());
        m.put("meetingDate", getMeeting().getDate());
        m.put("meetingAttendees", getMeeting().getAttendees());
        m.put("meetingMinutes", getMeeting().getMinutes());
        m.put("meetingDecisions", getMeeting().getDecisions());
        m.put("whyChain", String.join(" / ", a.whyChain()));
        m.put("rootCause", a.getRootCause());
        m.put("causeCategory", a.getCauseCategory());
        m.put("responsibleDepartment", a.getResponsibleDepartment());
        m.put("responsiblePerson", a.getResponsiblePerson());
        m.put("recallDecision", getRecall().getDecision());
        m.put("recallReason", getRecall().getReason());
        m.put("containmentDueAt", getContainment().getDueAt());
        m.put("quantityChecked", getContainment().getQuantityChecked());
        m.put("quantityNonconforming", getContainment().getQuantityNonconforming());
        m.put("disposition", getContainment().getDisposition());
        m.put("containmentNote", getContainment().getNote());
        m.put("replySentOn", getReply().getSentOn());
        m.put("replyChannel", getReply().getChannel());
        m.put("closedAt", getClosure().getAt());
        m.put("gmReviewedAt", getManagerReview().getReviewedAt());
        m.put("technicalOpinion", getTechnicalOpinion().getText());
        m.put("reappraisalRules", getReappraisal().getRulesReviewed());
        m.put("reappraisalConclusion", getReappraisal().getConclusion());
        m.put("reappraisalChanges", getReappraisal().getChangesDecided());
        return m;
    }
}
