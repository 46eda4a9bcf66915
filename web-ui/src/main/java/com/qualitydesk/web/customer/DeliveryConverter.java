package com.qualitydesk.web.customer;

import com.qualitydesk.customer.Deliveries;
import com.qualitydesk.customer.Delivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** A picked delivered lot travels as its id and comes back as the stored delivery. */
@ApplicationScoped
@FacesConverter(value = "deliveryConverter", managed = true)
public class DeliveryConverter implements Converter<Delivery> {

    @Inject
    Deliveries deliveries;

    @Override
    public Delivery getAsObject(FacesContext context, UIComponent component, String value) {
        Long id = PickerIds.parse(value);
        return id == null ? null : deliveries.find(id).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Delivery value) {
        return value == null || value.getId() == null ? "" : value.getId().toString();
    }
}
