package com.qualitydesk.figures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One value a gauge measured (CS-09): when (the plant's local time, as the gauge writes it), in
 * which subgroup, and the value. Measurements are facts: they are imported, never edited.
 */
@Entity
@Table(name = "measurement")
public class Measurement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "characteristic_id", nullable = false)
    private long characteristicId;

    @Column(name = "measured_at", nullable = false)
    private LocalDateTime measuredAt;

    @Column(nullable = false)
    private int subgroup;

    @Column(name = "measured_value", nullable = false)
    private double value;

    protected Measurement() {}

    public Measurement(long characteristicId, LocalDateTime measuredAt, int subgroup, double value) {
        this.characteristicId = characteristicId;
        this.measuredAt = measuredAt;
        this.subgroup = subgroup;
        this.value = value;
    }

    public Long getId() {
        return id;
    }

    public long getCharacteristicId() {
        return characteristicId;
    }

    public LocalDateTime getMeasuredAt() {
        return measuredAt;
    }

    public int getSubgroup() {
        return subgroup;
    }

    public double getValue() {
        return value;
    }
}
