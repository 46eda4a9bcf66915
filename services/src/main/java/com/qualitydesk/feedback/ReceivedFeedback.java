package com.qualitydesk.feedback;

import java.time.Instant;

/**
 * What someone noted down when a customer got in touch (CF-01): ids of the master records where
 * they are known, the customer's words always, and when the feedback reached them (CF-02: a letter
 * or call noted afterwards gives its real receipt; none means now).
 */
public record ReceivedFeedback(
        FeedbackChannel channel,
        Long customerId,
        Long contactId,
        Long productId,
        String lotNumber,
        String description,
        Instant receivedAt) {

    /** Received now, as it is entered. */
    public ReceivedFeedback(
            FeedbackChannel channel,
            Long customerId,
            Long contactId,
            Long productId,
            String lotNumber,
            String description) {
        this(channel, customerId, contactId, productId, lotNumber, description, null);
    }
}
