package com.qualitydesk.action;

/**
 * What opened an action (IM-01: one register, whatever the source): a feedback case (CF-10), a
 * survey reply (CS-07), an analysis report (CS-10), a management review (IM-03), a service record
 * (AS-03, AS-04), the monthly figures (CS-09), or a failed action's follow-up.
 */
public enum ActionSource {
    FEEDBACK,
    SURVEY_REPLY,
    ANALYSIS_REPORT,
    MANAGEMENT_REVIEW,
    SERVICE_RECORD,
    MONTHLY_FIGURES,
    ACTION
}
