package com.qualitydesk.aftersales;

import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One training of a service person, as OFFICE records it (AS-01): when, which course of which
 * kind, who trained, how many hours, the result; the certificate is an attachment of the record.
 */
@Entity
@Table(name = "service_training")
public class Training extends EditableEntity {

    /** The owner type of a training's certificate among the attachments. */
    public static final String ATTACHMENT_OWNER = "Training";

    @NotNull(message = "{training.person.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private ServicePerson person;

    @NotNull(message = "{training.date.required}")
    @Column(name = "training_date", nullable = false)
    private LocalDate trainingDate;

    @NotBlank(message = "{training.course.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(nullable = false, length = 200)
    private String course;

    @NotNull(message = "{training.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private TrainingKind kind;

    @Size(max = 120, message = "{field.tooLong}")
    @Column(length = 120)
    private String trainer;

    @NotNull(message = "{training.hours.required}")
    @DecimalMin(value = "0", inclusive = false, message = "{training.hours.positive}")
    @DecimalMax(value = "999.9", message = "{training.hours.positive}")
    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal hours;

    @Size(max = 500, message = "{field.tooLong}")
    @Column(length = 500)
    private String result;

    public Training() {}

    public Training(ServicePerson person, LocalDate trainingDate, String course, TrainingKind kind, BigDecimal hours) {
        this.person = person;
        this.trainingDate = trainingDate;
        this.course = course;
        this.kind = kind;
        this.hours = hours;
    }

    /** A training is recorded after it took place (AS-01): a date after today is a typing error. */
    public void requireTakenPlace(LocalDate today) {
        if (trainingDate != null && trainingDate.isAfter(today)) {
            throw new RuleViolation("training.date.future");
        }
    }

    public ServicePerson getPerson() {
        return person;
    }

    public void setPerson(ServicePerson person) {
        this.person = person;
    }

    public LocalDate getTrainingDate() {
        return trainingDate;
    }

    public void setTrainingDate(LocalDate trainingDate) {
        this.trainingDate = trainingDate;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course == null ? null : course.trim();
    }

    public TrainingKind getKind() {
        return kind;
    }

    public void setKind(TrainingKind kind) {
        this.kind = kind;
    }

    public String getTrainer() {
        return trainer;
    }

    public void setTrainer(String trainer) {
        this.trainer = trainer;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("person", person == null ? null : person.getName());
        m.put("trainingDate", trainingDate);
        m.put("course", course);
        m.put("kind", kind);
        m.put("trainer", trainer);
        m.put("hours", hours);
        m.put("result", result);
        return m;
    }
}
