package com.qualitydesk.web.aftersales;

import com.qualitydesk.aftersales.ServicePerson;
import com.qualitydesk.aftersales.ServicePoint;
import com.qualitydesk.aftersales.ServicePoints;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/** aftersales/service-points.xhtml: the service agencies of AS-02, their area and staff. */
@Named
@ViewScoped
public class ServicePointsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServicePoints points;

    @Inject
    UserMessages messages;

    private EntityLazyModel<ServicePoint> model;
    private ServicePoint editing;
    private transient Map<Long, String> staff;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(request -> {
            staff = null;
            return points.page(request);
        });
    }

    public void startNew() {
        editing = new ServicePoint();
    }

    public void startEdit(ServicePoint row) {
        editing = points.find(row.getId()).orElse(row);
    }

    public void save() {
        if (messages.attempt(() -> editing = points.save(editing), "servicePoint.saved")) {
            PrimeFaces.current().executeScript("PF('pointDialog').hide()");
        }
    }

    /** The names of the people who work at the point (AS-02), read once per table page. */
    public String staff(ServicePoint point) {
        if (staff == null) {
            staff = new HashMap<>();
        }
        return staff.computeIfAbsent(point.getId(), id -> points.staffOf(id).stream()
                .filter(ServicePerson::isActive)
                .map(ServicePerson::getName)
                .collect(Collectors.joining(", ")));
    }

    public List<ServicePerson> staffOfEditing() {
        return editing == null || editing.getId() == null ? List.of() : points.staffOf(editing.getId());
    }

    public EntityLazyModel<ServicePoint> getModel() {
        return model;
    }

    public ServicePoint getEditing() {
        return editing;
    }
}
