package com.qualitydesk.action;

import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * IM-01: a note of progress on an open action, by its owner or by those who supervise it (SALES,
 * QUALITY), so that the sales manager sees how far each improvement is without asking. Notes are
 * only ever added.
 */
@Entity
@Table(name = "action_note")
public class ActionNote {

    public static final int MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_id", nullable = false)
    private Long actionId;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "written_by", nullable = false, length = 64)
    private String writtenBy;

    @Column(nullable = false, length = MAX)
    private String note;

    protected ActionNote() {}

    public ActionNote(long actionId, Instant writtenAt, String writtenBy, String note) {
        if (note == null || note.isBlank()) {
            throw new RuleViolation("action.note.required");
        }
        if (note.strip().length() > MAX) {
            throw new RuleViolation("action.note.tooLong", MAX);
        }
        this.actionId = actionId;
        this.writtenAt = writtenAt;
        this.writtenBy = writtenBy;
        this.note = note.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getActionId() {
        return actionId;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public String getNote() {
        return note;
    }
}
