package com.qualitydesk.feedback;

import java.time.Instant;

/**
 * A feedback case was closed (CF-12), in the closing transaction: its number, the reply that told
 * the customer the result, and when. A feature whose record became this feedback (AS-05's
 * objection) observes it to file the result on its record.
 */
public record FeedbackClosed(long feedbackId, String number, String result, Instant at) {}
