package com.qualitydesk.feedback;

/**
 * What someone noted down when a customer got in touch (CF-01): ids of the master records where
 * they are known, the customer's words always.
 */
public record ReceivedFeedback(
        FeedbackChannel channel,
        Long customerId,
        Long contactId,
        Long productId,
        String lotNumber,
        String description) {}
