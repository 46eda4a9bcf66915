package com.qualitydesk.aftersales;

import com.qualitydesk.aftersales.document.ServiceRecordDocuments;
import com.qualitydesk.attachment.AcceptedFile;
import com.qualitydesk.attachment.Attachments;
import com.qualitydesk.attachment.FileKind;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * AS-03 telephone and AS-04 on-site service records. Only SERVICE, SALES and ADMIN write them;
 * every department reads them. A signed on-site record is never changed (a correction is a new
 * record referring to it); a submitted on-site record goes to SALES to keep and to QUALITY as
 * quality information, which QUALITY passes on to the responsible department (AS-01).
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
public class ServiceRecords {

    /** The owner type of a service record's files (signature, signed PDF, confirmation copy). */
    public static final String OWNER = "ServiceRecord";

    static final Set<FileKind> SENT_COPY_KINDS =
            EnumSet.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG, FileKind.GIF, FileKind.WEBP);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Attachments attachments;

    @Inject
    CurrentUser user;

    @Inject
    Tasks tasks;

    @Inject
    Clock clock;

    @Inject
    WorkingCalendars calendars;

    public Page<ServiceRecord> page(@NotNull PageRequest request) {
        return FilteredQuery.of(em, ServiceRecord.class)
                .defaultSort("occurredAt")
                .page(request);
    }

    /** The API's selection: by customer code, kind and period of the service (both ends included). */
    public Page<ServiceRecord> search(
            String customerCode, ServiceRecordKind kind, LocalDate from, LocalDate to, @NotNull PageRequest request) {
        ZoneId zone = zone();
        return FilteredQuery.of(em, ServiceRecord.class)
                .where((cb, root) -> customerCode == null
                        ? cb.conjunction()
                        : cb.equal(root.get("customer").get("code"), customerCode))
                .where((cb, root) -> kind == null ? cb.conjunction() : cb.equal(root.get("kind"), kind))
                .where((cb, root) -> from == null
                        ? cb.conjunction()
                        : cb.greaterThanOrEqualTo(
                                root.get("occurredAt"), from.atStartOfDay(zone).toInstant()))
                .where((cb, root) -> to == null
                        ? cb.conjunction()
                        : cb.lessThan(
                                root.get("occurredAt"),
                                to.plusDays(1).atStartOfDay(zone).toInstant()))
                .defaultSort("occurredAt")
                .page(request);
    }

    public Optional<ServiceRecord> find(long id) {
        return Optional.ofNullable(em.find(ServiceRecord.class, id));
    }

    /** The customer's contacts and lots, the only ones a record may name. */
    public List<Contact> contactsOf(long customerId) {
        return em.createQuery("select c from Contact c where c.customer.id = :c order by c.name", Contact.class)
                .setParameter("c", customerId)
                .getResultList();
    }

    public List<Delivery> deliveriesOf(long customerId) {
        return em.createQuery(
                        "select d from Delivery d where d.customer.id = :c order by d.shipDate desc, d.id desc",
                        Delivery.class)
                .setParameter("c", customerId)
                .setMaxResults(200)
                .getResultList();
    }

    /**
     * AS-03: writes a telephone service record. A form submitted twice (two clicks, two tabs) with
     * the same token gives the record of the first submit.
     */
    @RolesAllowed({Role.SERVICE, Role.SALES, Role.ADMIN})
    public ServiceRecord writeTelephone(@NotNull ServiceRecord record, String token) {
        var earlier = byToken(token);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (!record.isNew()) {
            return changeTelephone(record);
        }
        record.setKind(ServiceRecordKind.TELEPHONE);
        prepare(record, token);
        return records.create(record);
    }

    /** AS-03: a telephone record stays editable (its written confirmation is a file of its own). */
    private ServiceRecord changeTelephone(ServiceRecord edited) {
        ServiceRecord stored = stored(edited.getId());
        if (stored.getKind() != ServiceRecordKind.TELEPHONE) {
            stored.requireChangeable();
        }
        edited.setKind(stored.getKind());
        edited.setWrittenBy(stored.getWrittenBy());
        edited.setWrittenAt(stored.getWrittenAt());
        edited.setSubmissionToken(stored.getSubmissionToken());
        edited.setConfirmationFileId(stored.getConfirmationFileId());
        edited.setConfirmationSentAt(stored.getConfirmationSentAt());
        edited.setConfirmationSentBy(stored.getConfirmationSentBy());
        checkParties(edited);
        edited.checkTimes(clock.instant());
        return records.update(edited);
    }

    /**
     * AS-04: submits an on-site record. When the customer must confirm it, the representative's
     * drawn signature (PNG) and name are required, or nothing is saved. The record is signed at
     * once and becomes a PDF with the signature and the SHA-256 of the signed content; SALES (to
     * keep) and QUALITY (quality information) find it in their inboxes. A second submit of the same
     * form (same token) gives the first record.
     */
    @RolesAllowed({Role.SERVICE, Role.SALES, Role.ADMIN})
    public ServiceRecord submitOnSite(@NotNull ServiceRecord record, byte[] signaturePng, String token) {
        var earlier = byToken(token);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (!record.isNew()) {
            // AS-04: a submitted on-site record is what was signed; a correction is a new record
            stored(record.getId()).requireChangeable();
            throw new RuleViolation("serviceRecord.onSite.submitted", record.getReference());
        }
        record.setKind(ServiceRecordKind.ON_SITE);
        if (record.getArrivalAt() != null) {
            record.setOccurredAt(record.getArrivalAt());
        }
        if (record.getCorrects() != null) {
            ServiceRecord corrected = stored(record.getCorrects().getId());
            if (record.getCustomer() == null
                    || !corrected
                            .getCustomer()
                            .getId()
                            .equals(record.getCustomer().getId())) {
                throw new RuleViolation("serviceRecord.corrects.otherCustomer");
            }
            record.setCorrects(corrected);
        }
        // the times and the parties first: their messages come before the signature's
        prepare(record, token);
        boolean signed = signaturePng != null && signaturePng.length > 0;
        if (record.isCustomerMustConfirm()
                && (!signed
                        || record.getSignerName() == null
                        || record.getSignerName().isBlank())) {
            throw new RuleViolation("serviceRecord.signature.required");
        }
        if (signed) {
            // the drawing must be a picture, as any file kept with a record
            AcceptedFile.check("signature.png", signaturePng, attachments.maxMegabytes());
        }
        // whole seconds: the signed content, and so its hash, reads the same from any database
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (signed) {
            record.setSignedAt(now);
            record.setSignerName(record.getSignerName().trim());
        } else {
            record.setSignerName(null);
        }
        records.create(record);
        em.flush(); // the reference the PDF and the hash carry needs the id
        if (signed) {
            record.setSignatureFileId(attachments
                    .store(OWNER, record.getId(), record.getReference() + "-signature.png", "image/png", signaturePng)
                    .id());
        }
        record.setContentHash(sha256(record.signedContent()));
        byte[] pdf =
                ServiceRecordDocuments.onSiteRecord(record, signed ? signaturePng : null, language(record), zone());
        record.setPdfFileId(attachments
                .store(OWNER, record.getId(), record.getReference() + ".pdf", "application/pdf", pdf)
                .id());
        audit.event(record, "SUBMITTED", record.getContentHash());
        String subject = record.getCustomer().getCode() + " · " + firstLine(record.getWorkDone());
        openTask(record, Department.SALES, subject, now);
        openTask(record, Department.QUALITY, subject, now);
        return record;
    }

    /** AS-04: any change to a signed record is refused; this is the one door for edits. */
    @RolesAllowed({Role.SERVICE, Role.SALES, Role.ADMIN})
    public ServiceRecord change(@NotNull ServiceRecord edited) {
        ServiceRecord stored = stored(edited.getId());
        stored.requireChangeable();
        if (stored.getKind() == ServiceRecordKind.ON_SITE) {
            throw new RuleViolation("serviceRecord.onSite.submitted", stored.getReference());
        }
        return changeTelephone(edited);
    }

    /** AS-03: the confirmation letter, in the contact's language (Chinese when none is known). */
    public byte[] confirmationLetter(long id) {
        ServiceRecord record = stored(id);
        if (record.getKind() != ServiceRecordKind.TELEPHONE) {
            throw new RuleViolation("serviceRecord.confirmation.telephoneOnly");
        }
        return ServiceRecordDocuments.confirmationLetter(
                record, language(record), LocalDate.now(clock.withZone(zone())), zone());
    }

    /**
     * AS-03: the copy of the confirmation as it was faxed or sent, scanned back to the record: a PDF
     * or a picture within the size limit, refused with the reason otherwise.
     */
    @RolesAllowed({Role.SERVICE, Role.SALES, Role.ADMIN})
    public ServiceRecord attachSentConfirmation(
            long id, long version, String fileName, String contentType, byte[] content) {
        ServiceRecord record = stored(id);
        if (record.getVersion() != version) {
            throw new jakarta.persistence.OptimisticLockException(record);
        }
        if (record.getKind() != ServiceRecordKind.TELEPHONE) {
            throw new RuleViolation("serviceRecord.confirmation.telephoneOnly");
        }
        // AS-03: the copy is a scan or a photo of what was sent; the size limit is the attachments'
        var kind = AcceptedFile.check(fileName, content, attachments.maxMegabytes())
                .kind();
        if (!SENT_COPY_KINDS.contains(kind)) {
            throw new RuleViolation("serviceRecord.sentCopy.kind", fileName);
        }
        var before = record.auditSnapshot();
        var stored = attachments.store(OWNER, id, fileName, contentType, content);
        record.setConfirmationNeeded(true);
        record.setConfirmationFileId(stored.id());
        record.setConfirmationSentAt(clock.instant());
        record.setConfirmationSentBy(user.name());
        em.flush();
        audit.changed(record, before);
        return record;
    }

    /**
     * AS-01: QUALITY passes the quality information of a service record on to the responsible
     * department with a comment: an inbox item there; QUALITY's own item is done.
     */
    @RolesAllowed({Role.QUALITY, Role.ADMIN})
    public Task passOn(long id, @NotNull Department to, String comment) {
        ServiceRecord record = stored(id);
        if (comment == null || comment.isBlank()) {
            throw new RuleViolation("serviceRecord.passOn.comment.required");
        }
        Instant now = clock.instant();
        for (Task t : openTasks(id)) {
            if (t.getDepartment() == Department.QUALITY) {
                t.setDoneAt(now);
                t.setDoneBy(user.name());
            }
        }
        audit.event(record, "PASSED_ON", to + ": " + comment.trim());
        return openTask(record, to, comment.trim(), now);
    }

    public List<Task> openTasks(long recordId) {
        return em.createQuery(
                        "select t from Task t where t.kind = :kind and t.recordId = :record and t.doneAt is null"
                                + " order by t.id",
                        Task.class)
                .setParameter("kind", TaskKind.SERVICE_RECORD)
                .setParameter("record", recordId)
                .getResultList();
    }

    /** The records of a customer, newest first, for the customer's page. */
    public List<ServiceRecord> ofCustomer(long customerId, int limit) {
        return em.createQuery(
                        "select r from ServiceRecord r where r.customer.id = :c order by r.occurredAt desc",
                        ServiceRecord.class)
                .setParameter("c", customerId)
                .setMaxResults(limit)
                .getResultList();
    }

    static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Task openTask(ServiceRecord record, Department department, String subject, Instant now) {
        var task = new Task(
                TaskKind.SERVICE_RECORD, department, null, null, null, record.getReference(), subject, now, null);
        task.setRecordId(record.getId());
        return tasks.open(task);
    }

    private void prepare(ServiceRecord record, String token) {
        checkParties(record);
        record.checkTimes(clock.instant());
        record.setSubmissionToken(token == null || token.isBlank() ? null : token);
        record.setWrittenBy(user.name());
        record.setWrittenAt(clock.instant());
        if (record.getServedBy() == null || record.getServedBy().isBlank()) {
            record.setServedBy(user.name());
        }
    }

    /** The contact and the lot must be the customer's own (field messages on the screen). */
    private void checkParties(ServiceRecord record) {
        if (record.getCustomer() == null) {
            throw new RuleViolation("serviceRecord.customer.required");
        }
        Customer customer = em.find(Customer.class, record.getCustomer().getId());
        if (customer == null) {
            throw new RuleViolation("serviceRecord.customer.required");
        }
        record.setCustomer(customer);
        if (record.getContact() != null) {
            Contact contact = em.find(Contact.class, record.getContact().getId());
            if (contact == null || !contact.getCustomer().getId().equals(customer.getId())) {
                throw new RuleViolation("serviceRecord.contact.notCustomers");
            }
            record.setContact(contact);
        }
        if (record.getDelivery() != null) {
            Delivery delivery = em.find(Delivery.class, record.getDelivery().getId());
            if (delivery == null || !delivery.getCustomer().getId().equals(customer.getId())) {
                throw new RuleViolation("serviceRequest.lot.notCustomers");
            }
            record.setDelivery(delivery);
        }
        if (record.getRequest() != null) {
            record.setRequest(em.find(ServiceRequest.class, record.getRequest().getId()));
        }
    }

    private Optional<ServiceRecord> byToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select r from ServiceRecord r where r.submissionToken = :t", ServiceRecord.class)
                .setParameter("t", token)
                .getResultStream()
                .findFirst();
    }

    private ServiceRecord stored(long id) {
        ServiceRecord record = em.find(ServiceRecord.class, id);
        if (record == null) {
            throw new RuleViolation("serviceRecord.unknown");
        }
        return record;
    }

    /** The contact's language; without a contact, English for a customer known by an English name only. */
    private static String language(ServiceRecord record) {
        if (record.getContact() != null) {
            return record.getContact().getLanguage();
        }
        String nameZh = record.getCustomer().getNameZh();
        return nameZh == null || nameZh.isBlank() ? "en" : "zh_CN";
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private ZoneId zone() {
        return calendars.current().zone();
    }
}
