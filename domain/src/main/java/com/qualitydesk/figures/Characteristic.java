package com.qualitydesk.figures;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A measured characteristic of an important process of a workshop (CS-09, PRODUCTION): its unit,
 * specification limits, target and the size of the subgroups its gauge measures. Its process
 * capability is read from its {@link Measurement measurements} over a period.
 */
@Entity
@Table(name = "characteristic", uniqueConstraints = @UniqueConstraint(columnNames = {"workshop", "process", "name"}))
public class Characteristic extends EditableEntity {

    /** X̄-S charts take subgroups up to this size; larger ones are not a gauge's subgroup. */
    public static final int LARGEST_SUBGROUP = 25;

    @NotBlank(message = "{characteristic.workshop.required}")
    @Size(max = 100, message = "{field.tooLong}")
    @Column(nullable = false, length = 100)
    private String workshop;

    @NotBlank(message = "{characteristic.process.required}")
    @Size(max = 120, message = "{field.tooLong}")
    @Column(nullable = false, length = 120)
    private String process;

    @NotBlank(message = "{characteristic.name.required}")
    @Size(max = 120, message = "{field.tooLong}")
    @Column(nullable = false, length = 120)
    private String name;

    @Size(max = 20, message = "{field.tooLong}")
    @Column(length = 20)
    private String unit;

    @Column(name = "lower_limit")
    private Double lowerLimit;

    @Column(name = "upper_limit")
    private Double upperLimit;

    @Column(name = "target")
    private Double target;

    @Min(value = 1, message = "{characteristic.subgroupSize.range}")
    @Max(value = LARGEST_SUBGROUP, message = "{characteristic.subgroupSize.range}")
    @Column(name = "subgroup_size", nullable = false)
    private int subgroupSize = 5;

    public Characteristic() {}

    public Characteristic(String workshop, String process, String name, int subgroupSize) {
        setWorkshop(workshop);
        setProcess(process);
        setName(name);
        this.subgroupSize = subgroupSize;
    }

    /** The limits as the arithmetic takes them; refuses none, crossed or a target outside. */
    public Specification specification() {
        return new Specification(lowerLimit, upperLimit, target);
    }

    /** "Workshop 2 · Grinding · Bore diameter": how people name it. */
    public String label() {
        return workshop + " · " + process + " · " + name;
    }

    public String getWorkshop() {
        return workshop;
    }

    public void setWorkshop(String workshop) {
        this.workshop = workshop == null ? null : workshop.strip();
    }

    public String getProcess() {
        return process;
    }

    public void setProcess(String process) {
        this.process = process == null ? null : process.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    public Double getLowerLimit() {
        return lowerLimit;
    }

    public void setLowerLimit(Double lowerLimit) {
        this.lowerLimit = lowerLimit;
    }

    public Double getUpperLimit() {
        return upperLimit;
    }

    public void setUpperLimit(Double upperLimit) {
        this.upperLimit = upperLimit;
    }

    public Double getTarget() {
        return target;
    }

    public void setTarget(Double target) {
        this.target = target;
    }

    public int getSubgroupSize() {
        return subgroupSize;
    }

    public void setSubgroupSize(int subgroupSize) {
        this.subgroupSize = subgroupSize;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("workshop", workshop);
        m.put("process", process);
        m.put("name", name);
        m.put("unit", unit);
        m.put("lowerLimit", lowerLimit);
        m.put("upperLimit", upperLimit);
        m.put("target", target);
        m.put("subgroupSize", subgroupSize);
        return m;
    }
}
