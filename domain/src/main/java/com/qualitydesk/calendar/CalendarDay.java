package com.qualitydesk.calendar;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One date that differs from the normal week: a public holiday, or a weekend day worked to make up
 * for one. Published once a year by the State Council, so it is data, not code; at most one entry
 * per date.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends EditableEntity {

    @NotNull(message = "{calendar.date.required}")
    @Column(name = "calendar_date", nullable = false, unique = true)
    private LocalDate date;

    @NotNull(message = "{calendar.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DayKind kind;

    @NotBlank(message = "{calendar.name.required}")
    @Size(max = 200, message = "{calendar.name.tooLong}")
    @Column(nullable = false, length = 200)
    private String name;

    public CalendarDay() {}

    public CalendarDay(LocalDate date, DayKind kind, String name) {
        this.date = date;
        this.kind = kind;
        this.name = name;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("date", date);
        m.put("kind", kind);
        m.put("name", name);
        return m;
    }
}
