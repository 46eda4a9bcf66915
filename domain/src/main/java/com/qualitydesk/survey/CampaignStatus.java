package com.qualitydesk.survey;

/** Where a satisfaction campaign stands (CS-01). */
public enum CampaignStatus {
    PLANNED,
    DISPATCHING,
    DISPATCHED,
    CLOSED
}
