package com.qualitydesk.feedback;

/** The Ishikawa category of a cause (CF-10): the 6M. */
public enum CauseCategory {
    MAN,
    MACHINE,
    MATERIAL,
    METHOD,
    MEASUREMENT,
    ENVIRONMENT;
}
