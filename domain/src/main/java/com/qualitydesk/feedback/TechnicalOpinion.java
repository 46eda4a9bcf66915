package com.qualitydesk.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** CF-04: TECHNICAL's opinion on the registered form, which QUALITY reads in its analysis. */
@Embeddable
public class TechnicalOpinion {

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(name = "technical_opinion", length = 4000)
    private String text;

    @Column(name = "technical_opinion_at")
    private Instant at;

    @Column(name = "technical_opinion_by", length = 64)
    private String by;

    protected TechnicalOpinion() {}

    TechnicalOpinion(String text, Instant at, String by) {
        if (Text.blank(text)) {
            throw new com.qualitydesk.shared.RuleViolation("feedback.technicalOpinion.required");
        }
        this.text = text.strip();
        this.at = at;
        this.by = by;
    }

    public boolean isGiven() {
        return text != null;
    }

    public String getText() {
        return text;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }
}
