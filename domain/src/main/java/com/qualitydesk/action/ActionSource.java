package com.qualitydesk.action;

/** What opened an action: a feedback case (CF-10), a survey reply (CS-07) or an analysis report (IM). */
public enum ActionSource {
    FEEDBACK,
    SURVEY_REPLY,
    ANALYSIS_REPORT,
    ACTION
}
