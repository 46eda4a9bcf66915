package com.qualitydesk.survey;

/**
 * What a satisfaction campaign is (CS-01): the survey of a cycle of at most three months, or the
 * year-end satisfaction letter of seed 002 §3.4.4, which thanks the customers for the year and asks
 * about the company's quality and delivery in it. Both send the same questionnaire and take replies
 * the same way; the kind chooses the letter the customers receive.
 */
public enum CampaignKind {
    CYCLE,
    YEAR_END_LETTER
}
