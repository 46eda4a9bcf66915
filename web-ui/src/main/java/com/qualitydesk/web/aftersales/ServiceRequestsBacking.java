package com.qualitydesk.web.aftersales;

import com.qualitydesk.aftersales.Payer;
import com.qualitydesk.aftersales.ServicePerson;
import com.qualitydesk.aftersales.ServiceRequest;
import com.qualitydesk.aftersales.ServiceRequestKind;
import com.qualitydesk.aftersales.ServiceRequests;
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
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * aftersales/service-requests.xhtml: AS-08 requests, their registration, the terms SALES agreed
 * for a request the contract does not cover, and the assignment to a service person.
 */
@Named
@ViewScoped
public class ServiceRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceRequests requests;

    @Inject
    UserMessages messages;

    @Inject
    Clock clock;

    @Inject
    UserSession session;

    private EntityLazyModel<ServiceRequest> model;

    // registration
    private Customer customer;
    private Long deliveryId;
    private ServiceRequestKind kind;
    private LocalDate requestedOn;
    private String description;
    private List<Delivery> deliveries = List.of();

    // terms and assignment of the selected request
    private ServiceRequest selected;
    private BigDecimal price;
    private Payer payer;
    private String terms;
    private Long personId;
    private LocalDate plannedDate;

    @Inject
    jakarta.faces.context.ExternalContext external;

    /** The request an inbox step leads to ("?request=id"), shown above the list. */
    private ServiceRequest shown;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(request -> requests.page(request));
        String id = external.getRequestParameterMap().get("request");
        if (id != null && id.matches("\\d{1,18}")) {
            shown = requests.find(Long.parseLong(id)).orElse(null);
        }
    }

    public ServiceRequest getShown() {
        return shown;
    }

    public void startNew() {
        customer = null;
        deliveryId = null;
        kind = ServiceRequestKind.INSTALLATION;
        requestedOn = LocalDate.now(clock);
        description = null;
        deliveries = List.of();
    }

    /** The lots of the chosen customer: a request names one of them (AS-08). */
    public void customerChosen() {
        deliveryId = null;
        deliveries = customer == null ? List.of() : requests.deliveriesOf(customer.getId());
    }

    public void register() {
        var request = new ServiceRequest();
        request.setCustomer(customer);
        request.setKind(kind);
        request.setRequestedOn(requestedOn);
        request.setDescription(description);
        request.setDelivery(deliveries.stream()
                .filter(d -> d.getId().equals(deliveryId))
                .findFirst()
                .orElse(null));
        if (messages.attempt(
                () -> {
                    var saved = requests.register(request);
                    messages.info(
                            saved.isCovered()
                                    ? "serviceRequest.registered.covered"
                                    : "serviceRequest.registered.notCovered",
                            saved.getReference(),
                            saved.getContractNumber());
                },
                null)) {
            PrimeFaces.current().executeScript("PF('requestDialog').hide()");
        }
    }

    public void startTerms(ServiceRequest row) {
        selected = requests.find(row.getId()).orElse(row);
        price = selected.getAgreedPrice();
        payer = selected.getPayer() == null ? Payer.CUSTOMER : selected.getPayer();
        terms = selected.getAgreedTerms();
    }

    public void recordTerms() {
        if (messages.attempt(
                () -> selected = requests.recordTerms(selected.getId(), selected.getVersion(), price, payer, terms),
                "serviceRequest.terms.saved")) {
            PrimeFaces.current().executeScript("PF('termsDialog').hide()");
        }
    }

    public void startAssign(ServiceRequest row) {
        selected = requests.find(row.getId()).orElse(row);
        personId = selected.getPerson() == null ? null : selected.getPerson().getId();
        plannedDate = selected.getPlannedDate() == null ? LocalDate.now(clock).plusDays(1) : selected.getPlannedDate();
    }

    public void assign() {
        if (personId == null) {
            messages.error("serviceRequest.person.required");
            return;
        }
        if (messages.attempt(
                () -> selected = requests.assign(selected.getId(), selected.getVersion(), personId, plannedDate),
                "serviceRequest.assigned")) {
            PrimeFaces.current().executeScript("PF('assignDialog').hide()");
        }
    }

    public List<ServicePerson> getPeople() {
        return requests.activePeople();
    }

    public ServiceRequestKind[] getKinds() {
        return ServiceRequestKind.values();
    }

    public Payer[] getPayers() {
        return Payer.values();
    }

    public EntityLazyModel<ServiceRequest> getModel() {
        return model;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public Long getDeliveryId() {
        return deliveryId;
    }

    public void setDeliveryId(Long deliveryId) {
        this.deliveryId = deliveryId;
    }

    public ServiceRequestKind getKind() {
        return kind;
    }

    public void setKind(ServiceRequestKind kind) {
        this.kind = kind;
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

    public List<Delivery> getDeliveries() {
        return deliveries;
    }

    public ServiceRequest getSelected() {
        return selected;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public Payer getPayer() {
        return payer;
    }

    public void setPayer(Payer payer) {
        this.payer = payer;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    /** AS-08: SALES or SERVICE registers and assigns (the service decides; this only hides buttons). */
    public boolean isMayRegister() {
        var held = session.departments();
        return held.contains(Department.SALES) || held.contains(Department.SERVICE) || held.contains(Department.ADMIN);
    }

    /** AS-08: only SALES agrees terms with the customer. */
    public boolean isMayAgreeTerms() {
        var held = session.departments();
        return held.contains(Department.SALES) || held.contains(Department.ADMIN);
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }
}
