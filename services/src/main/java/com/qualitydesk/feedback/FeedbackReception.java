package com.qualitydesk.feedback;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Product;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * CF-01/CF-02: anyone records the feedback they received; until SALES registers it a hand-over
 * clock runs, and SALES finds it in its inbox. The public intake of the website (CC-02) arrives the
 * same way, without an account.
 */
@Stateless
@RolesAllowed({
    Role.SALES,
    Role.QUALITY,
    Role.TECHNICAL,
    Role.PRODUCTION,
    Role.FINANCE,
    Role.OFFICE,
    Role.GENERAL_MANAGER,
    Role.SERVICE,
    Role.ADMIN
})
public class FeedbackReception {

    public static final String WEBSITE = "website";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    Tasks tasks;

    @Inject
    WorkingCalendars calendars;

    @Inject
    ProcedureSettings settings;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /**
     * CF-01/CF-02: the note of whoever received the feedback. Its receipt is the moment they give
     * (none: now), refused in the future and before the customer's first delivery; the hand-over
     * to SALES counts from it, and the entry time is kept beside it.
     */
    public Feedback receive(@NotNull ReceivedFeedback received) {
        Instant now = clock.instant();
        Customer customer = FeedbackCaseAccess.reference(em, Customer.class, received.customerId());
        var receipt = Receipt.told(received.receivedAt(), now, firstDelivery(customer), clock.getZone());
        var feedback = Feedback.received(
                received.channel(),
                customer,
                FeedbackCaseAccess.reference(em, Contact.class, received.contactId()),
                FeedbackCaseAccess.reference(em, Product.class, received.productId()),
                received.lotNumber(),
                received.description(),
                receipt,
                user.name(),
                user.mainDepartment(),
                deadlines());
        return store(feedback);
    }

    /** The ship date of the customer's first delivery (the customer master data), if any. */
    private LocalDate firstDelivery(Customer customer) {
        if (customer == null) {
            return null;
        }
        return em.createQuery("select min(d.shipDate) from Delivery d where d.customer = :customer", LocalDate.class)
                .setParameter("customer", customer)
                .getSingleResult();
    }

    /**
     * CC-02: the website's form. Returns the item with its public reference, the only thing the
     * submitter is told.
     */
    @PermitAll
    public Feedback receivePublic(@NotNull PublicSubmission submission) {
        String product = blankToNull(submission.product());
        String description = blankToNull(submission.description());
        Instant now = clock.instant();
        var feedback = Feedback.fromWebsite(
                submission.channel() == null ? FeedbackChannel.WEBSITE : submission.channel(),
                submission.company(),
                submission.name(),
                submission.contact(),
                product == null || description == null ? description : "[" + product + "] " + description,
                newPublicReference(),
                now,
                WEBSITE,
                deadlines());
        return store(feedback);
    }

    private Deadlines deadlines() {
        return new Deadlines(calendars.current(), settings::value);
    }

    /** CF-02: SALES registers it and the general manager reviews it, each within its own time. */
    private Feedback store(Feedback feedback) {
        records.create(feedback);
        String reference =
                feedback.getPublicReference() == null ? "#" + feedback.getId() : feedback.getPublicReference();
        tasks.open(new Task(
                TaskKind.REGISTER,
                Department.SALES,
                null,
                feedback.getId(),
                null,
                reference,
                subject(feedback),
                feedback.getReceivedAt(),
                feedback.getHandOverDueAt()));
        tasks.open(new Task(
                TaskKind.GM_REVIEW,
                Department.GENERAL_MANAGER,
                null,
                feedback.getId(),
                null,
                reference,
                subject(feedback),
                feedback.getReceivedAt(),
                feedback.getManagerReview().getDueAt()));
        return feedback;
    }

    static String subject(Feedback feedback) {
        String who = feedback.getCustomer() != null
                ? feedback.getCustomer().getCode() + " " + displayName(feedback.getCustomer())
                : feedback.getSubmitterCompany();
        String text = feedback.getDescription();
        return (who == null ? "" : who + ": ") + (text.length() > 120 ? text.substring(0, 120) + "…" : text);
    }

    private static String displayName(Customer customer) {
        return customer.getNameZh() != null ? customer.getNameZh() : customer.getNameEn();
    }

    /** A reference in the public format; also what a refused bot is shown (CC-02). */
    public static String newPublicReference() {
        var sb = new StringBuilder("W-");
        for (int i = 0; i < 10; i++) {
            sb.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
        }
        return sb.toString();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
