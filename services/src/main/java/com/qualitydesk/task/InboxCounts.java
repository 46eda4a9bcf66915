package com.qualitydesk.task;

/** How many open tasks of an inbox are on time, in their warning window and overdue: the badge. */
public record InboxCounts(long onTime, long warning, long overdue) {

    public long total() {
        return onTime + warning + overdue;
    }

    public InboxCounts plus(InboxCounts other) {
        return new InboxCounts(onTime + other.onTime, warning + other.warning, overdue + other.overdue);
    }

    /** What needs attention: the badge's number. */
    public long pressing() {
        return warning + overdue;
    }
}
