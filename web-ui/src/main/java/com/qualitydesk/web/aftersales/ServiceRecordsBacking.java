package com.qualitydesk.web.aftersales;

import com.qualitydesk.aftersales.ServiceRecord;
import com.qualitydesk.aftersales.ServiceRecordKind;
import com.qualitydesk.aftersales.ServiceRecords;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.security.Department;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * aftersales/service-records.xhtml: the telephone (AS-03) and on-site (AS-04) service records, a new
 * telephone record, the confirmation letter and its sent copy, and QUALITY passing the information
 * on (AS-01).
 */
@Named
@ViewScoped
public class ServiceRecordsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceRecords records;

    @Inject
    UserMessages messages;

    @Inject
    UserSession session;

    @Inject
    Clock clock;

    private EntityLazyModel<ServiceRecord> model;

    // a new telephone record
    private ServiceRecord editing;
    private Long contactId;
    private Long deliveryId;
    private LocalDateTime callAt;
    private String token;
    private List<Contact> contacts = List.of();
    private List<Delivery> deliveries = List.of();

    // the record shown
    private ServiceRecord shown;
    private Department passTo;
    private String passComment;

    @Inject
    jakarta.faces.context.ExternalContext external;

    /** Opened from an inbox step (SERVICE_RECORD, "?record=id"): the record's dialog is open at once. */
    private boolean openedFromInbox;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(request -> records.page(request));
        String id = external.getRequestParameterMap().get("record");
        if (id != null && id.matches("\\d{1,18}")) {
            shown = records.find(Long.parseLong(id)).orElse(null);
            openedFromInbox = shown != null;
        }
    }

    public boolean isOpenedFromInbox() {
        return openedFromInbox;
    }

    public void startTelephone() {
        editing = new ServiceRecord(ServiceRecordKind.TELEPHONE);
        editing.setServedBy(session.getFullName());
        callAt = LocalDateTime.now(clock).withSecond(0).withNano(0);
        contactId = null;
        deliveryId = null;
        contacts = List.of();
        deliveries = List.of();
        // one token per opened form: a second submit of this form finds the first record
        token = UUID.randomUUID().toString();
    }

    public void customerChosen() {
        Customer c = editing == null ? null : editing.getCustomer();
        contacts = c == null ? List.of() : records.contactsOf(c.getId());
        deliveries = c == null ? List.of() : records.deliveriesOf(c.getId());
        contactId = null;
        deliveryId = null;
    }

    public void saveTelephone() {
        editing.setContact(contacts.stream()
                .filter(c -> c.getId().equals(contactId))
                .findFirst()
                .orElse(null));
        editing.setDelivery(deliveries.stream()
                .filter(d -> d.getId().equals(deliveryId))
                .findFirst()
                .orElse(null));
        editing.setOccurredAt(
                callAt == null ? null : callAt.atZone(clock.getZone()).toInstant());
        if (messages.attempt(() -> shown = records.writeTelephone(editing, token), "serviceRecord.saved")) {
            PrimeFaces.current().executeScript("PF('telephoneDialog').hide()");
        }
    }

    public void show(ServiceRecord row) {
        shown = records.find(row.getId()).orElse(row);
        passTo = null;
        passComment = null;
    }

    /** AS-03: the confirmation letter in the contact's language. */
    public StreamedContent getConfirmationLetter() {
        if (shown == null) {
            return null;
        }
        long id = shown.getId();
        String name = shown.getReference() + "-confirmation.pdf";
        return DefaultStreamedContent.builder().name(name).contentType("application/pdf").stream(
                        () -> new ByteArrayInputStream(records.confirmationLetter(id)))
                .build();
    }

    /** AS-03: the copy as faxed or sent, scanned back (PDF or picture; refused with the reason). */
    public void uploadSentCopy(FileUploadEvent event) {
        var file = event.getFile();
        messages.attempt(
                () -> shown = records.attachSentConfirmation(
                        shown.getId(),
                        shown.getVersion(),
                        file.getFileName(),
                        file.getContentType(),
                        file.getContent()),
                "serviceRecord.confirmation.attached");
    }

    /** AS-01: QUALITY passes the quality information on to the responsible department. */
    public void passOn() {
        if (passTo == null) {
            messages.error("serviceRecord.passOn.department.required");
            return;
        }
        if (messages.attempt(() -> records.passOn(shown.getId(), passTo, passComment), "serviceRecord.passedOn")) {
            PrimeFaces.current().executeScript("PF('recordDialog').hide()");
        }
    }

    public boolean isMayWrite() {
        var held = session.departments();
        return held.contains(Department.SERVICE) || held.contains(Department.SALES) || held.contains(Department.ADMIN);
    }

    public boolean isMayPassOn() {
        var held = session.departments();
        return held.contains(Department.QUALITY) || held.contains(Department.ADMIN);
    }

    public List<Department> getDepartments() {
        return List.copyOf(EnumSet.complementOf(EnumSet.of(Department.ADMIN, Department.QUALITY)));
    }

    public ServiceRecordKind[] getKinds() {
        return ServiceRecordKind.values();
    }

    public EntityLazyModel<ServiceRecord> getModel() {
        return model;
    }

    public ServiceRecord getEditing() {
        return editing;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public Long getDeliveryId() {
        return deliveryId;
    }

    public void setDeliveryId(Long deliveryId) {
        this.deliveryId = deliveryId;
    }

    public LocalDateTime getCallAt() {
        return callAt;
    }

    public void setCallAt(LocalDateTime callAt) {
        this.callAt = callAt;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public List<Contact> getContacts() {
        return contacts;
    }

    public List<Delivery> getDeliveries() {
        return deliveries;
    }

    public ServiceRecord getShown() {
        return shown;
    }

    public Department getPassTo() {
        return passTo;
    }

    public void setPassTo(Department passTo) {
        this.passTo = passTo;
    }

    public String getPassComment() {
        return passComment;
    }

    public void setPassComment(String passComment) {
        this.passComment = passComment;
    }

    public LocalDateTime getNow() {
        return LocalDateTime.now(clock);
    }
}
