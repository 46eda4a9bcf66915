package com.qualitydesk.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A pause of the case's deadlines, only with a reason (waiting for the customer's samples, say);
 * when it ends the reply deadline and every open task move by the paused working time.
 */
@Embeddable
public class ClockPause {

    @Column(name = "paused_since")
    private Instant since;

    @Size(max = 500, message = "{field.tooLong}")
    @Column(name = "pause_reason", length = 500)
    private String reason;

    protected ClockPause() {}

    ClockPause(Instant since, String reason) {
        if (Text.blank(reason)) {
            throw new com.qualitydesk.shared.RuleViolation("feedback.pause.reasonRequired");
        }
        this.since = since;
        this.reason = reason.strip();
    }

    public boolean isRunning() {
        return since != null;
    }

    public Instant getSince() {
        return since;
    }

    public String getReason() {
        return reason;
    }
}
