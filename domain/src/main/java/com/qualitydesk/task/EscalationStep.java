package com.qualitydesk.task;

/**
 * What the escalation job announces about a task, each at most once per person: the warning to the
 * owners when the deadline's warning window opens, then the breach to the department heads (level
 * 1, CF-05) and to the general manager (level 2, CF-08).
 */
public enum EscalationStep {
    WARNING(0, "notification.task.warning", "warning"),
    HEAD(1, "notification.task.escalatedToHead", "escalation-1"),
    GENERAL_MANAGER(2, "notification.task.escalatedToGeneralManager", "escalation-2");

    private final int level;
    private final String messageKey;
    private final String eventSuffix;

    EscalationStep(int level, String messageKey, String eventSuffix) {
        this.level = level;
        this.messageKey = messageKey;
        this.eventSuffix = eventSuffix;
    }

    /** The escalation level a task reaches with this step; 0 for the warning. */
    public int level() {
        return level;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The event a step is about: one per task and step, so nobody hears of it twice. */
    public String eventKey(long taskId) {
        return "task-" + taskId + "-" + eventSuffix;
    }
}
