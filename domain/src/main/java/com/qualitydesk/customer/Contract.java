package com.qualitydesk.customer;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A contract with a customer; its period decides whether the customer is surveyed (CS-02). */
@Entity
@Table(name = "contract")
public class Contract extends EditableEntity {

    @NotBlank(message = "{contract.number.required}")
    @Size(max = 64, message = "{field.tooLong}")
    @Column(nullable = false, unique = true, length = 64)
    private String number;

    @NotNull(message = "{contract.customer.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @NotNull(message = "{contract.start.required}")
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    /**
     * AS-08: how many months after its delivery a lot shipped under this contract is served under
     * the contract (warranty or service period); none: the contract gives no service.
     */
    @PositiveOrZero(message = "{contract.warrantyMonths.invalid}")
    @Column(name = "warranty_months")
    private Integer warrantyMonths;

    /** AS-08: the service terms of the contract as written in it (what is included). */
    @Size(max = 500, message = "{field.tooLong}")
    @Column(name = "service_terms", length = 500)
    private String serviceTerms;

    public Contract() {}

    public Contract(String number, Customer customer, LocalDate startDate, LocalDate endDate) {
        this.number = number;
        this.customer = customer;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    @AssertTrue(message = "{contract.period.invalid}")
    public boolean isPeriodValid() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    /** Whether the contract runs on at least one day of [from, to]. An open end runs forever. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startDate.isAfter(to) && (endDate == null || !endDate.isBefore(from));
    }

    /**
     * AS-08: whether this contract covers service on a lot shipped on {@code shipDate}, asked for
     * on {@code requestedOn}: the lot was shipped while the contract ran, and the request comes
     * within the warranty months after the shipment.
     */
    public boolean coversService(LocalDate shipDate, LocalDate requestedOn) {
        if (warrantyMonths == null || warrantyMonths <= 0 || shipDate == null || requestedOn == null) {
            return false;
        }
        boolean shippedUnderContract = !shipDate.isBefore(startDate) && (endDate == null || !shipDate.isAfter(endDate));
        return shippedUnderContract && !requestedOn.isAfter(shipDate.plusMonths(warrantyMonths));
    }

    public Integer getWarrantyMonths() {
        return warrantyMonths;
    }

    public void setWarrantyMonths(Integer warrantyMonths) {
        this.warrantyMonths = warrantyMonths;
    }

    public String getServiceTerms() {
        return serviceTerms;
    }

    public void setServiceTerms(String serviceTerms) {
        this.serviceTerms = serviceTerms == null || serviceTerms.isBlank() ? null : serviceTerms.trim();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null ? null : number.trim();
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("number", number);
        m.put("customer", customer == null ? null : customer.getCode());
        m.put("startDate", startDate);
        m.put("endDate", endDate);
        m.put("warrantyMonths", warrantyMonths);
        m.put("serviceTerms", serviceTerms);
        return m;
    }
}
