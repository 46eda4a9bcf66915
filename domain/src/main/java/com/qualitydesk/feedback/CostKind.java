package com.qualitydesk.feedback;

/** Quality cost kinds of a case (CF-13, AS-07). */
public enum CostKind {
    RETURN,
    REPLACEMENT,
    REWORK,
    EXTRA_FREIGHT,
    ON_SITE_SERVICE,
    COMPENSATION;
}
