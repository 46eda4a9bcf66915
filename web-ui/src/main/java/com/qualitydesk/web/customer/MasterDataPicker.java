package com.qualitydesk.web.customer;

import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Customers;
import com.qualitydesk.customer.Product;
import com.qualitydesk.customer.Products;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The suggestions of the customer and product pickers (p:autoComplete) of every screen. */
@Named
@RequestScoped
public class MasterDataPicker {

    static final int SUGGESTIONS = 15;

    @Inject
    Customers customers;

    @Inject
    Products products;

    public List<Customer> completeCustomer(String text) {
        return customers.suggest(text, SUGGESTIONS);
    }

    public List<Product> completeProduct(String text) {
        return products.suggest(text, SUGGESTIONS);
    }
}
