package com.qualitydesk.web.customer;

import com.qualitydesk.customer.Product;
import com.qualitydesk.customer.Products;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/** customer/products.xhtml: the products we deliver and their edit dialog (CF-09 safety flag). */
@Named
@ViewScoped
public class ProductsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Products products;

    @Inject
    UserMessages messages;

    private EntityLazyModel<Product> model;
    private Product editing;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(request -> products.page(request));
    }

    public void startNew() {
        editing = new Product();
    }

    public void startEdit(Product row) {
        // a fresh copy: the dialog edits the stored state, with the version it was read at
        editing = products.find(row.getId()).orElse(row);
    }

    public void save() {
        if (messages.attempt(() -> editing = products.save(editing), "product.saved")) {
            PrimeFaces.current().executeScript("PF('productDialog').hide()");
        }
    }

    public EntityLazyModel<Product> getModel() {
        return model;
    }

    public Product getEditing() {
        return editing;
    }
}
