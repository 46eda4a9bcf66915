package com.qualitydesk.task;

import java.time.Duration;

/**
 * One line of an inbox: the task, how its deadline looks now and the working time left (negative
 * once overdue; null without a deadline).
 */
public record InboxRow(Task task, DueState state, Duration timeLeft) {}
