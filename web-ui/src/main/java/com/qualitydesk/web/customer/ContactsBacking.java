package com.qualitydesk.web.customer;

import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Contacts;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Customers;
import com.qualitydesk.customer.SurveyChannel;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * customer/contacts.xhtml: the contacts of all customers, or of the one named by the request
 * parameter "customer" (its id), and their edit dialog (CC-01).
 */
@Named
@ViewScoped
public class ContactsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The languages a contact can be written to in: replies and questionnaires (CS-04). */
    public static final List<String> LANGUAGES = List.of("zh_CN", "en");

    @Inject
    Contacts contacts;

    @Inject
    Customers customers;

    @Inject
    UserMessages messages;

    @Inject
    ExternalContext external;

    private EntityLazyModel<Contact> model;
    private Contact editing;
    private Customer onlyCustomer;

    @PostConstruct
    void init() {
        Long customerId = PickerIds.parse(external.getRequestParameterMap().get("customer"));
        onlyCustomer = customerId == null ? null : customers.find(customerId).orElse(null);
        model = new EntityLazyModel<>(request ->
                onlyCustomer == null ? contacts.page(request) : contacts.pageOf(onlyCustomer.getId(), request));
    }

    public void startNew() {
        editing = new Contact();
        editing.setCustomer(onlyCustomer);
    }

    public void startEdit(Contact row) {
        // a fresh copy: the dialog edits the stored state, with the version it was read at
        editing = contacts.find(row.getId()).orElse(row);
    }

    public void save() {
        if (messages.attempt(() -> editing = contacts.save(editing), "contact.saved")) {
            PrimeFaces.current().executeScript("PF('contactDialog').hide()");
        }
    }

    public SurveyChannel[] getSurveyChannels() {
        return SurveyChannel.values();
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    public EntityLazyModel<Contact> getModel() {
        return model;
    }

    public Contact getEditing() {
        return editing;
    }

    public Customer getOnlyCustomer() {
        return onlyCustomer;
    }
}
