package com.qualitydesk.task;

/** The steps that wait on a department, each with its own deadline rule. */
public enum TaskKind {
    /** CF-02: hand the received feedback over to SALES for registration. */
    REGISTER,
    /** CF-04/CF-10: QUALITY (with TECHNICAL) analyses and decides responsibility. */
    ANALYSE,
    /** CF-04: an information feedback sheet for a responsible unit. */
    INFORMATION_SHEET,
    /** CF-06: PRODUCTION inspects the same products. */
    CONTAINMENT,
    /** CF-08: the general manager decides on a major case. */
    GM_DECISION,
    /** CF-09: QUALITY evaluates a recall. */
    RECALL_EVALUATION,
    /** CF-09: QUALITY re-appraises the process management rules after a safety complaint. */
    RULES_REAPPRAISAL,
    /** CF-02: the general manager reviews a received item. */
    GM_REVIEW,
    /** CF-04: TECHNICAL reads the registered form. */
    TECHNICAL_REVIEW,
    /** CF-10: an owner carries out an action. */
    ACTION,
    /** CF-10: QUALITY verifies an action's effectiveness. */
    VERIFICATION,
    /** CF-12: SALES sends the written reply. */
    REPLY,
    /** CS-04: SALES visits a survey recipient with the questionnaire and enters the reply. */
    SURVEY_VISIT,
    /** AS-05: SALES calls the customer back about a delivered batch. */
    CALL_BACK,
    /** AS-05: QUALITY records the disposal suggestion for a call-back objection within 24 hours. */
    OBJECTION_DISPOSAL,
    /** AS-08: the assigned service person carries out an installation, maintenance or guidance. */
    SERVICE_REQUEST,
    /** AS-04, AS-01: SALES keeps a submitted on-site record; QUALITY reads its quality information. */
    SERVICE_RECORD,
    /** AS-06: a department reads what a return visit found. */
    RETURN_VISIT,
    /** CS-09: a department submits its monthly operating sheet to SALES by a working day of the next month. */
    MONTHLY_SHEET,
    /** CS-10: a department reads the issued customer satisfaction analysis report. */
    ANALYSIS_REPORT,
    /** IM-03: a department submits its report and the state of its measures to the management review. */
    REVIEW_REPORT
}
