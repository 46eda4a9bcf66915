package com.qualitydesk.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A text someone wrote on the case as their step, with who and when: the general manager's
 * instruction (CF-08) and TECHNICAL's opinion on the registered form (CF-04). Each use names its own
 * columns on {@link Feedback}.
 */
@Embeddable
public class SignedNote {

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(length = 4000)
    private String text;

    private Instant at;

    @Column(length = 64)
    private String by;

    protected SignedNote() {}

    /** Refuses an empty text with the given message key. */
    SignedNote(String text, Instant at, String by, String requiredKey) {
        if (Text.blank(text)) {
            throw new com.qualitydesk.shared.RuleViolation(requiredKey);
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
