package com.qualitydesk.feedback;

/**
 * SALES's entries on the external feedback quality registration form (CF-03), the severity that
 * sets the reply deadline (CF-05) and whether production (CF-06) or safety (CF-09) is concerned.
 * {@code containmentDays} is used when production is concerned and the batch is not urgent.
 */
public record RegistrationForm(
        Long customerId,
        Long contactId,
        Long productId,
        String lotNumber,
        Integer quantityAffected,
        FeedbackType type,
        Severity severity,
        String description,
        boolean safetyRelated,
        boolean concernsProduction,
        boolean urgentContainment,
        Integer containmentDays) {}
