package com.qualitydesk.web.feedback;

/**
 * The case page read its case again, after loading or after a step: the tab beans of the view
 * observe it (only where they exist) and read their forms and lists afresh.
 */
public record CaseReloaded(long feedbackId) {}
