package com.qualitydesk.web.feedback;

import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Contacts;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Product;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackRegistration;
import com.qualitydesk.feedback.FeedbackStep;
import com.qualitydesk.feedback.FeedbackType;
import com.qualitydesk.feedback.RegistrationForm;
import com.qualitydesk.feedback.Severity;
import com.qualitydesk.shared.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The case's overview tab: the registration of a received item by SALES (CF-03/05/06/09); the
 * tab's other forms are {@link ClockPanel} and the transfer of {@link ContainmentTab}.
 */
@Named
@ViewScoped
public class RegistrationTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage page;

    @Inject
    FeedbackRegistration registration;

    @Inject
    Contacts contacts;

    private Customer customer;
    private Long contactId;
    private Product product;
    private String lot;
    private Integer quantity;
    private FeedbackType type;
    private Severity severity;
    private String description;
    private boolean safety;
    private boolean production;
    private boolean urgent;
    private Integer containmentDays;

    @PostConstruct
    void fill() {
        Feedback f = page.getFeedback();
        if (f == null) {
            return;
        }
        customer = f.getCustomer();
        contactId = f.getContact() == null ? null : f.getContact().getId();
        product = f.getProduct();
        lot = f.getLotNumber();
        quantity = f.getQuantityAffected();
        type = f.getType();
        severity = f.getSeverity();
        description = f.getDescription();
        safety = f.isSafetyRelated();
    }

    void reloaded(@Observes(notifyObserver = Reception.IF_EXISTS) CaseReloaded event) {
        fill();
    }

    /** After registration the page is loaded again: its title carries the new number. */
    public void register() {
        var form = new RegistrationForm(
                customer == null ? null : customer.getId(),
                contactId,
                product == null ? null : product.getId(),
                lot,
                quantity,
                type,
                severity,
                description,
                safety,
                production,
                urgent,
                containmentDays);
        if (page.act(() -> registration.register(page.getId(), form), "feedback.registered")) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            try {
                external.redirect(external.getRequestContextPath() + "/feedback/case.xhtml?id=" + page.getId());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The contacts of the customer chosen in the registration form. */
    public List<Contact> getContacts() {
        if (customer == null) {
            return List.of();
        }
        return contacts.pageOf(customer.getId(), new PageRequest(0, 200, "name", true, Map.of()))
                .rows();
    }

    public void customerChanged() {
        contactId = null;
    }

    public boolean isCanRegister() {
        return page.may(FeedbackStep.REGISTER);
    }

    // the form

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = product;
    }

    public String getLot() {
        return lot;
    }

    public void setLot(String lot) {
        this.lot = lot;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isSafety() {
        return safety;
    }

    public void setSafety(boolean safety) {
        this.safety = safety;
    }

    public boolean isProduction() {
        return production;
    }

    public void setProduction(boolean production) {
        this.production = production;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public Integer getContainmentDays() {
        return containmentDays;
    }

    public void setContainmentDays(Integer containmentDays) {
        this.containmentDays = containmentDays;
    }
}
