package com.qualitydesk.web.customer;

import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Customers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** A picked customer travels as its id and comes back as the stored customer. */
@ApplicationScoped
@FacesConverter(value = "customerConverter", managed = true)
public class CustomerConverter implements Converter<Customer> {

    @Inject
    Customers customers;

    @Override
    public Customer getAsObject(FacesContext context, UIComponent component, String value) {
        Long id = PickerIds.parse(value);
        return id == null ? null : customers.find(id).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Customer value) {
        return value == null || value.getId() == null ? "" : value.getId().toString();
    }
}
