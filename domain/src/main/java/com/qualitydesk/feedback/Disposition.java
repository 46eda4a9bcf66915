package com.qualitydesk.feedback;

/** What PRODUCTION did with the inspected products (CF-06). */
public enum Disposition {
    REWORK,
    REPLACE,
    SCRAP,
    RELEASE;
}
