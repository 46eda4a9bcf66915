package com.qualitydesk.web.customer;

import com.qualitydesk.customer.Product;
import com.qualitydesk.customer.Products;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** A picked product travels as its id and comes back as the stored product. */
@ApplicationScoped
@FacesConverter(value = "productConverter", managed = true)
public class ProductConverter implements Converter<Product> {

    @Inject
    Products products;

    @Override
    public Product getAsObject(FacesContext context, UIComponent component, String value) {
        Long id = PickerIds.parse(value);
        return id == null ? null : products.find(id).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Product value) {
        return value == null || value.getId() == null ? "" : value.getId().toString();
    }
}
