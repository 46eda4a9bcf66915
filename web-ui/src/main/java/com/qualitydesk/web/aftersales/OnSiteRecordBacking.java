package com.qualitydesk.web.aftersales;

import com.qualitydesk.aftersales.ServiceRecord;
import com.qualitydesk.aftersales.ServiceRecordKind;
import com.qualitydesk.aftersales.ServiceRecords;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * aftersales/on-site.xhtml: the on-site service record (AS-04) as the technician fills it on a
 * phone, with the customer representative's signature drawn on the screen.
 */
@Named
@ViewScoped
public class OnSiteRecordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String PNG_DATA_URL = "data:image/png;base64,";

    @Inject
    ServiceRecords records;

    @Inject
    UserMessages messages;

    @Inject
    UserSession session;

    @Inject
    Clock clock;

    private ServiceRecord record;
    private Long deliveryId;
    private LocalDateTime arrival;
    private LocalDateTime departure;
    private String signatureJson;
    private String signaturePng;
    private String token;
    private List<Delivery> deliveries = List.of();
    private ServiceRecord submitted;

    @PostConstruct
    void init() {
        record = new ServiceRecord(ServiceRecordKind.ON_SITE);
        record.setServedBy(session.getFullName());
        record.setCustomerMustConfirm(true);
        // the token travels in the form: a second click, or a copy of the tab, submits the same one
        token = UUID.randomUUID().toString();
    }

    public void customerChosen() {
        Customer c = record.getCustomer();
        deliveries = c == null ? List.of() : records.deliveriesOf(c.getId());
        deliveryId = null;
    }

    public void submit() {
        record.setDelivery(deliveries.stream()
                .filter(d -> d.getId().equals(deliveryId))
                .findFirst()
                .orElse(null));
        record.setArrivalAt(
                arrival == null ? null : arrival.atZone(clock.getZone()).toInstant());
        record.setDepartureAt(
                departure == null ? null : departure.atZone(clock.getZone()).toInstant());
        if (!timesAccepted()) {
            return;
        }
        byte[] png = signature();
        messages.attempt(
                () -> submitted = records.submitOnSite(record, png, token), "serviceRecord.onSite.submittedOk");
    }

    /**
     * The times' rule of AS-04 (the service applies it again), asked first so that its message
     * stands next to the field it is about.
     */
    private boolean timesAccepted() {
        try {
            record.checkTimes(clock.instant());
            return true;
        } catch (RuleViolation refused) {
            var faces = FacesContext.getCurrentInstance();
            String field = refused.getMessageKey().equals("serviceRecord.departureBeforeArrival")
                    ? "departure"
                    : refused.getMessageKey().startsWith("serviceRecord.arrival") ? "arrival" : "departure";
            faces.addMessage(
                    "onSiteForm:" + field,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text(refused.getMessageKey()), null));
            faces.validationFailed();
            return false;
        }
    }

    /** The drawing as PNG bytes; an untouched pad sends no strokes and counts as no signature. */
    private byte[] signature() {
        boolean drawn = signatureJson != null && signatureJson.contains("[[");
        if (!drawn || signaturePng == null || !signaturePng.startsWith(PNG_DATA_URL)) {
            return null;
        }
        return Base64.getDecoder().decode(signaturePng.substring(PNG_DATA_URL.length()));
    }

    public ServiceRecord getRecord() {
        return record;
    }

    public Long getDeliveryId() {
        return deliveryId;
    }

    public void setDeliveryId(Long deliveryId) {
        this.deliveryId = deliveryId;
    }

    public LocalDateTime getArrival() {
        return arrival;
    }

    public void setArrival(LocalDateTime arrival) {
        this.arrival = arrival;
    }

    public LocalDateTime getDeparture() {
        return departure;
    }

    public void setDeparture(LocalDateTime departure) {
        this.departure = departure;
    }

    public String getSignatureJson() {
        return signatureJson;
    }

    public void setSignatureJson(String signatureJson) {
        this.signatureJson = signatureJson;
    }

    public String getSignaturePng() {
        return signaturePng;
    }

    public void setSignaturePng(String signaturePng) {
        this.signaturePng = signaturePng;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public List<Delivery> getDeliveries() {
        return deliveries;
    }

    public ServiceRecord getSubmitted() {
        return submitted;
    }

    public LocalDateTime getNow() {
        return LocalDateTime.now(clock.withZone(clock.getZone()));
    }
}
