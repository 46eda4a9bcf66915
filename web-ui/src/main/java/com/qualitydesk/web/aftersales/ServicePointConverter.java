package com.qualitydesk.web.aftersales;

import com.qualitydesk.aftersales.ServicePoint;
import com.qualitydesk.aftersales.ServicePoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** A chosen service point travels as its id and comes back as the stored point. */
@ApplicationScoped
@FacesConverter(value = "servicePointConverter", managed = true)
public class ServicePointConverter implements Converter<ServicePoint> {

    @Inject
    ServicePoints points;

    @Override
    public ServicePoint getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        return points.find(Long.parseLong(value)).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ServicePoint value) {
        return value == null || value.getId() == null ? "" : value.getId().toString();
    }
}
