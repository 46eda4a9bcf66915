package com.qualitydesk.customer;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A lot of a product shipped to a customer. A recall's scope (CF-09) and a survey's eligibility
 * (CS-02) are computed from these. One customer, product and lot make one delivery.
 */
@Entity
@Table(
        name = "delivery",
        uniqueConstraints = @UniqueConstraint(columnNames = {"customer_id", "product_id", "lot_number"}))
public class Delivery extends EditableEntity {

    @NotNull(message = "{delivery.customer.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @NotNull(message = "{delivery.product.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @NotBlank(message = "{delivery.lot.required}")
    @Size(max = 64, message = "{field.tooLong}")
    @Column(name = "lot_number", nullable = false, length = 64)
    private String lotNumber;

    @NotNull(message = "{delivery.quantity.required}")
    @Positive(message = "{delivery.quantity.positive}")
    @Column(nullable = false)
    private Integer quantity;

    @NotNull(message = "{delivery.shipDate.required}")
    @Column(name = "ship_date", nullable = false)
    private LocalDate shipDate;

    @Column(name = "promised_date")
    private LocalDate promisedDate;

    public Delivery() {}

    public Delivery(Customer customer, Product product, String lotNumber, int quantity, LocalDate shipDate) {
        this.customer = customer;
        this.product = product;
        this.lotNumber = lotNumber;
        this.quantity = quantity;
        this.shipDate = shipDate;
    }

    /** Shipped after the promised date: the delivery figure of CS-09 counts these. */
    public boolean isLate() {
        return promisedDate != null && shipDate != null && shipDate.isAfter(promisedDate);
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = product;
    }

    public String getLotNumber() {
        return lotNumber;
    }

    public void setLotNumber(String lotNumber) {
        this.lotNumber = lotNumber == null ? null : lotNumber.trim();
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public LocalDate getShipDate() {
        return shipDate;
    }

    public void setShipDate(LocalDate shipDate) {
        this.shipDate = shipDate;
    }

    public LocalDate getPromisedDate() {
        return promisedDate;
    }

    public void setPromisedDate(LocalDate promisedDate) {
        this.promisedDate = promisedDate;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("customer", customer == null ? null : customer.getCode());
        m.put("product", product == null ? null : product.getCode());
        m.put("lotNumber", lotNumber);
        m.put("quantity", quantity);
        m.put("shipDate", shipDate);
        m.put("promisedDate", promisedDate);
        return m;
    }
}
