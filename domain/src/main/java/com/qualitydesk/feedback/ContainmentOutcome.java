package com.qualitydesk.feedback;

import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * CF-06: the case handed to PRODUCTION (urgent or in a set number of working days) and
 * PRODUCTION's inspection of the same products: how many checked, how many nonconforming, what
 * was done with them.
 */
@Embeddable
public class ContainmentOutcome {

    @Column(name = "containment_urgent", nullable = false)
    private boolean urgent;

    @Column(name = "containment_due_at")
    private Instant dueAt;

    @PositiveOrZero(message = "{feedback.quantity.notNegative}")
    @Column(name = "quantity_checked")
    private Integer quantityChecked;

    @PositiveOrZero(message = "{feedback.quantity.notNegative}")
    @Column(name = "quantity_nonconforming")
    private Integer quantityNonconforming;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Disposition disposition;

    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "containment_note", length = 2000)
    private String note;

    @Column(name = "containment_recorded_at")
    private Instant recordedAt;

    @Column(name = "containment_recorded_by", length = 64)
    private String recordedBy;

    protected ContainmentOutcome() {}

    /** CF-06: outside an urgent case QUALITY must say in how many working days. */
    public static void requireDays(boolean urgent, Integer workingDays) {
        if (!urgent && workingDays == null) {
            throw new RuleViolation("feedback.containment.daysRequired");
        }
    }

    static ContainmentOutcome transferred(boolean urgent, Instant dueAt) {
        var c = new ContainmentOutcome();
        c.urgent = urgent;
        c.dueAt = dueAt;
        return c;
    }

    ContainmentOutcome withResult(ContainmentResult result, Instant at, String by) {
        if (!isTransferred()) {
            throw new RuleViolation("feedback.containment.notTransferred");
        }
        if (result.quantityChecked() == null || result.quantityNonconforming() == null) {
            throw new RuleViolation("feedback.containment.quantitiesRequired");
        }
        if (result.quantityChecked() < 0 || result.quantityNonconforming() < 0) {
            throw new RuleViolation("feedback.quantity.notNegative");
        }
        if (result.quantityNonconforming() > result.quantityChecked()) {
            throw new RuleViolation("feedback.containment.moreNonconformingThanChecked");
        }
        if (result.disposition() == null) {
            throw new RuleViolation("feedback.containment.dispositionRequired");
        }
        var c = transferred(urgent, dueAt);
        c.quantityChecked = result.quantityChecked();
        c.quantityNonconforming = result.quantityNonconforming();
        c.disposition = result.disposition();
        c.note = Text.strippedOrNull(result.note());
        c.recordedAt = at;
        c.recordedBy = by;
        return c;
    }

    ContainmentOutcome dueAt(Instant due) {
        var c = transferred(urgent, due);
        c.quantityChecked = quantityChecked;
        c.quantityNonconforming = quantityNonconforming;
        c.disposition = disposition;
        c.note = note;
        c.recordedAt = recordedAt;
        c.recordedBy = recordedBy;
        return c;
    }

    public boolean isTransferred() {
        return dueAt != null;
    }

    /** PRODUCTION's result is in: what CF-12 waits for before the case may close. */
    public boolean isRecorded() {
        return disposition != null;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Integer getQuantityChecked() {
        return quantityChecked;
    }

    public Integer getQuantityNonconforming() {
        return quantityNonconforming;
    }

    public Disposition getDisposition() {
        return disposition;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
