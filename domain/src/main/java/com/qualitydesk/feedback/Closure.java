package com.qualitydesk.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** CF-12: when the case was closed, and by whom. */
@Embeddable
public class Closure {

    @Column(name = "closed_at")
    private Instant at;

    @Column(name = "closed_by", length = 64)
    private String by;

    protected Closure() {}

    Closure(Instant at, String by) {
        this.at = at;
        this.by = by;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }
}
