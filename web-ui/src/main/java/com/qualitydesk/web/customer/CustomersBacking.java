package com.qualitydesk.web.customer;

import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.CustomerStatus;
import com.qualitydesk.customer.Customers;
import com.qualitydesk.security.Account;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/** customer/customers.xhtml: the customer list and its edit dialog. */
@Named
@ViewScoped
public class CustomersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Customers customers;

    @Inject
    UserMessages messages;

    private EntityLazyModel<Customer> model;
    private Customer editing;
    private List<Account> salespeople;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(request -> customers.page(request));
    }

    public void startNew() {
        editing = new Customer();
    }

    public void startEdit(Customer row) {
        // a fresh copy: the dialog edits the stored state, with the version it was read at
        editing = customers.find(row.getId()).orElse(row);
    }

    public void save() {
        if (messages.attempt(() -> editing = customers.save(editing), "customer.saved")) {
            PrimeFaces.current().executeScript("PF('customerDialog').hide()");
        }
    }

    /** The SALES people a customer can be given to (CS-04), read once per view. */
    public List<Account> getSalespeople() {
        if (salespeople == null) {
            salespeople = customers.salespeople();
        }
        return salespeople;
    }

    public CustomerStatus[] getStatuses() {
        return CustomerStatus.values();
    }

    public EntityLazyModel<Customer> getModel() {
        return model;
    }

    public Customer getEditing() {
        return editing;
    }
}
