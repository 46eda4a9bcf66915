package com.qualitydesk.customer;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/** A customer account (CC-01). Known by its code; named in Chinese, English or both. */
@Entity
@Table(name = "customer")
public class Customer extends EditableEntity {

    @NotBlank(message = "{customer.code.required}")
    @Pattern(regexp = "[A-Za-z0-9._-]{1,32}", message = "{customer.code.pattern}")
    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "name_zh", length = 200)
    private String nameZh;

    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Size(max = 100, message = "{field.tooLong}")
    @Column(length = 100)
    private String industry;

    @Size(max = 500, message = "{field.tooLong}")
    @Column(length = 500)
    private String address;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CustomerStatus status = CustomerStatus.ACTIVE;

    /** The username of the salesperson who looks after the customer and visits it (CS-04); optional. */
    @Size(max = 64, message = "{field.tooLong}")
    @Column(length = 64)
    private String salesperson;

    public Customer() {}

    public Customer(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** At least one name: the seeds' customers are known by a Chinese or an English name. */
    public boolean hasName() {
        return !isBlank(nameZh) || !isBlank(nameEn);
    }

    /** The name to show to a reader of the given language, falling back to the other. */
    public String displayName(String language) {
        boolean chinese = language != null && language.startsWith("zh");
        String first = chinese ? nameZh : nameEn;
        String second = chinese ? nameEn : nameZh;
        return isBlank(first) ? second : first;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim();
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public void setStatus(CustomerStatus status) {
        this.status = status;
    }

    public String getSalesperson() {
        return salesperson;
    }

    public void setSalesperson(String salesperson) {
        this.salesperson = salesperson == null || salesperson.isBlank() ? null : salesperson.strip();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("code", code);
        m.put("nameZh", nameZh);
        m.put("nameEn", nameEn);
        m.put("industry", industry);
        m.put("address", address);
        m.put("status", status);
        m.put("salesperson", salesperson);
        return m;
    }
}
