package com.qualitydesk.customer;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/** A product we deliver. Safety-relevant products call for a recall evaluation (CF-09). */
@Entity
@Table(name = "product")
public class Product extends EditableEntity {

    @NotBlank(message = "{product.code.required}")
    @Pattern(regexp = "[A-Za-z0-9._/-]{1,32}", message = "{product.code.pattern}")
    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @NotBlank(message = "{product.name.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(nullable = false, length = 200)
    private String name;

    @Size(max = 100, message = "{field.tooLong}")
    @Column(length = 100)
    private String family;

    @Column(name = "safety_relevant", nullable = false)
    private boolean safetyRelevant;

    public Product() {}

    public Product(String code, String name, String family, boolean safetyRelevant) {
        this.code = code;
        this.name = name;
        this.family = family;
        this.safetyRelevant = safetyRelevant;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFamily() {
        return family;
    }

    public void setFamily(String family) {
        this.family = family;
    }

    public boolean isSafetyRelevant() {
        return safetyRelevant;
    }

    public void setSafetyRelevant(boolean safetyRelevant) {
        this.safetyRelevant = safetyRelevant;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("code", code);
        m.put("name", name);
        m.put("family", family);
        m.put("safetyRelevant", safetyRelevant);
        return m;
    }
}
