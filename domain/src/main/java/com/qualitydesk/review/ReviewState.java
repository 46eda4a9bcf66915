package com.qualitydesk.review;

/**
 * IM-03: where a management review stands. The departments submit while it is PREPARING; the pack
 * may be assembled again until the meeting's minutes are recorded; once the general manager signs,
 * nothing of it changes.
 */
public enum ReviewState {
    PREPARING,
    PACK_ASSEMBLED,
    MINUTES_RECORDED,
    SIGNED
}
