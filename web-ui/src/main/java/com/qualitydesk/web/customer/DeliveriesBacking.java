package com.qualitydesk.web.customer;

import com.qualitydesk.customer.Deliveries;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.primefaces.PrimeFaces;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * customer/deliveries.xhtml: the lots shipped to the customers and their edit dialog. Lots give a
 * recall its scope (CF-09); late ones count in the delivery figures (CS-09).
 */
@Named
@ViewScoped
public class DeliveriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Deliveries deliveries;

    @Inject
    UserMessages messages;

    @Inject
    Clock clock;

    private EntityLazyModel<Delivery> model;
    private Delivery editing;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(request -> deliveries.page(request));
    }

    public void startNew() {
        editing = new Delivery();
        editing.setShipDate(LocalDate.now(clock));
    }

    public void startEdit(Delivery row) {
        // a fresh copy: the dialog edits the stored state, with the version it was read at
        editing = deliveries.find(row.getId()).orElse(row);
    }

    public void save() {
        if (messages.attempt(() -> editing = deliveries.save(editing), "delivery.saved")) {
            PrimeFaces.current().executeScript("PF('deliveryDialog').hide()");
        }
    }

    /** The newest shipments first. */
    public SortMeta getDefaultSort() {
        return SortMeta.builder().field("shipDate").order(SortOrder.DESCENDING).build();
    }

    public EntityLazyModel<Delivery> getModel() {
        return model;
    }

    public Delivery getEditing() {
        return editing;
    }
}
