package com.qualitydesk.feedback;

/** A comment sent through the company website without an account (CC-02). */
public record PublicSubmission(
        String company, String name, String contact, String product, String description, FeedbackChannel channel) {}
