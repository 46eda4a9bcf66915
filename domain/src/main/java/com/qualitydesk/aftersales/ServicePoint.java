package com.qualitydesk.aftersales;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/** A service agency of AS-02: where service people work and which area it covers. */
@Entity
@Table(name = "service_point")
public class ServicePoint extends EditableEntity {

    @NotBlank(message = "{servicePoint.name.required}")
    @Size(max = 120, message = "{field.tooLong}")
    @Column(nullable = false, unique = true, length = 120)
    private String name;

    @Size(max = 200, message = "{field.tooLong}")
    @Column(length = 200)
    private String area;

    @Size(max = 300, message = "{field.tooLong}")
    @Column(length = 300)
    private String address;

    @Size(max = 40, message = "{field.tooLong}")
    @Column(length = 40)
    private String phone;

    @Column(nullable = false)
    private boolean active = true;

    public ServicePoint() {}

    public ServicePoint(String name, String area) {
        this.name = name;
        this.area = area;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("name", name);
        m.put("area", area);
        m.put("address", address);
        m.put("phone", phone);
        m.put("active", active);
        return m;
    }
}
