package com.qualitydesk.feedback;

/** The cause as QUALITY and TECHNICAL found it (CF-10): a 5-Why chain and an Ishikawa category. */
public record AnalysisForm(
        String why1, String why2, String why3, String why4, String why5, String rootCause, CauseCategory category) {}
