package com.qualitydesk.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A warning or escalation shown in the app to one person. The event key is unique: the same event
 * is never announced twice to the same person, also across restarts.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_key", nullable = false, unique = true, length = 200)
    private String eventKey;

    @Column(nullable = false, length = 64)
    private String recipient;

    /** A message key of the bundles, so the text follows the reader's language. */
    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    /** The message's arguments, separated by a unit separator. */
    @Column(length = 1000)
    private String arguments;

    @Column(name = "task_id")
    private Long taskId;

    @Column(name = "feedback_id")
    private Long feedbackId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    public Notification() {}

    public Notification(
            String eventKey,
            String recipient,
            String messageKey,
            String arguments,
            Long taskId,
            Long feedbackId,
            Instant createdAt) {
        this.eventKey = eventKey;
        this.recipient = recipient;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.taskId = taskId;
        this.feedbackId = feedbackId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getEventKey() {
        return eventKey;
    }

    public void setEventKey(String eventKey) {
        this.eventKey = eventKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public void setMessageKey(String messageKey) {
        this.messageKey = messageKey;
    }

    public String getArguments() {
        return arguments;
    }

    public void setArguments(String arguments) {
        this.arguments = arguments;
    }

    public Long getTaskId() {
        return taskId;
    }

    public void setTaskId(Long taskId) {
        this.taskId = taskId;
    }

    public Long getFeedbackId() {
        return feedbackId;
    }

    public void setFeedbackId(Long feedbackId) {
        this.feedbackId = feedbackId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public void setReadAt(Instant readAt) {
        this.readAt = readAt;
    }
}
