package com.qualitydesk.feedback;

/** PRODUCTION's inspection of the same products (CF-06). */
public record ContainmentResult(
        Integer quantityChecked, Integer quantityNonconforming, Disposition disposition, String note) {}
