package com.qualitydesk.customer;

/** How a contact prefers to receive the satisfaction questionnaire (CS-04). */
public enum SurveyChannel {
    EMAIL,
    FAX,
    MAIL,
    HAND_DELIVERY,
    VISIT
}
