package com.qualitydesk.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** CF-05/CF-08: the general manager's instruction on a major case, with who gave it and when. */
@Embeddable
public class ManagerInstruction {

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(name = "gm_instruction", length = 4000)
    private String text;

    @Column(name = "gm_instructed_at")
    private Instant at;

    @Column(name = "gm_instructed_by", length = 64)
    private String by;

    protected ManagerInstruction() {}

    ManagerInstruction(String text, Instant at, String by) {
        if (Text.blank(text)) {
            throw new com.qualitydesk.shared.RuleViolation("feedback.gm.instructionRequired");
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
