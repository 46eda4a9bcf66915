package com.qualitydesk.aftersales;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person who serves customers (AS-01, AS-02): a user of department SERVICE, named by their
 * account, or an external technician without a login. Trainings (AS-01), requests (AS-08) and
 * service records (AS-03, AS-04) refer to the person, not the account, so both kinds count alike.
 */
@Entity
@Table(name = "service_person")
public class ServicePerson extends EditableEntity {

    @NotBlank(message = "{servicePerson.name.required}")
    @Size(max = 120, message = "{field.tooLong}")
    @Column(nullable = false, length = 120)
    private String name;

    /** The login of a SERVICE user; none for an external technician. */
    @Size(max = 64, message = "{field.tooLong}")
    @Column(length = 64, unique = true)
    private String username;

    @Size(max = 40, message = "{field.tooLong}")
    @Column(length = 40)
    private String phone;

    @ManyToOne
    @JoinColumn(name = "service_point_id")
    private ServicePoint servicePoint;

    @Column(nullable = false)
    private boolean active = true;

    /**
     * The day of the person's latest training (AS-01), kept by the trainings so that lists and
     * the home page find the overdue people with one query; not edited on the person.
     */
    @Column(name = "last_trained_on")
    private LocalDate lastTrainedOn;

    public ServicePerson() {}

    public ServicePerson(String name, String username, ServicePoint servicePoint) {
        this.name = name;
        this.username = username;
        this.servicePoint = servicePoint;
    }

    /** An external technician: kept as a person, but nobody logs in as them. */
    public boolean isExternal() {
        return username == null || username.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null || username.isBlank() ? null : username.trim();
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public ServicePoint getServicePoint() {
        return servicePoint;
    }

    public void setServicePoint(ServicePoint servicePoint) {
        this.servicePoint = servicePoint;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public LocalDate getLastTrainedOn() {
        return lastTrainedOn;
    }

    public void setLastTrainedOn(LocalDate lastTrainedOn) {
        this.lastTrainedOn = lastTrainedOn;
    }

    /** AS-01: whether the person's last training is older than the valid months allow. */
    public boolean trainingOverdue(LocalDate today, int validMonths) {
        return TrainingValidity.overdue(lastTrainedOn, today, validMonths);
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("name", name);
        m.put("username", username);
        m.put("phone", phone);
        m.put("servicePoint", servicePoint == null ? null : servicePoint.getName());
        m.put("active", active);
        return m;
    }
}
