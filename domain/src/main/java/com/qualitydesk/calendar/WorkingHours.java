package com.qualitydesk.calendar;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The company's normal working day and week; a single row. The weekend is kept as day names
 * ("SATURDAY,SUNDAY") so that a six-day workshop week is a data change.
 */
@Entity
@Table(name = "working_hours")
public class WorkingHours extends EditableEntity {

    @NotNull(message = "{calendar.hours.start.required}")
    @Column(name = "start_time", nullable = false)
    private LocalTime startTime = LocalTime.of(8, 30);

    @NotNull(message = "{calendar.hours.end.required}")
    @Column(name = "end_time", nullable = false)
    private LocalTime endTime = LocalTime.of(17, 30);

    @Column(name = "lunch_start")
    private LocalTime lunchStart;

    @Column(name = "lunch_end")
    private LocalTime lunchEnd;

    @NotNull(message = "{calendar.hours.weekend.invalid}")
    @Size(max = 100, message = "{calendar.hours.weekend.invalid}")
    @Column(name = "weekend_days", nullable = false, length = 100)
    private String weekendDays = "SATURDAY,SUNDAY";

    public WorkingHours() {}

    @AssertTrue(message = "{calendar.hours.order}")
    public boolean isHoursInOrder() {
        return startTime == null || endTime == null || startTime.isBefore(endTime);
    }

    /** No lunch break, or one that lies wholly inside the working hours. */
    @AssertTrue(message = "{calendar.hours.lunch.invalid}")
    public boolean isLunchInsideHours() {
        if (lunchStart == null && lunchEnd == null) {
            return true;
        }
        if (lunchStart == null || lunchEnd == null || startTime == null || endTime == null) {
            return false;
        }
        return startTime.isBefore(lunchStart) && lunchStart.isBefore(lunchEnd) && lunchEnd.isBefore(endTime);
    }

    /** Day names only, and at least one working day in the week. */
    @AssertTrue(message = "{calendar.hours.weekend.invalid}")
    public boolean isWeekendValid() {
        try {
            return weekendDays == null || getWeekendDays().size() < DayOfWeek.values().length;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public Set<DayOfWeek> getWeekendDays() {
        var days = EnumSet.noneOf(DayOfWeek.class);
        if (weekendDays != null) {
            Arrays.stream(weekendDays.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(DayOfWeek::valueOf)
                    .forEach(days::add);
        }
        return days;
    }

    public void setWeekendDays(Set<DayOfWeek> days) {
        this.weekendDays = days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public LocalTime getLunchStart() {
        return lunchStart;
    }

    public void setLunchStart(LocalTime lunchStart) {
        this.lunchStart = lunchStart;
    }

    public LocalTime getLunchEnd() {
        return lunchEnd;
    }

    public void setLunchEnd(LocalTime lunchEnd) {
        this.lunchEnd = lunchEnd;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("startTime", startTime);
        m.put("endTime", endTime);
        m.put("lunchStart", lunchStart);
        m.put("lunchEnd", lunchEnd);
        m.put("weekendDays", weekendDays);
        return m;
    }
}
